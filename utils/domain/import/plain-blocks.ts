import type { Root, RootContent } from 'mdast';
import { PlainBuilder, readHeading, readInline, readListHead, type Item, type PlainBlock } from './plain-lines';

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

/** A line that opens a list item, at most three spaces in (any list a later item could continue). */
const ITEM_START = /^ {0,3}(?:([-*+])|\d{1,9}([.)]))(?:[ \t]|$)/;
const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})/;
const FENCE_CLOSE = /^(\s*)(`{3,}|~{3,})\s*$/;
const HTML_RAW = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|pre\b|script\b|style\b|textarea\b)/i;
const ATX = /^#{1,6}(?:[ \t]|$)/;

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
      if (block.kind === 'heading') openLists.clear();
      else if (block.kind === 'list') openLists.add(block.head.marker);
      previous = block.kind === 'heading' ? 'heading' : 'other';
      i = block.to - 1;
      continue;
    }
    if (ATX.test(line)) openLists.clear();
    else if (previous === 'blank' && !itemStart && !/^\s/.test(line)) openLists.clear();
    if (itemStart) openLists.add(itemStart[1] ?? itemStart[2]!);
    const open = FENCE_OPEN.exec(line);
    const html = HTML_RAW.exec(line);
    if (open) fence = { char: open[2]![0]!, length: open[2]!.length, indent: open[1]!.length };
    else if (html) htmlEnd = rawHtmlEnd(html[1]!.toLowerCase(), line.slice(html.index + html[0].length));
    if (/^ {0,3}</.test(line)) htmlSinceBlank = true;
    if (line.includes('|')) pipeSinceBlank = true;
    previous = ATX.test(line) ? 'heading' : 'other';
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

type Previous = 'start' | 'blank' | 'heading' | 'other';

function plainBlockAt(lines: string[], i: number, previous: Previous, pipeSinceBlank: boolean, openLists: Set<string>): PlainBlock | null {
  const line = lines[i]!;
  if (line.length < 3) return null; // overwritten by "***", which needs three
  if (line[0] === '#') {
    const depth = readHeading(line);
    return depth > 0 ? { kind: 'heading', from: i, to: i + 1, depth } : null;
  }
  const afterBreak = previous !== 'other';
  if (readListHead(line)) return listAt(lines, i, afterBreak, pipeSinceBlank, openLists);
  // A paragraph after anything but a blank line or a heading would be a lazy continuation.
  const strong = readInline(line, true);
  if (!afterBreak || strong === null) return null;
  let to = i + 1;
  if (strong < 0) while (to < lines.length && lines[to]!.length >= 3 && readInline(lines[to]!, true) === -1) to++;
  const next = lines[to];
  if (next === undefined || isBlank(next) || ATX.test(next)) return { kind: 'text', from: i, to, strong };
  const head = readListHead(next);
  // A list interrupts the paragraph only when it is a bullet or starts at 1.
  return head && (head.number === null || head.number === 1) ? { kind: 'text', from: i, to, strong } : null;
}

/**
 * A list whose items are one plain line each, optionally with a tight bullet list of plain lines
 * indented to the item's text, items separated by blank lines or not. It must open a list of its
 * own (no list of its kind may still be open) and end where nothing can continue it.
 */
function listAt(lines: string[], i: number, afterBreak: boolean, pipeSinceBlank: boolean, openLists: Set<string>): PlainBlock | null {
  const head = readListHead(lines[i]!)!;
  if (openLists.has(head.marker)) return null;
  if (!afterBreak && (pipeSinceBlank || (head.number !== null && head.number !== 1))) return null;
  const items: Item[] = [];
  let spread = false;
  let j = i;
  for (;;) {
    const item = readItem(lines, j, head.marker);
    if (!item) return null;
    items.push(item);
    const end = (item.subs.length > 0 ? item.subs[item.subs.length - 1]!.line : item.line) + 1;
    let after = end;
    while (after < lines.length && isBlank(lines[after]!)) after++;
    const next = lines[after];
    if (next === undefined || (after === end && ATX.test(next))) return { kind: 'list', from: i, to: end, head, spread, items };
    const start = ITEM_START.exec(next);
    const sameKind = start !== null && (start[1] ?? start[2]) === head.marker;
    if (sameKind && !/^\s/.test(next)) {
      spread ||= after > end;
      j = after;
      continue;
    }
    // After a blank line, a line at column 0 that is not an item of this list ends it.
    if (after > end && !/^\s/.test(next) && !sameKind) return { kind: 'list', from: i, to: end, head, spread, items };
    return null;
  }
}

function readItem(lines: string[], j: number, marker: string): Item | null {
  const head = readListHead(lines[j]!);
  if (!head || head.marker !== marker) return null;
  const indent = ' '.repeat(head.width + 1);
  const subs: Item['subs'] = [];
  let subMarker = '';
  for (let k = j + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.startsWith(indent) || !/^[-*+] /.test(line.slice(indent.length))) break;
    const strong = readInline(line.slice(indent.length + 2), true);
    if (strong === null || (subMarker !== '' && line[indent.length] !== subMarker)) break;
    subMarker = line[indent.length]!;
    subs.push({ line: k, strong });
  }
  return { line: j, head, subs };
}

/** Line starts (offsets) of the lines String#split('\n') cut. */
function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
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
  for (const block of blocks) for (let i = block.from; i < block.to; i++) if (!isBlank(lines[i]!)) masked[i] = '*'.repeat(lines[i]!.length);
  const root = parse(masked.join('\n'));
  const starts = lineStarts(lines);
  const builder = new PlainBuilder(lines, starts);
  // Every masked line (each at least three long) must come back as a top-level thematic break.
  const children: RootContent[] = [];
  let b = 0;
  let next = blocks[0]!.from;
  for (const child of root.children) {
    const block = blocks[b];
    if (block && (child.position?.start.offset ?? -1) >= starts[next]!) {
      if (child.type !== 'thematicBreak' || child.position!.start.offset !== starts[next]) return parse(markdown);
      if (next === block.from) children.push(builder.build(block));
      do next++;
      while (next < block.to && isBlank(lines[next]!));
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
    root.position.end = { line: lines.length, column: lines[lastLine]!.length + 1, offset: markdown.length };
  }
  return root;
}
