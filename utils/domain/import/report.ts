import type { List, Nodes, Paragraph, Root } from 'mdast';
import { headingText, splitLines } from './text';

/** What became of one source line: part of the kit, left over, blank, or markup with no content (`---`, a removed tag). */
export type LineMark = 'used' | 'left' | 'blank' | 'markup';

/** One entry of the import report; `line` is the 1-based source line (0 = not from the source). */
export interface ReportItem {
  line: number;
  what: string;
  text: string;
}

/**
 * Remembers which parts of the Markdown tree ended up in the kit, so that
 * everything else can be listed as left over: nothing is dropped silently.
 * `use` covers a node and all it contains; `touch` says "this container was
 * read, look at its children one by one"; `useLine` covers one line of a
 * paragraph that holds several labelled lines.
 */
export class Usage {
  private readonly used = new Set<Nodes>();
  private readonly touched = new Set<Nodes>();
  private readonly usedLines = new Map<Paragraph, Set<number>>();
  /** Grows with every new use; callers compare it to learn whether a reading used anything. */
  count = 0;

  use(...nodes: Array<Nodes | undefined>): void {
    for (const node of nodes) {
      if (node && !this.used.has(node)) {
        this.used.add(node);
        this.count++;
      }
    }
  }

  touch(...nodes: Array<Nodes | undefined>): void {
    for (const node of nodes) if (node) this.touched.add(node);
  }

  /**
   * A list read by the text of each item's first paragraph (and, with `nested`, of
   * nested lists too): code, quotes or tables inside the items stay reportable.
   */
  useItemHeads(list: List, nested = false): void {
    this.touch(list);
    for (const item of list.children) {
      this.touch(item);
      const [first, ...rest] = item.children;
      if (first?.type === 'paragraph') this.use(first);
      if (nested) for (const child of rest) if (child.type === 'list') this.useItemHeads(child, true);
    }
  }

  useLine(paragraph: Paragraph, line: number): void {
    let lines = this.usedLines.get(paragraph);
    if (!lines) this.usedLines.set(paragraph, (lines = new Set()));
    if (!lines.has(line)) this.count++;
    lines.add(line);
  }

  isUsed(node: Nodes): boolean {
    return this.used.has(node);
  }

  /** Walks the whole tree once and lists every block that did not become part of the kit. */
  leftOver(root: Root, source: string): ReportItem[] {
    return this.account(root, source).leftOver;
  }

  /**
   * Walks the whole tree once: every block that did not become part of the kit is listed, and
   * every source line is marked with what became of it. A line no node accounts for stays
   * unmarked (`undefined`), which the losslessness tests catch.
   */
  account(root: Root, source: string): { leftOver: ReportItem[]; marks: Array<LineMark | undefined> } {
    const out: ReportItem[] = [];
    const sourceLines = source.split('\n');
    const marks: Array<LineMark | undefined> = sourceLines.map((l) => (l.trim() === '' ? 'blank' : undefined));
    const mark = (node: Nodes, as: LineMark, onlyUnmarked = false) => {
      const from = node.position?.start.line ?? 0;
      const to = node.position?.end.line ?? from;
      for (let l = from; l <= to; l++) if (marks[l - 1] !== 'blank' && (!onlyUnmarked || marks[l - 1] === undefined)) marks[l - 1] = as;
    };
    let context = '';
    const slice = (node: Nodes) =>
      node.position ? source.slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0).trim() : '';
    const where = () => (context ? ` under "${context}"` : ' before any heading');

    const walk = (node: Nodes): void => {
      if (node.type === 'heading') {
        if (!this.used.has(node)) out.push({ line: lineOf(node), what: 'heading', text: slice(node) });
        mark(node, this.used.has(node) ? 'used' : 'left');
        context = headingText(node);
        return;
      }
      // Separators and link definitions carry no interview content.
      if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'yaml') return mark(node, 'markup');
      if (this.used.has(node)) return mark(node, 'used');
      const lines = node.type === 'paragraph' ? this.usedLines.get(node) : undefined;
      if (node.type === 'paragraph' && lines) {
        for (const line of splitLines(node)) {
          const used = lines.has(line.line);
          if (!used) out.push({ line: line.line, what: `line${where()}`, text: (sourceLines[line.line - 1] ?? line.text).trim() });
          if (marks[line.line - 1] !== 'blank') marks[line.line - 1] = used ? 'used' : 'left';
        }
        return;
      }
      if (this.touched.has(node) && 'children' in node) {
        for (const child of node.children) walk(child as Nodes);
        // What is the container's own markup (a table's |---| row, a bare ">" line) was read with it.
        mark(node, 'markup', true);
        return;
      }
      out.push({ line: lineOf(node), what: `${describe(node)}${where()}`, text: slice(node) });
      mark(node, 'left');
    };
    for (const child of root.children) walk(child);
    return { leftOver: out, marks };
  }
}

export function lineOf(node: Nodes | undefined): number {
  return node?.position?.start.line ?? 0;
}

function describe(node: Nodes): string {
  switch (node.type) {
    case 'listItem':
      return 'list item';
    case 'code':
      return 'code block';
    case 'blockquote':
      return 'quote';
    case 'tableRow':
      return 'table row';
    case 'html':
      return 'HTML';
    default:
      return node.type;
  }
}
