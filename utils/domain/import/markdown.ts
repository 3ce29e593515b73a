import type { Root } from 'mdast';
import { parseKit, type KitParseResult } from '../kit/parse';
import { KIT_SCHEMA_VERSION, type KitInput } from '../kit/schema';
import { referenceKindFromTitle } from '../kit/criteria';
import { applyDefaults, applyOverview, roundsFromBank } from './finish';
import { KitCollector } from './kit-level';
import { buildOutline, type OutlineNode } from './outline';
import { parseGuide } from './parse';
import { Usage, type LineMark, type ReportItem } from './report';
import { blockAsks, findRounds, isMarkedRound } from './rounds-finder';
import { promoteBoldLines, readFrontMatter, roundFromScoredItems } from './document';
import { classifyLabel } from './labels';
import { prepareSource, type PreparedSource } from './source';
import { readRound, type RoundResult } from './round';
import type { ReadContext, RoundDraft } from './drafts';
import { collapse, IdAllocator, inlineText, kebab } from './text';

export type { LineMark, ReportItem } from './report';
export { GuideRefused, GUIDE_LIMITS } from './source';

export interface ImportResult {
  /** The kit as read, even when it does not validate, so a preview can show it. */
  kit: KitInput;
  parsed: KitParseResult;
  recognised: ReportItem[];
  /** Every block of the guide that did not become part of the kit, with its line. */
  leftOver: ReportItem[];
  /** What became of each source line (index 0 is line 1). */
  lines: LineMark[];
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
 * questions, and labelled lists the rest. See utils/domain/import/README.md.
 * Throws GuideRefused (source.ts) for text that is not a guide: empty, binary, too large or too deep.
 */
export function importMarkdownGuide(markdown: string, options: ImportOptions = {}): ImportResult {
  const source = prepareSource(markdown);
  return importMarkdownTree(parseGuide(source.markdown), source, options);
}

/** The reading of an already parsed guide; `source` is what prepareSource made of the text the tree came from. */
export function importMarkdownTree(tree: Root, source: PreparedSource, options: ImportOptions = {}): ImportResult {
  promoteBoldLines(tree);
  const outline = buildOutline(tree);
  const usage = new Usage();
  const recognised: ReportItem[] = [];
  const recognise = (line: number, what: string, text: string) => recognised.push({ line, what, text });
  const kit = new KitCollector(usage, recognise);

  // The first heading is the kit's title when it is an H1 that is not itself a round.
  const first = outline.children[0];
  const titleNode = first?.depth === 1 && !isMarkedRound(first) ? first : undefined;
  const bankTitle = titleNode && classifyLabel(titleNode.title) === 'bank';
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

  const meta = titleNode ? readTitle(titleNode, usage, recognise) : undefined;
  // A guide that is one interview, with no round headings: the whole of it (or of its title) is the round.
  const whole = roundNodes.size === 0 && !bankTitle ? wholeRound(titleNode ? { ...titleNode, body: meta!.body } : outline) : undefined;
  if (whole) rounds.push(readRound(whole, 1, roundIds, makeContext));
  else kit.readBlocks(outline.body, null);
  for (const node of outline.children) {
    if (node === titleNode && meta) {
      if (!whole) kit.readBlocks(meta.body, null);
      if (bankTitle && roundNodes.size === 0) kit.readNode({ ...node, body: [] }, visit);
      else if (!whole) node.children.forEach(visit);
    } else if (!whole || whole !== outline) visit(node);
  }

  applyOverview(rounds, kit.overviews, usage, recognise);
  const roundInputs = rounds.map((r) => r.round);
  const questionCount = roundInputs.reduce((n, r) => n + r.sections.reduce((m, s) => m + (s.questions?.length ?? 0), 0), 0);
  const fm = readFrontMatter(source.frontMatter, roundInputs, recognise);
  const title = meta?.title || fm.title || 'Imported interview guide';
  if (questionCount === 0) {
    const scored = roundFromScoredItems(kit, title, recognise);
    if (scored) roundInputs.splice(0, roundInputs.length, scored);
  }
  if (roundInputs.length === 0) roundInputs.push(...roundsFromBank(kit, recognise));
  if (!meta?.title && !fm.title) recognise(0, 'default', `no title heading found: titled the kit "${title}"`);
  const defaults = applyDefaults(kit, recognise);
  for (const r of source.removed) recognise(r.line, r.what === 'front matter' ? 'front matter' : 'template tag removed', r.text);
  const role = meta?.role || fm.role || '';

  const result: KitInput = {
    schemaVersion: KIT_SCHEMA_VERSION,
    id: options.id?.trim() || kebab(role || title) || 'imported-kit',
    title,
    role,
    organisation: meta?.organisation || fm.organisation || '',
    version: 1,
    description: meta?.description || fm.description || '',
    ratingScale: defaults.ratingScale,
    categories: kit.categories,
    ...(defaults.offerThreshold !== undefined ? { offerThreshold: defaults.offerThreshold } : {}),
    decisionOptions: defaults.decisionOptions,
    rounds: roundInputs,
    referenceChecks: kit.referenceChecks.map((group) => ({ kind: referenceKindFromTitle(group.title), ...group })),
    questionBank: kit.questionBank,
    ...(kit.agenda.steps!.length || kit.agenda.format!.length ? { debriefAgenda: kit.agenda } : {}),
    ...(Object.keys(kit.guidance).length ? { guidance: kit.guidance } : {}),
  };
  recognised.sort((a, b) => a.line - b.line);
  const account = usage.account(tree, source.markdown);
  const lines = account.marks.map((m) => m ?? 'left');
  for (const r of source.removed) lines[r.line - 1] = 'markup';
  for (const l of fm.usedLines) lines[l - 1] = 'used';
  for (const item of fm.leftOver) lines[item.line - 1] = 'left';
  // A line no reader accounted for would be lost silently: report it rather than drop it.
  account.marks.forEach((m, i) => {
    if (m === undefined && !source.removed.some((r) => r.line === i + 1))
      account.leftOver.push({ line: i + 1, what: 'line', text: source.markdown.split('\n')[i]!.trim() });
  });
  const leftOver = [...fm.leftOver, ...account.leftOver].sort((a, b) => a.line - b.line);
  return { kit: result, parsed: parseKit(result), recognised, leftOver, lines };
}

/** The outline node read as the one round of a guide without round headings, when it holds questions. */
function wholeRound(node: OutlineNode): OutlineNode | undefined {
  const asks = (n: OutlineNode): boolean => n.body.some(blockAsks) || n.children.some(asks);
  if (!asks(node)) return undefined;
  return { ...node, title: node.title || 'Interview' };
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
