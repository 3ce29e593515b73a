import type { Root } from 'mdast';
import { parseKit, type KitParseResult } from '../kit/parse';
import { KIT_SCHEMA_VERSION, type KitInput } from '../kit/schema';
import { referenceKindFromTitle } from '../kit/criteria';
import { applyDefaults, applyOverview, roundsFromBank } from './finish';
import { KitCollector } from './kit-level';
import { buildOutline, type OutlineNode } from './outline';
import { parseGuide } from './parse';
import { Usage, type ReportItem } from './report';
import { findRounds, isMarkedRound } from './rounds-finder';
import { readRound, type RoundResult } from './round';
import type { ReadContext, RoundDraft } from './drafts';
import { collapse, IdAllocator, inlineText, kebab } from './text';

export type { ReportItem } from './report';

export interface ImportResult {
  /** The kit as read, even when it does not validate, so a preview can show it. */
  kit: KitInput;
  parsed: KitParseResult;
  recognised: ReportItem[];
  /** Every block of the guide that did not become part of the kit, with its line. */
  leftOver: ReportItem[];
}

export interface ImportOptions {
  /** Kit id to use instead of the one derived from the title. */
  id?: string;
}

/**
 * Reads an interview guide written in Markdown into a kit. The document is
 * parsed with micromark (CommonMark + GFM, see parse.ts) and the kit is built from
 * the tree's structure: headings with a duration or a "Round N" word are
 * rounds, their sub-headings sections, numbered items / quotes / "Q1." lines
 * questions, and labelled lists the rest. See utils/import/README.md.
 */
export function importMarkdownGuide(markdown: string, options: ImportOptions = {}): ImportResult {
  return importMarkdownTree(parseGuide(markdown), markdown, options);
}

/** The reading of an already parsed guide; `markdown` is the source the tree came from (for left-over text). */
export function importMarkdownTree(tree: Root, markdown: string, options: ImportOptions = {}): ImportResult {
  const outline = buildOutline(tree);
  const usage = new Usage();
  const recognised: ReportItem[] = [];
  const recognise = (line: number, what: string, text: string) => recognised.push({ line, what, text });
  const kit = new KitCollector(usage, recognise);

  // The first heading is the kit's title when it is an H1 that is not itself a round.
  const first = outline.children[0];
  const titleNode = first?.depth === 1 && !isMarkedRound(first) ? first : undefined;
  const roundNodes = findRounds(outline, titleNode);
  const rounds: RoundResult[] = [];
  const roundIds = new IdAllocator('round');
  const makeContext = (round: RoundDraft): ReadContext => ({
    usage,
    round,
    recognise,
    kitTable: (table) => kit.readMatrix(table),
    kitThreshold: (text, line) => kit.readThreshold(text, line),
    offerScale: (levels, line) => kit.offerScale(levels, line),
  });
  const visit = (node: OutlineNode): void => {
    if (roundNodes.has(node)) rounds.push(readRound(node, rounds.length + 1, roundIds, makeContext));
    else kit.readNode(node, visit);
  };

  kit.readBlocks(outline.body, null);
  const meta = titleNode ? readTitle(titleNode, usage, recognise) : undefined;
  for (const node of outline.children) {
    if (node === titleNode && meta) {
      kit.readBlocks(meta.body, null);
      node.children.forEach(visit);
    } else visit(node);
  }

  applyOverview(rounds, kit.overviews, usage, recognise);
  const roundInputs = rounds.map((r) => r.round);
  if (roundInputs.length === 0) roundInputs.push(...roundsFromBank(kit, recognise));
  const title = meta?.title || 'Imported interview guide';
  if (!meta?.title) recognise(0, 'default', `no title heading found: titled the kit "${title}"`);
  const defaults = applyDefaults(kit, recognise);

  const result: KitInput = {
    schemaVersion: KIT_SCHEMA_VERSION,
    id: options.id?.trim() || kebab(meta?.role || title) || 'imported-kit',
    title,
    role: meta?.role ?? '',
    organisation: meta?.organisation ?? '',
    version: 1,
    description: meta?.description ?? '',
    ratingScale: defaults.ratingScale,
    categories: kit.categories,
    offerThreshold: defaults.offerThreshold,
    decisionOptions: defaults.decisionOptions,
    rounds: roundInputs,
    referenceChecks: kit.referenceChecks.map((group) => ({ kind: referenceKindFromTitle(group.title), ...group })),
    questionBank: kit.questionBank,
  };
  recognised.sort((a, b) => a.line - b.line);
  return { kit: result, parsed: parseKit(result), recognised, leftOver: usage.leftOver(tree, markdown) };
}

interface TitleMeta {
  title: string;
  role: string;
  organisation: string;
  description: string;
  body: OutlineNode['body'];
}

/** The H1 and the italic line under it ("*MyBambu Technical Interview Process*"). */
function readTitle(node: OutlineNode, usage: Usage, recognise: (line: number, what: string, text: string) => void): TitleMeta {
  usage.use(node.heading!);
  const title = node.title;
  // "Interview Guide: X", "X Interview Kit", "X: Question Bank" all name the role X.
  const kind = String.raw`(?:technical\s+)?(?:interview\s+(?:guide|kit|plan|process|loop)|hiring\s+guide|question\s+bank)`;
  const role =
    new RegExp(String.raw`^${kind}\s*(?:[:–—-]|for)\s*(.+)$`, 'i').exec(title)?.[1] ??
    new RegExp(String.raw`^(.+?)\s*(?:[:–—-]\s*)?${kind}$`, 'i').exec(title)?.[1] ??
    '';
  recognise(node.line, 'title', role ? `"${title}", role "${role}"` : `"${title}"`);
  let body = node.body;
  let description = '';
  let organisation = '';
  const first = body[0];
  if (first?.type === 'paragraph' && first.children.length === 1 && first.children[0]!.type === 'emphasis') {
    description = collapse(inlineText(first.children)).replace(/\n/g, ' ');
    organisation = /^(.+?)\s+(?:technical\s+)?(?:interview|hiring|recruiting)\s+(?:process|guide|loop)$/i.exec(description)?.[1] ?? '';
    usage.use(first);
    body = body.slice(1);
    recognise(lineOfNode(first), 'subtitle', organisation ? `description, organisation "${organisation}"` : 'description');
  }
  return { title, role: role.trim(), organisation, description, body };
}

function lineOfNode(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 0;
}
