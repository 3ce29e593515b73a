import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';

/*
 * The lines plain-blocks.ts builds without micromark, and the mdast micromark gives for them.
 * Inline text here holds no character that can start inline markup, a hard break or an autolink
 * literal, except one `**strong**` at its very start, followed by nothing, a colon or a space.
 */

type Point = NonNullable<Text['position']>['start'];

/** Characters with no meaning inside a line (`&` and `_` are checked where they stand). */
const CHARS = /^[A-Za-z0-9 ,.;:'"()?/%$#+=^{}&_\-\u0080-\uFFFC\uFFFE\uFFFF]*$/;
/** What a line or list item's text may start with and still be a paragraph. */
const FIRST = /^[A-Za-z0-9"'(,.;?/%$^{}\u0080-\uFFFC\uFFFE\uFFFF]/;
const LIST_ITEM = /^(?:([-*+])|(\d{1,9})([.)])) (.*)$/;
const HEADING = /^(#{1,6}) (.*)$/;

/** Text with no inline construct: allowed characters, no space at either end, `&` not a reference, `_` only inside a word. */
function plainRun(text: string): boolean {
  if (text === '' || text[0] === ' ' || text[text.length - 1] === ' ' || !CHARS.test(text)) return false;
  if (text.includes('://') || /www\./i.test(text) || /&[#A-Za-z]/.test(text)) return false;
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1))
    if (!/[A-Za-z0-9]/.test(text[i - 1] ?? '') || !/[A-Za-z0-9]/.test(text[i + 1] ?? '')) return false;
  return true;
}

/**
 * The inline content of a heading, paragraph line or list item: -1 for plain text, the length of
 * T for `**T**` + (nothing | `:…` | ` …`), or null when micromark must read it. `block` also
 * refuses text that would start a block of its own (a list, a heading, a quote …).
 */
export function readInline(text: string, block: boolean): number | null {
  if (text.startsWith('**')) {
    const close = text.indexOf('**', 2);
    if (close < 3) return null;
    const inner = text.slice(2, close);
    const rest = text.slice(close + 2);
    if (inner.includes('*') || !plainRun(inner)) return null;
    if (rest !== '' && (!/^[: ]/.test(rest) || rest.includes('*') || !plainRun(rest.replace(/^ /, 'x')))) return null;
    return inner.length;
  }
  if (block && (!FIRST.test(text) || /^\d+[.)]/.test(text))) return null;
  return plainRun(text) ? -1 : null;
}

export interface ListHead {
  /** The bullet, or the delimiter of an ordered item. */
  marker: string;
  /** The marker's length ("-" 1, "12." 3). */
  width: number;
  number: number | null;
  strong: number;
}

/** A list item line at column 0 with plain text, or null. */
export function readListHead(line: string): ListHead | null {
  const item = LIST_ITEM.exec(line);
  if (!item) return null;
  const strong = readInline(item[4]!, true);
  if (strong === null) return null;
  const number = item[2] === undefined ? null : Number.parseInt(item[2], 10);
  return { marker: item[1] ?? item[3]!, width: item[1] ? 1 : item[2]!.length + 1, number, strong };
}

/** A plain ATX heading's depth, or 0. */
export function readHeading(line: string): number {
  const heading = HEADING.exec(line);
  if (!heading || heading[2]!.endsWith('#') || readInline(heading[2]!, true) !== -1) return 0;
  return heading[1]!.length;
}

export interface SubItem {
  line: number;
  strong: number;
}

export interface Item {
  line: number;
  head: ListHead;
  /** A tight bullet list nested in the item, one line per item, indented to the item's text. */
  subs: SubItem[];
}

export type PlainBlock =
  | { kind: 'heading'; from: number; to: number; depth: number }
  | { kind: 'text'; from: number; to: number; strong: number }
  | { kind: 'list'; from: number; to: number; head: ListHead; spread: boolean; items: Item[] };

/** Builds mdast nodes with positions from the piece's lines (1-based lines, offsets from the piece's start). */
export class PlainBuilder {
  constructor(
    private readonly lines: string[],
    private readonly starts: number[],
  ) {}

  build(block: PlainBlock): RootContent {
    if (block.kind === 'heading') {
      const heading: Heading = {
        type: 'heading',
        depth: block.depth as Heading['depth'],
        children: this.inline(block.from, block.depth + 1, -1),
        position: this.span(block.from, 0, block.from),
      };
      return heading;
    }
    if (block.kind === 'text') return this.paragraph(block.from, 0, block.to - 1, block.strong);
    return this.list(block);
  }

  private point(line: number, column: number): Point {
    return { line: line + 1, column: column + 1, offset: this.starts[line]! + column };
  }

  /** From `column` of line `from` to the end of line `to`. */
  private span(from: number, column: number, to: number) {
    return { start: this.point(from, column), end: this.point(to, this.lines[to]!.length) };
  }

  private text(value: string, line: number, column: number): Text {
    return { type: 'text', value, position: { start: this.point(line, column), end: this.point(line, column + value.length) } };
  }

  private inline(line: number, column: number, strong: number): PhrasingContent[] {
    const content = this.lines[line]!.slice(column);
    if (strong < 0) return [this.text(content, line, column)];
    const nodes: PhrasingContent[] = [
      {
        type: 'strong',
        children: [this.text(content.slice(2, 2 + strong), line, column + 2)],
        position: { start: this.point(line, column), end: this.point(line, column + strong + 4) },
      },
    ];
    if (content.length > strong + 4) nodes.push(this.text(content.slice(strong + 4), line, column + strong + 4));
    return nodes;
  }

  private paragraph(from: number, column: number, to: number, strong: number): Paragraph {
    const children =
      from === to
        ? this.inline(from, column, strong)
        : [
            {
              type: 'text' as const,
              value: this.lines.slice(from, to + 1).join('\n'),
              position: this.span(from, column, to),
            },
          ];
    return { type: 'paragraph', children, position: this.span(from, column, to) };
  }

  private list(block: Extract<PlainBlock, { kind: 'list' }>): List {
    const items = block.items.map((item): ListItem => {
      const column = item.head.width + 1;
      const children: ListItem['children'] = [this.paragraph(item.line, column, item.line, item.head.strong)];
      const last = item.subs.length > 0 ? item.subs[item.subs.length - 1]!.line : item.line;
      if (item.subs.length > 0) {
        const subs = item.subs.map((sub): ListItem => ({
          type: 'listItem',
          spread: false,
          checked: null,
          children: [this.paragraph(sub.line, column + 2, sub.line, sub.strong)],
          position: this.span(sub.line, column, sub.line),
        }));
        children.push({
          type: 'list',
          ordered: false,
          start: null,
          spread: false,
          children: subs,
          position: this.span(item.subs[0]!.line, column, last),
        });
      }
      return { type: 'listItem', spread: false, checked: null, children, position: this.span(item.line, 0, last) };
    });
    return {
      type: 'list',
      ordered: block.head.number !== null,
      start: block.head.number,
      spread: block.spread,
      children: items,
      position: this.span(block.from, 0, block.to - 1),
    };
  }
}
