import type { RootContent } from 'mdast';
import { isPartHeading, questionNumberRest, splitHeading } from './headings';
import { classifyLabel } from './labels';
import { descendants, type OutlineNode } from './outline';
import { itemText } from './scales';
import { collapse, inlineText, unquote } from './text';

/** Headings that describe the process or the scoring rather than an interview. */
const NOT_A_ROUND =
  /\b(?:overview|agenda|process|best practices|mistakes|introduction|about|summary|notes?|scoring|rating|decisions?|framework|checklist)\b/i;
const KIT_KINDS = new Set(['references', 'bank', 'ratingScale', 'decisions', 'threshold']);

/**
 * Which headings are rounds. A heading is a round when it carries a duration or a
 * "Round/Stage/Interview N" word and no enclosing heading is a round already.
 * A guide with neither falls back to structure: the shallowest headings that
 * hold questions.
 */
export function findRounds(outline: OutlineNode, titleNode: OutlineNode | undefined): Set<OutlineNode> {
  const rounds = new Set<OutlineNode>();
  const walk = (node: OutlineNode) => {
    for (const child of node.children) {
      if (child !== titleNode && isMarkedRound(child)) rounds.add(child);
      else walk(child);
    }
  };
  walk(outline);
  if (rounds.size > 0) return rounds;

  const candidates: OutlineNode[] = [];
  const collect = (node: OutlineNode) => {
    for (const child of node.children) {
      if (KIT_KINDS.has(classifyLabel(child.title) ?? '')) continue;
      if (child !== titleNode && !NOT_A_ROUND.test(child.title) && holdsQuestions(child)) candidates.push(child);
      collect(child);
    }
  };
  collect(outline);
  const depth = Math.min(...candidates.map((c) => c.depth));
  for (const c of candidates) if (c.depth === depth) rounds.add(c);
  return rounds;
}

/** A duration or a "Round/Stage/Interview N" word, and not a "Part X" heading. */
export function isMarkedRound(node: OutlineNode): boolean {
  const parts = splitHeading(node.title);
  return !isPartHeading(parts.title) && (parts.duration !== null || parts.roundWord);
}

/** Numbered lists, quotes, "Q1." lines or asked bullets anywhere below the heading. */
function holdsQuestions(node: OutlineNode): boolean {
  if (node.body.some(blockAsks)) return true;
  for (const child of descendants(node)) if (child.body.some(blockAsks)) return true;
  return false;
}

export function blockAsks(block: RootContent): boolean {
  switch (block.type) {
    case 'list':
      return block.ordered === true || block.children.some((item) => isAsked(itemText(item)));
    case 'blockquote':
      return true;
    case 'paragraph':
      return isAsked(collapse(inlineText(block.children)));
    default:
      return false;
  }
}

function isAsked(text: string): boolean {
  return questionNumberRest(text) !== null || unquote(text) !== null || /\?\s*$/.test(text);
}
