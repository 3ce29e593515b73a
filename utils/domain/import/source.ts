/*
 * What a guide's text must be before it is parsed, and what is taken off it first: YAML front
 * matter (read into kit fields) and template tags (Liquid / Jekyll `{% … %}` and `{{ … }}`, Hugo
 * shortcodes `{{< … >}}` / `{{% … %}}`, kramdown `{: … }`), which would otherwise show in the
 * panel. Removed text is blanked in place, so every line keeps its number; each removal is
 * reported with its line. Code blocks are left alone (a template tag there is part of the code).
 */

/** Limits no real guide comes near (the shipped one is 15 KB, nested 3 deep). */
export const GUIDE_LIMITS = { bytes: 2 * 1024 * 1024, depth: 32 } as const;

export type GuideProblemCode = 'empty' | 'binary' | 'too-large' | 'too-deep';

/** A guide Panelist will not read, with what is wrong and where. */
export class GuideRefused extends Error {
  constructor(
    readonly code: GuideProblemCode,
    message: string,
    readonly line = 0,
  ) {
    super(message);
    this.name = 'GuideRefused';
  }
}

export interface FrontMatterField {
  key: string;
  value: string | string[];
  line: number;
  /** Every source line the field spans (a list runs over several). */
  lines: number[];
}

export interface PreparedSource {
  /** The guide with front matter and template tags blanked, line for line. */
  markdown: string;
  frontMatter: FrontMatterField[];
  /** Lines of the front matter's fences and of removed template tags. */
  removed: Array<{ line: number; text: string; what: 'front matter' | 'template tag' }>;
}

const fmt = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** UTF-8 size without encoding the whole text. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses what is not a guide at all: nothing, a binary file, or more text than any guide. */
export function checkGuideText(text: string): void {
  const bytes = utf8Bytes(text);
  if (bytes > GUIDE_LIMITS.bytes)
    throw new GuideRefused('too-large', `The guide is ${fmt(bytes)}; Panelist reads guides up to ${fmt(GUIDE_LIMITS.bytes)}.`);
  if (text.trim() === '') throw new GuideRefused('empty', 'The guide is empty: there is no text to read.');
  // NUL bytes, other control characters and undecodable bytes (U+FFFD) mean a binary file.
  let odd = 0;
  const sample = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0)
      throw new GuideRefused('binary', 'This is not a text file (it holds binary data, such as a PDF, a Word file or an image).');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  if (odd > 8 && odd / sample > 0.01)
    throw new GuideRefused('binary', 'This is not a text file (it holds binary data, such as a PDF, a Word file or an image).');
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** Refuses lists and quotes nested deeper than any guide nests them (micromark slows down sharply past that). */
export function checkNesting(markdown: string): void {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  const open: number[] = []; // content columns of the list items still open
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const fenceMatch = FENCE.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) fence = fenceMatch[1]!.slice(0, 3);
    if (text.trim() === '') continue;
    let rest = text;
    let quotes = 0;
    for (let m = /^ {0,3}>\s?/.exec(rest); m; m = /^ {0,3}>\s?/.exec(rest)) {
      quotes++;
      rest = rest.slice(m[0].length);
    }
    const indent = rest.length - rest.trimStart().length;
    while (open.length && indent < open.at(-1)!) open.pop();
    const marker = LIST_MARKER.exec(rest.slice(indent));
    if (marker) open.push(indent + marker[0].length);
    const depth = open.length + quotes;
    if (depth > GUIDE_LIMITS.depth)
      throw new GuideRefused(
        'too-deep',
        `Line ${i + 1}: lists or quotes are nested ${depth} deep; Panelist reads guides nested up to ${GUIDE_LIMITS.depth} deep.`,
        i + 1,
      );
  }
}

/** `{% … %}`, `{{ … }}`, `{{< … >}}`, `{{% … %}}` anywhere on a line, `{: … }` kramdown attributes. */
const TEMPLATE_TAG = /\{%-?[^\n]*?-?%\}|\{\{[<%]?[^\n]*?[>%]?\}\}|\{:[^\n}]*\}/g;
const COMMENT_OPEN = /\{%-?\s*comment\s*-?%\}/;
const COMMENT_CLOSE = /\{%-?\s*endcomment\s*-?%\}/;

/** Front matter, template tags and the limits; throws GuideRefused for text it will not read. */
export function prepareSource(raw: string): PreparedSource {
  checkGuideText(raw);
  const lines = raw.split('\n');
  const removed: PreparedSource['removed'] = [];
  const frontMatter = readFrontMatter(lines, removed);
  let fence: string | null = null;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const fenceMatch = FENCE.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch && !inComment) {
      fence = fenceMatch[1]!.slice(0, 3);
      continue;
    }
    if (inComment || COMMENT_OPEN.test(text)) {
      inComment = !COMMENT_CLOSE.test(text);
      if (text.trim()) removed.push({ line: i + 1, text: text.trim(), what: 'template tag' });
      lines[i] = '';
      continue;
    }
    if (!text.includes('{')) continue;
    const stripped = text.replace(TEMPLATE_TAG, '');
    if (stripped === text) continue;
    removed.push({ line: i + 1, text: text.trim(), what: 'template tag' });
    lines[i] = stripped.trim() === '' ? '' : stripped;
  }
  const markdown = lines.join('\n');
  checkNesting(markdown);
  return { markdown, frontMatter, removed };
}

const unquoteYaml = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2');

/** A flat YAML header: `key: value`, `key: [a, b]` and `key:` followed by `- item` lines. */
function readFrontMatter(lines: string[], removed: PreparedSource['removed']): FrontMatterField[] {
  if (lines[0]?.trim() !== '---') return [];
  let end = -1;
  for (let i = 1; i < Math.min(lines.length, 500); i++)
    if (/^(?:---|\.\.\.)\s*$/.test(lines[i]!)) {
      end = i;
      break;
    }
  if (end < 0) return [];
  const fields: FrontMatterField[] = [];
  for (let i = 1; i < end; i++) {
    const text = lines[i]!;
    const item = /^\s+-\s+(.*)$/.exec(text) ?? /^-\s+(.*)$/.exec(text);
    const last = fields.at(-1);
    if (item && last && Array.isArray(last.value)) {
      last.value.push(unquoteYaml(item[1]!));
      last.lines.push(i + 1);
      continue;
    }
    const pair = /^([A-Za-z_][\w -]*?)\s*:\s*(.*)$/.exec(text);
    if (pair) {
      const value = pair[2]!.trim();
      const list = /^\[(.*)\]$/.exec(value);
      fields.push({
        key: pair[1]!.toLowerCase(),
        value: list ? list[1]!.split(',').map(unquoteYaml).filter(Boolean) : value === '' ? [] : unquoteYaml(value),
        line: i + 1,
        lines: [i + 1],
      });
    } else if (text.trim() && last) {
      // A folded continuation line of the previous value.
      if (typeof last.value === 'string') last.value = `${last.value} ${text.trim()}`;
      last.lines.push(i + 1);
    } else if (text.trim()) fields.push({ key: '', value: text.trim(), line: i + 1, lines: [i + 1] });
  }
  removed.push({ line: 1, text: '---', what: 'front matter' }, { line: end + 1, text: lines[end]!.trim(), what: 'front matter' });
  for (let i = 0; i <= end; i++) lines[i] = '';
  return fields;
}
