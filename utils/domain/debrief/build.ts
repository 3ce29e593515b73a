import type { Kit } from '../kit/schema';
import { combineScorecards, formatScore, type PanelSummary } from '../scoring';
import { toCsv, type CsvCell } from '../csv';
import type { DebriefFlag, DebriefScorecard } from './read-files';

/**
 * The panel's view of one candidate ("Decision Meeting"): each interviewer's category scores
 * side by side with mean, min, max and spread, disagreements, minimums, the weighted total
 * against the threshold, decisions with reasons, the vote tally and every flag raised.
 *
 * Independent scoring comes first: until this browser's interviewer has submitted their own
 * scorecard for the candidate, other interviewers' scorecards are left out of the view
 * entirely (not just visually hidden), unless the person explicitly chooses to see them.
 */

export type Visibility =
  { others: 'shown'; because: 'own-submitted' | 'override' } | { others: 'hidden'; because: 'own-draft' | 'no-own-scorecard' };

export function othersVisibility(cards: readonly DebriefScorecard[], override: boolean): Visibility {
  const own = cards.filter((c) => c.local);
  if (own.some((c) => c.status === 'submitted')) return { others: 'shown', because: 'own-submitted' };
  if (override) return { others: 'shown', because: 'override' };
  return { others: 'hidden', because: own.length ? 'own-draft' : 'no-own-scorecard' };
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** The candidates the scorecards are about (one entry per name, ignoring case), most scorecards first. */
export function candidatesIn(cards: readonly DebriefScorecard[]): { name: string; scorecards: number }[] {
  const byName = new Map<string, { name: string; scorecards: number }>();
  for (const card of cards) {
    const entry = byName.get(nameKey(card.candidate)) ?? { name: card.candidate.trim(), scorecards: 0 };
    entry.scorecards++;
    byName.set(nameKey(card.candidate), entry);
  }
  return [...byName.values()].sort((a, b) => b.scorecards - a.scorecards || a.name.localeCompare(b.name));
}

export interface DebriefColumn {
  /** Unique label: the interviewer, with the round when one person ran several. */
  label: string;
  card: DebriefScorecard;
  /** This scorecard's own weighted total. */
  total: number | null;
}

export interface GatheredFlag extends DebriefFlag {
  by: string;
}

export interface Debrief {
  candidate: string;
  kit: Kit;
  visibility: Visibility;
  columns: DebriefColumn[];
  /** Other interviewers' scorecards held back until this browser's own is submitted. */
  hidden: number;
  /** Scorecards for this candidate run with another kit: their categories cannot be combined with these. */
  excluded: { card: DebriefScorecard; reason: string }[];
  panel: PanelSummary;
  tally: { decisionId: string; label: string; votes: number }[];
  /** Scorecards that carry no decision (an items CSV exported before items carried it, or a draft without one). */
  undecided: string[];
  concerns: GatheredFlag[];
  strengths: GatheredFlag[];
}

function pickKit(cards: readonly DebriefScorecard[], kits: readonly Kit[]): Kit | undefined {
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.kitId, (counts.get(card.kitId) ?? 0) + (card.local ? 1.5 : 1));
  const kitId = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const versions = new Set(cards.filter((c) => c.kitId === kitId).map((c) => c.kitVersion));
  return kits.filter((k) => k.id === kitId && versions.has(k.version)).sort((a, b) => b.version - a.version)[0];
}

function labelColumns(cards: DebriefScorecard[]): string[] {
  const count = (label: string, labels: string[]) => labels.filter((l) => l === label).length;
  const names = cards.map((c) => c.interviewer.trim());
  const withRound = names.map((n, i) => (count(n, names) > 1 ? `${n} · ${cards[i]!.roundTitle}` : n));
  return withRound.map((l, i) => (count(l, withRound) > 1 ? `${l} #${withRound.slice(0, i + 1).filter((x) => x === l).length}` : l));
}

export interface DebriefOptions {
  candidate: string;
  kits: readonly Kit[];
  /** The explicit "show me the others' scores now" choice. */
  override: boolean;
}

/** Combine the scorecards about one candidate; null when none are about them or their kit is not installed. */
export function buildDebrief(all: readonly DebriefScorecard[], options: DebriefOptions): Debrief | null {
  const about = all.filter((c) => nameKey(c.candidate) === nameKey(options.candidate));
  const kit = pickKit(about, options.kits);
  if (!kit) return null;
  const sameKit = about.filter((c) => c.kitId === kit.id);
  const excluded = about
    .filter((c) => c.kitId !== kit.id)
    .map((card) => ({ card, reason: `run with kit "${card.kitId}"; a debrief combines the categories of one kit ("${kit.id}")` }));
  const visibility = othersVisibility(sameKit, options.override);
  const shown = visibility.others === 'shown' ? sameKit : sameKit.filter((c) => c.local);
  const labels = labelColumns(shown);
  const asPanel = (card: DebriefScorecard, label: string) => ({
    interviewer: label,
    roundId: card.roundId,
    categoryScores: card.categoryScores,
    decisionId: card.decisionId,
    decisionReason: card.decisionReason,
  });
  const columns = shown.map((card, i) => ({
    label: labels[i]!,
    card,
    total: combineScorecards(kit.categories, kit.offerThreshold, [asPanel(card, labels[i]!)]).weightedTotal,
  }));
  const panel = combineScorecards(
    kit.categories,
    kit.offerThreshold,
    columns.map((c) => asPanel(c.card, c.label)),
    kit.decisionOptions,
  );
  const gather = (kind: DebriefFlag['kind']) =>
    columns.flatMap((c) => c.card.flags.filter((f) => f.kind === kind).map((f) => ({ ...f, by: c.label })));
  return {
    candidate: about[0]!.candidate.trim(),
    kit,
    visibility,
    columns,
    hidden: sameKit.length - shown.length,
    excluded,
    panel,
    tally: kit.decisionOptions.map((d) => ({ decisionId: d.id, label: d.label, votes: panel.votes[d.id] ?? 0 })),
    undecided: columns.filter((c) => !c.card.decisionId).map((c) => c.label),
    concerns: gather('red'),
    strengths: gather('green'),
  };
}

export const decisionLabel = (kit: Kit, id: string | undefined) => (id ? (kit.decisionOptions.find((d) => d.id === id)?.label ?? id) : '');

const yes = (b: boolean) => (b ? 'yes' : '');

/**
 * The debrief as one rectangular table a spreadsheet opens as is: one row per category, then
 * the totals, decisions, reasons and flags, each interviewer in their own column.
 */
export function debriefCsv(debrief: Debrief): string {
  const { kit, columns, panel } = debrief;
  const header = [
    'part',
    'item',
    'weight_pct',
    'min_score',
    ...columns.map((c) => c.label),
    'mean',
    'min',
    'max',
    'spread',
    'disagreement',
    'below_minimum',
    'notes',
  ];
  const blankScores = columns.map((): CsvCell => '');
  const score = (n: number | null) => (n === null ? '' : formatScore(n));
  const rows: CsvCell[][] = panel.categories.map((c) => [
    'category',
    c.name,
    c.weightPct,
    c.minScore,
    ...c.scores.map((s) => score(s.score)),
    score(c.mean),
    score(c.min),
    score(c.max),
    score(c.spread),
    yes(c.disagreement),
    yes(c.belowMinimum),
    '',
  ]);
  const threshold = panel.meetsThreshold === null ? 'nothing scored' : panel.meetsThreshold ? 'meets the threshold' : 'below the threshold';
  rows.push([
    'total',
    'weighted total',
    '',
    kit.offerThreshold,
    ...columns.map((c) => score(c.total)),
    score(panel.weightedTotal),
    '',
    '',
    '',
    '',
    '',
    `threshold ${formatScore(kit.offerThreshold)}: ${threshold}`,
  ]);
  const tally = debrief.tally.map((t) => `${t.label} ${t.votes}`).join(', ');
  rows.push([
    'decision',
    'decision',
    '',
    '',
    ...columns.map((c) => decisionLabel(kit, c.card.decisionId)),
    '',
    '',
    '',
    '',
    '',
    '',
    `votes: ${tally}`,
  ]);
  rows.push(['decision', 'reason', '', '', ...columns.map((c) => c.card.decisionReason), '', '', '', '', '', '', '']);
  rows.push(['status', 'status', '', '', ...columns.map((c) => c.card.status), '', '', '', '', '', '', '']);
  for (const [part, flags] of [
    ['concern (red flag)', debrief.concerns],
    ['strength (green flag)', debrief.strengths],
  ] as const)
    for (const flag of flags)
      rows.push([
        part,
        flag.text,
        '',
        '',
        ...columns.map((c) => (c.label === flag.by ? flag.at || 'raised' : '')),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
  if (debrief.hidden)
    rows.push([
      'note',
      `${debrief.hidden} other scorecard(s) hidden until your own is submitted`,
      '',
      '',
      ...blankScores,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  return toCsv(header, rows);
}
