import type { Heading, Paragraph, PhrasingContent, Text } from 'mdast';

/*
 * Text helpers that work on one mdast node at a time. The importer never runs
 * regexes over the whole document; the small ones here only look at the text
 * of a single heading, line or list item.
 */

type Inline = PhrasingContent;

/** Plain text of inline content; inline code keeps its backticks so it still reads as code. */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'html':
        out += node.value;
        break;
      case 'inlineCode':
        out += `\`${node.value}\``;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      default:
        if ('children' in node) out += inlineText(node.children as Inline[]);
    }
  }
  return out;
}

export function headingText(heading: Heading): string {
  return collapse(inlineText(heading.children));
}

/** Trims and folds runs of spaces (Markdown's trailing double-space breaks, wrapped lines). */
export function collapse(text: string): string {
  // Most text has nothing to collapse: skip the three passes (trim's whitespace is \s's).
  if (!/\t| {2}|\n/.test(text) && !/^\s|\s$/.test(text)) return text;
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** One visual line of a paragraph: split at hard breaks and at newlines inside text. */
export interface Line {
  nodes: Inline[];
  text: string;
  /** 1-based source line. */
  line: number;
}

export function splitLines(paragraph: Paragraph): Line[] {
  const startLine = paragraph.position?.start.line ?? 0;
  const lines: Line[] = [];
  let current: Inline[] = [];
  let lineNo = startLine;
  const flush = (nextLine: number) => {
    const text = collapse(inlineText(current));
    if (text) lines.push({ nodes: current, text, line: lineNo });
    current = [];
    lineNo = nextLine;
  };
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      flush(node.position?.end.line ?? lineNo + 1);
      continue;
    }
    if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flush(lineNo + 1);
        if (part) current.push({ type: 'text', value: part } satisfies Text);
      });
      continue;
    }
    current.push(node);
  }
  flush(lineNo);
  return lines;
}

export interface LabelLine {
  label: string;
  /** Text after the label's colon; empty when the label introduces the next block. */
  rest: string;
  /** Written in bold or italics (any label), rather than plain "Expected:" (known words only). */
  emphasised: boolean;
}

/**
 * "**Label**: rest", "**Label:** rest", "✅ **Proceed if**: rest", "*Listen for:* rest"
 * or a plain "Label: rest". Plain labels are returned too; the caller decides
 * whether the word is one it knows (so "Current: 52 apps" stays a bullet).
 */
export function parseLabelLine(line: Line): LabelLine | null {
  const nodes = line.nodes;
  let i = 0;
  // Leading decoration such as ✅ / ❌ / a dash.
  while (i < nodes.length && nodes[i]!.type === 'text' && !/[\p{L}\p{N}]/u.test((nodes[i] as Text).value)) i++;
  const first = nodes[i];
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    let label = collapse(inlineText(first.children));
    let rest = collapse(inlineText(nodes.slice(i + 1)));
    if (label.endsWith(':')) label = label.slice(0, -1).trim();
    else if (rest.startsWith(':')) rest = rest.slice(1).trim();
    else if (rest !== '') return null;
    return label ? { label, rest, emphasised: true } : null;
  }
  const plain = /^([\p{L}][\p{L}\s/&'-]{0,38}?)\s*:\s*(.*)$/su.exec(line.text);
  if (!plain) return null;
  return { label: plain[1]!.trim(), rest: plain[2]!.trim(), emphasised: false };
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', "'": "'", '‘': '’' };

/** A line wholly inside quotes → its inner text; otherwise null. */
export function unquote(text: string): string | null {
  const t = text.trim();
  const close = QUOTE_PAIRS[t[0] ?? ''];
  if (!close || t.length < 3) return null;
  // Allow a closing punctuation mark after the quote: "What is X?".
  const body = /[.,;]$/.test(t) && t.at(-2) === close ? t.slice(0, -1) : t;
  if (!body.endsWith(close)) return null;
  const inner = body.slice(1, -1).trim();
  // "a" and "b" is two quotes, not one.
  if (close === '"' && inner.includes('"')) return null;
  return inner || null;
}

export function stripQuotes(text: string): string {
  return unquote(text) ?? text.trim();
}

/** Splits "a, b (c, d), e" on commas and semicolons outside brackets. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim().replace(/\.$/, '').trim()).filter(Boolean);
}

/** "Why? How? What changed?" → one entry per question mark (kept); no "?" → comma list. */
export function splitQuestions(text: string): string[] {
  if (!text.includes('?')) return splitList(text);
  // A closing quote after the "?" stays with its question.
  const parts = text.match(/[^?]*\?["”’']?/g) ?? [];
  const out = parts.map((s) => stripQuotes(s.trim())).filter((s) => s !== '?' && s !== '');
  const tail = text.slice(parts.join('').length).trim();
  if (tail) out.push(stripQuotes(tail));
  return out;
}

/** Kebab-case id: "MyBambu's Next-Generation" → "mybambus-next-generation". */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Part A: Django Deep Dive" → "part-a"; a title without a short "X:" label → its own kebab. */
export function sectionIdFor(title: string): string {
  const label = /^([^:]{1,30}):\s*\S/.exec(title);
  if (label && label[1]!.trim().split(/\s+/).length <= 3) return kebab(label[1]!) || kebab(title);
  return kebab(title);
}

/** The text after a short "X:" label, or the whole title. */
export function afterLabel(title: string): string {
  const label = /^([^:]{1,30}):\s*(\S.*)$/.exec(title);
  return label && label[1]!.trim().split(/\s+/).length <= 3 ? label[2]!.trim() : title;
}

/** Gives each id a suffix when it was already taken ("questions", "questions-2"). */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** Next suffix to try per base, so a title repeated many times stays linear. */
  private readonly next = new Map<string, number>();
  constructor(private readonly fallback: string) {}
  take(wanted: string): string {
    const base = wanted || this.fallback;
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.taken.add(id);
    return id;
  }
}

/** "[Your notes here]", "Notes: ______", "…": room left for the interviewer to write in, with nothing to read. */
export function isNotesSpace(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return (
    lines.length > 0 &&
    lines.every((l) =>
      /^\s*(?:\[[^\]]{0,60}\]|_{3,}|\.{3,}|…|(?:notes?|your notes|comments?|score)\s*:?\s*(?:_{3,}|\.{3,}|\[[^\]]*\])?)\s*$/i.test(l),
    )
  );
}

/** A greeting or closing said to the candidate ("Hi, I'm…", "Thanks again…"), as opposed to something asked. */
export function isScript(text: string): boolean {
  if (text.trim().endsWith('?')) return false;
  return /^(?:hi|hello|hey|welcome|thanks|thank you|good (?:morning|afternoon|evening)|i'?m\b|i am\b|my name|nice to meet|before we (?:start|begin)|that'?s all|we'?re (?:at|out of) time)\b/i.test(
    text.trim(),
  );
}
