import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { parseWithPlainBlocks } from './plain-blocks';

/**
 * Smallest piece worth a separate parse. Small pieces keep micromark's quadratic
 * part small (measured: the shipped 15 KB guide parses ~25% faster in 2 KB pieces
 * than whole, a 1 MB guide ~2x faster than in 32 KB pieces and ~8x faster than whole).
 */
const PIECE_SIZE = 2 * 1024;

/**
 * Parses a guide with micromark + GFM into mdast.
 *
 * micromark re-copies the whole event list each time a list or blockquote
 * closes (EditMap.consume in its document tokenizer), which makes a 1 MB guide
 * take tens of seconds. A guide is therefore parsed in pieces cut just
 * before a top-level ATX heading ("# ..." at column 0, outside fenced code and
 * HTML blocks): such a line always starts a new top-level block, so the pieces'
 * trees, with their positions shifted, join into exactly the tree of the whole
 * (tests/import/parse.test.ts checks that). This scan only decides where to cut;
 * everything about the guide's structure is read from the parser's tree.
 * A guide with link or footnote definitions is parsed whole, since those apply
 * across the entire document.
 */
export function parseGuide(markdown: string, pieceSize = PIECE_SIZE, onPiece?: (done: number, total: number) => void): Root {
  const cuts = markdown.length > pieceSize ? cutPoints(markdown, pieceSize) : [];
  if (cuts.length === 0) return parsePiece(markdown);

  const root: Root = { type: 'root', children: [] };
  const bounds = [0, ...cuts.map((c) => c.offset), markdown.length];
  const lines = [0, ...cuts.map((c) => c.line - 1)];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = parsePiece(markdown.slice(bounds[i], bounds[i + 1]));
    onPiece?.(bounds[i + 1]!, markdown.length);
    if (i > 0) shift(piece, lines[i]!, bounds[i]!);
    root.children.push(...piece.children);
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(markdown) };
  return root;
}

/**
 * The GFM constructs, each with the text that can start it: a table needs a `|`, strikethrough a
 * `~`, a footnote `[^`, a task list item a `[`, an autolink literal `www.`, a URL scheme or an
 * e-mail's `@`. A piece is parsed with only the constructs its text can start: any other gives the
 * same tree with or without its extension, and leaving it out saves its tokenizer's work (the
 * autolink literal's runs on every letter: a piece without one parses a third faster).
 */
const GFM_PARTS = [
  { trigger: /\|/, micromark: gfmTable, mdast: gfmTableFromMarkdown },
  { trigger: /~/, micromark: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
  { trigger: /\[\^/, micromark: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { trigger: /\[/, micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
  { trigger: /[@]|www\.|:\/\//i, micromark: gfmAutolinkLiteral, mdast: gfmAutolinkLiteralFromMarkdown },
] as const;

/** Options per set of constructs (a bit per GFM_PARTS entry), made once. */
const optionsBySet = new Map<number, Options>();

function optionsFor(text: string): Options | undefined {
  let set = 0;
  GFM_PARTS.forEach((part, i) => {
    if (part.trigger.test(text)) set |= 1 << i;
  });
  if (set === 0) return undefined;
  let options = optionsBySet.get(set);
  if (!options) {
    // Same order as micromark-extension-gfm and mdast-util-gfm combine them.
    const parts = [4, 2, 1, 0, 3].filter((i) => set & (1 << i)).map((i) => GFM_PARTS[i]!);
    options = { extensions: parts.map((p) => p.micromark()), mdastExtensions: parts.map((p) => p.mdast()) };
    optionsBySet.set(set, options);
  }
  return options;
}

function parsePiece(text: string): Root {
  return parseWithPlainBlocks(text, micromark);
}

function micromark(text: string): Root {
  const options = optionsFor(text);
  return options ? fromMarkdown(text, options) : fromMarkdown(text);
}

interface Cut {
  /** Offset of the first character of the heading line. */
  offset: number;
  /** 1-based line of the heading. */
  line: number;
}

function cutPoints(markdown: string, pieceSize: number): Cut[] {
  const cuts: Cut[] = [];
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let pieceStart = 0;
  let offset = 0;
  let line = 1;
  while (offset < markdown.length) {
    const newline = markdown.indexOf('\n', offset);
    const end = newline < 0 ? markdown.length : newline;
    const text = markdown.slice(offset, end);
    if (fence) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = null;
    } else if (/^ {0,3}\[[^\]]+\]:/.test(text)) {
      return []; // a link or footnote definition: parse the guide whole
    } else {
      const open = /^\s*(`{3,}|~{3,})/.exec(text);
      const html = /^ {0,3}<(!--|pre\b|script\b|style\b|textarea\b)/i.exec(text);
      if (open) fence = { char: open[1]![0]!, length: open[1]!.length };
      else if (html) {
        const closer = html[1] === '!--' ? /-->/ : new RegExp(`</${html[1]}>`, 'i');
        if (!closer.test(text.slice(html.index + html[0].length))) htmlEnd = closer;
      } else if (/^#{1,6}(?:[ \t]|$)/.test(text) && offset - pieceStart >= pieceSize) {
        cuts.push({ offset, line });
        pieceStart = offset;
      }
    }
    offset = end + 1;
    line++;
  }
  return cuts;
}

function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  // In place: mdast-util-from-markdown gives every node its own point objects, so none is shifted twice.
  if (position) {
    position.start.line += lines;
    position.start.offset = (position.start.offset ?? 0) + offset;
    position.end.line += lines;
    position.end.offset = (position.end.offset ?? 0) + offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

/** The point after the last character, as micromark gives it for the root. */
function endPoint(markdown: string) {
  let line = 1;
  for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) line++;
  return { line, column: markdown.length - markdown.lastIndexOf('\n'), offset: markdown.length };
}
