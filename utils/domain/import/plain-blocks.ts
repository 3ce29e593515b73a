import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';

type Point = NonNullable<Text['position']>['start'];

/**
 * A fast path for the plainest blocks of a guide: a top-level ATX heading, a paragraph or a tight
 * list of one-line items whose text holds no character that can start inline markup (so
 * micromark's tree of it is one text node per line run, with positions known from the line
 * alone). Such a block is built here; micromark still parses every other line, in one call per
 * piece, with each plain block's lines overwritten by `*` (a thematic break, which ends whatever
 * block came before exactly as the plain block did) so that every other node keeps its offsets.
 * The thematic breaks are then swapped for the built nodes. If micromark does not give a
 * top-level thematic break where a plain block starts (the scan below misread a container), the
 * piece is parsed again without the fast path. tests/domain/import/plain-blocks.test.ts compares
 * the result with micromark's on the corpus, the shipped guide and generated near-plain text.
 */

/** Text that no inline construct of CommonMark or GFM can start in (nor a hard break, nor an autolink literal). */
const PLAIN_TEXT = /^[A-Za-z0-9"'(,.;?/%$^{}\u0080-\uFFFC\uFFFE\uFFFF][A-Za-z0-9 ,.;:'"()?/%$#+=^{}\-\u0080-\uFFFC\uFFFE\uFFFF]*$/;
const LIST_ITEM = /^(?:([-*+])|(\d{1,9})([.)])) (.*)$/;
const HEADING = /^(#{1,6}) (.*)$/;
/** A line that opens a list item, at most three spaces in (any list a later item could continue). */
const ITEM_START = /^ {0,3}(?:([-*+])|\d{1,9}([.)]))(?:[ \t]|$)/;
const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})/;
const FENCE_CLOSE = /^(\s*)(`{3,}|~{3,})\s*$/;
const HTML_RAW = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|pre\b|script\b|style\b|textarea\b)/i;

function plainText(text: string): boolean {
  return PLAIN_TEXT.test(text) && text[text.length - 1] !== ' ' && !/^\d+[.)]/.test(text) && !text.includes('://') && !/www\./i.test(text);
}

interface PlainLine {
  kind: 'heading' | 'item' | 'text';
  /** Heading depth, or the marker's length for an item. */
  width: number;
  /** The list kind of an item: its bullet, or its delimiter for an ordered one. */
  marker: string;
  /** An ordered item's number; null for a bullet. */
  number: number | null;
}

function readLine(line: string): PlainLine | null {
  if (line.length < 3) return null; // overwritten by "***", which needs three
  const first = line[0]!;
  if (first === '#') {
    const heading = HEADING.exec(line);
    if (!heading || heading[2]!.endsWith('#') || !plainText(heading[2]!)) return null;
    return { kind: 'heading', width: heading[1]!.length, marker: '', number: null };
  }
  const item = LIST_ITEM.exec(line);
  if (item) {
    if (!plainText(item[4]!)) return null;
    const number = item[2] === undefined ? null : Number.parseInt(item[2], 10);
    return { kind: 'item', width: item[1] ? 1 : item[2]!.length + 1, marker: item[1] ?? item[3]!, number };
  }
  return plainText(line) ? { kind: 'text', width: 0, marker: '', number: null } : null;
}

/** One plain block: lines [from, to) of the piece. */
export interface PlainBlock {
  from: number;
  to: number;
  lines: PlainLine[];
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);

/** The plain blocks of `lines`, found by one pass that keeps just enough state to know they are top-level blocks. */
export function findPlainBlocks(lines: string[]): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  let fence: { char: string; length: number; indent: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let htmlSinceBlank = false;
  let pipeSinceBlank = false;
  /** List kinds that may still be open (conservative: cleared only where every list surely closed). */
  const openLists = new Set<string>();
  let previous: 'start' | 'blank' | 'heading' | 'other' = 'start';

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const itemStart = ITEM_START.exec(line);
    if (fence || htmlEnd) {
      if (itemStart) openLists.add(itemStart[1] ?? itemStart[2]!);
    }
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[2]![0] === fence.char && close[2]!.length >= fence.length && (fence.indent > 3 || close[1]!.length <= 3))
        fence = null;
      previous = 'other';
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
      previous = 'other';
      continue;
    }
    if (isBlank(line)) {
      htmlSinceBlank = pipeSinceBlank = false;
      previous = 'blank';
      continue;
    }
    const block: PlainBlock | null = htmlSinceBlank ? null : plainBlockAt(lines, i, previous, pipeSinceBlank, openLists);
    if (block) {
      blocks.push(block);
      const last: PlainLine = block.lines[block.lines.length - 1]!;
      if (last.kind === 'heading') openLists.clear();
      else if (last.kind === 'item') openLists.add(last.marker);
      previous = last.kind === 'heading' ? 'heading' : 'other';
      i = block.to - 1;
      continue;
    }
    if (/^#{1,6}(?:[ \t]|$)/.test(line)) openLists.clear();
    else if (previous === 'blank' && !itemStart && !/^\s/.test(line)) openLists.clear();
    if (itemStart) openLists.add(itemStart[1] ?? itemStart[2]!);
    const open = FENCE_OPEN.exec(line);
    const html = HTML_RAW.exec(line);
    if (open) fence = { char: open[2]![0]!, length: open[2]!.length, indent: open[1]!.length };
    else if (html) htmlEnd = rawHtmlEnd(html[1]!.toLowerCase(), line.slice(html.index + html[0].length));
    if (/^ {0,3}</.test(line)) htmlSinceBlank = true;
    if (line.includes('|')) pipeSinceBlank = true;
    previous = /^#{1,6}(?:[ \t]|$)/.test(line) ? 'heading' : 'other';
  }
  return blocks;
}

/** The end of an HTML block that a blank line does not end, or null when it ends on its first line. */
function rawHtmlEnd(kind: string, rest: string): RegExp | null {
  const end =
    kind === '!--'
      ? /-->/
      : kind === '?'
        ? /\?>/
        : kind === '![cdata['
          ? /\]\]>/
          : kind.startsWith('!')
            ? />/
            : new RegExp(`</${kind}>`, 'i');
  return end.test(rest) ? null : end;
}

function plainBlockAt(
  lines: string[],
  i: number,
  previous: 'start' | 'blank' | 'heading' | 'other',
  pipeSinceBlank: boolean,
  openLists: Set<string>,
): PlainBlock | null {
  const first = readLine(lines[i]!);
  if (!first) return null;
  if (first.kind === 'heading') return { from: i, to: i + 1, lines: [first] };
  const afterBreak = previous !== 'other';
  const read = [first];
  let to = i + 1;
  for (; to < lines.length; to++) {
    const next = readLine(lines[to]!);
    if (!next || next.kind !== first.kind || next.marker !== first.marker) break;
    read.push(next);
  }
  if (first.kind === 'text') {
    // A paragraph after anything but a blank line or a heading would be a lazy continuation.
    if (!afterBreak) return null;
    const next = to < lines.length ? lines[to]! : null;
    const follower = next === null ? null : readLine(next);
    const interrupts = follower?.kind === 'item' && (follower.number === null || follower.number === 1);
    if (next !== null && !isBlank(next) && !/^#{1,6}(?:[ \t]|$)/.test(next) && !interrupts) return null;
    return { from: i, to, lines: read };
  }
  // A list: it must start a list of its own and end before anything could continue it.
  if (openLists.has(first.marker)) return null;
  if (!afterBreak && (pipeSinceBlank || (first.number !== null && first.number !== 1))) return null;
  if (to < lines.length && !isBlank(lines[to]!) && !/^#{1,6}(?:[ \t]|$)/.test(lines[to]!)) return null;
  let after = to;
  while (after < lines.length && isBlank(lines[after]!)) after++;
  if (after < lines.length && after > to) {
    const next = lines[after]!;
    const start = ITEM_START.exec(next);
    if (/^\s/.test(next) || (start && (start[1] ?? start[2]) === first.marker)) return null;
  }
  return { from: i, to, lines: read };
}

/** Line starts (offsets) of `text`, one per line, as String#split('\n') cuts them. */
export function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

const point = (line: number, column: number, offset: number): Point => ({ line, column, offset });

function text(value: string, line: number, column: number, offset: number, endLine: number, endColumn: number, end: number): Text {
  return { type: 'text', value, position: { start: point(line, column, offset), end: point(endLine, endColumn, end) } };
}

/** The mdast micromark gives for a plain block (lines 1-based, offsets from the piece's start). */
export function buildPlainBlock(block: PlainBlock, lines: string[], starts: number[]): RootContent {
  const first = block.lines[0]!;
  const at = (i: number) => starts[i]!;
  const line = (i: number) => lines[i]!;
  if (first.kind === 'heading') {
    const i = block.from;
    const end = at(i) + line(i).length;
    const value = line(i).slice(first.width + 1);
    const child = text(value, i + 1, first.width + 2, at(i) + first.width + 1, i + 1, line(i).length + 1, end);
    const heading: Heading = {
      type: 'heading',
      depth: first.width as Heading['depth'],
      children: [child],
      position: { start: point(i + 1, 1, at(i)), end: point(i + 1, line(i).length + 1, end) },
    };
    return heading;
  }
  if (first.kind === 'text') {
    const last = block.to - 1;
    const end = at(last) + line(last).length;
    const value = lines.slice(block.from, block.to).join('\n');
    const child = text(value, block.from + 1, 1, at(block.from), last + 1, line(last).length + 1, end);
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [child],
      position: { start: point(block.from + 1, 1, at(block.from)), end: point(last + 1, line(last).length + 1, end) },
    };
    return paragraph;
  }
  const items: ListItem[] = [];
  for (let i = block.from; i < block.to; i++) {
    const width = block.lines[i - block.from]!.width;
    const end = at(i) + line(i).length;
    const column = line(i).length + 1;
    const child = text(line(i).slice(width + 1), i + 1, width + 2, at(i) + width + 1, i + 1, column, end);
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [child],
      position: { start: point(i + 1, width + 2, at(i) + width + 1), end: point(i + 1, column, end) },
    };
    items.push({
      type: 'listItem',
      spread: false,
      checked: null,
      children: [paragraph],
      position: { start: point(i + 1, 1, at(i)), end: point(i + 1, column, end) },
    });
  }
  const last = block.to - 1;
  const list: List = {
    type: 'list',
    ordered: first.number !== null,
    start: first.number,
    spread: false,
    children: items,
    position: {
      start: point(block.from + 1, 1, at(block.from)),
      end: point(last + 1, line(last).length + 1, at(last) + line(last).length),
    },
  };
  return list;
}

/**
 * Parses `markdown` with `parse` (micromark), building its plain blocks directly. `parse` gets the
 * text with each plain block's lines overwritten (same length, so all other positions hold).
 */
export function parseWithPlainBlocks(markdown: string, parse: (text: string) => Root): Root {
  if (markdown.includes('\r')) return parse(markdown); // a lone CR ends a line for micromark, not for this scan
  const lines = markdown.split('\n');
  const blocks = findPlainBlocks(lines);
  if (blocks.length === 0) return parse(markdown);
  const masked = lines.slice();
  for (const block of blocks) for (let i = block.from; i < block.to; i++) masked[i] = '*'.repeat(lines[i]!.length);
  const root = parse(masked.join('\n'));
  const starts = lineStarts(lines);
  // Every masked line (each at least three long) must come back as a top-level thematic break.
  const children: RootContent[] = [];
  let b = 0;
  let next = blocks[0]!.from;
  for (const child of root.children) {
    const block = blocks[b];
    if (block && (child.position?.start.offset ?? -1) >= starts[next]!) {
      if (child.type !== 'thematicBreak' || child.position!.start.offset !== starts[next]) return parse(markdown);
      if (next === block.from) children.push(buildPlainBlock(block, lines, starts));
      next++;
      if (next === block.to) next = blocks[++b]?.from ?? 0;
      continue;
    }
    children.push(child);
  }
  if (b < blocks.length) return parse(markdown);
  root.children = children;
  const lastBlock = blocks[blocks.length - 1]!;
  if (lastBlock.to === lines.length && root.position) {
    const lastLine = lines.length - 1;
    root.position.end = point(lines.length, lines[lastLine]!.length + 1, markdown.length);
  }
  return root;
}
