import type { Heading, Root, RootContent } from 'mdast';
import { headingText } from './text';

/** A heading with what it contains: the blocks before its first sub-heading, then its sub-headings. */
export interface OutlineNode {
  heading: Heading | null;
  /** 0 for the document itself. */
  depth: number;
  title: string;
  line: number;
  body: RootContent[];
  children: OutlineNode[];
}

/** One pass over the top-level blocks: a heading closes every open heading of the same or lower rank. */
export function buildOutline(root: Root): OutlineNode {
  const top: OutlineNode = { heading: null, depth: 0, title: '', line: 0, body: [], children: [] };
  const stack: OutlineNode[] = [top];
  for (const block of root.children) {
    if (block.type !== 'heading') {
      stack.at(-1)!.body.push(block);
      continue;
    }
    while (stack.length > 1 && stack.at(-1)!.depth >= block.depth) stack.pop();
    const node: OutlineNode = {
      heading: block,
      depth: block.depth,
      title: headingText(block),
      line: block.position?.start.line ?? 0,
      body: [],
      children: [],
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  }
  return top;
}

/** Every heading node below `node`, in document order. */
export function* descendants(node: OutlineNode): Generator<OutlineNode> {
  for (const child of node.children) {
    yield child;
    yield* descendants(child);
  }
}
