import type { DecisionOption } from '../kit/schema';
import { formatScore } from '../scoring';
import { toCsv, type CsvCell } from '../csv';
import { renderSummary, withReason, type SummaryBlock, type SummaryFormat } from '../summary-text';
import { decisionLabel, type Debrief } from './build';
import { headlineOf, type Headline } from './headline';
import { countVotes, consequenceOf, type Vote, type VoteCount } from './votes';
import { referenceLine, summarizeReferences, type ReferenceCheckRecord } from './references';
import type { PanelDecision } from './record';

/**
 * What a debrief leaves behind: the panel's decision with its reason and consequence, the votes,
 * the per-category summary, the flags and the reference checks. Shared as CSV, a one-page print,
 * and a summary for the clipboard (Markdown or plain text), all built from this one model, from
 * the scorecards shown (never those still hidden until this browser's own is submitted).
 */
export interface DebriefOutcome {
  debrief: Debrief;
  headline: Headline;
  votes: VoteCount;
  decision?: PanelDecision & { option?: DecisionOption };
  references: ReferenceCheckRecord[];
}

export function outcomeOf(
  debrief: Debrief,
  record: { votes: readonly Vote[]; decision?: PanelDecision },
  references: readonly ReferenceCheckRecord[],
): DebriefOutcome {
  return {
    debrief,
    headline: headlineOf(debrief.scores, debrief.kit.offerThreshold),
    votes: countVotes(record.votes, debrief.kit, debrief.people),
    decision: record.decision ? { ...record.decision, option: consequenceOf(debrief.kit, record.decision.decisionId) } : undefined,
    references: [...references],
  };
}

const categoriesWord = (n: number) => (n === 1 ? '1 category is' : `${n} categories are`);

/** The headline in words, as the summary and the CSV write it. */
export function headlineText(h: Headline): string {
  switch (h.kind) {
    case 'nothing-scored':
      return 'Nothing scored yet.';
    case 'meets':
      return `Weighted ${formatScore(h.total)}, meets the threshold of ${formatScore(h.threshold)} and every minimum.`;
    case 'below-threshold':
      return `Weighted ${formatScore(h.total)}, below the threshold of ${formatScore(h.threshold)}.`;
    case 'below-minimums':
      return `Weighted ${formatScore(h.total)}, but ${categoriesWord(h.failed.length)} below their minimum: below the bar.`;
    case 'below-both':
      return `Weighted ${formatScore(h.total)}, below the threshold of ${formatScore(h.threshold)}, and ${categoriesWord(h.failed.length)} below their minimum.`;
    case 'no-bar':
      return h.failed.length
        ? `Weighted ${formatScore(h.total)} (the kit sets no threshold); ${categoriesWord(h.failed.length)} below their minimum.`
        : `Weighted ${formatScore(h.total)} (the kit sets no threshold).`;
  }
}

function decisionText(o: DebriefOutcome): string {
  if (!o.decision) return 'Panel decision: not recorded yet.';
  const label = decisionLabel(o.debrief.kit, o.decision.decisionId);
  const meaning = o.decision.option?.meaning ? ` (${o.decision.option.meaning})` : '';
  return `Panel decision: ${label}${meaning}. Reason: ${o.decision.reason}`;
}

export function summaryBlocks(o: DebriefOutcome): SummaryBlock[] {
  const { debrief } = o;
  const tally = o.votes.tally.map((t) => `${t.label} ${t.votes}`).join(', ');
  const categories = debrief.scores.categories.map((c) => {
    const marks = [c.belowMinimum ? 'below minimum' : '', c.disagreement ? `disagreement, spread ${formatScore(c.spread)}` : ''].filter(
      Boolean,
    );
    return `${c.name}: mean ${formatScore(c.mean)} (minimum ${formatScore(c.minScore)})${marks.length ? `, ${marks.join(', ')}` : ''}`;
  });
  const people = debrief.columns.map((c) =>
    withReason(
      `${c.label}: ${formatScore(c.total)}, ${decisionLabel(debrief.kit, c.card.decisionId) || 'no decision'}`,
      c.card.decisionReason,
    ),
  );
  const flag = (f: Debrief['concerns'][number]) => `${f.text} (${f.by}${f.at ? ` at ${f.at}` : ''})`;
  const refs = summarizeReferences(o.references);
  const section = (title: string, items: string[], empty: string): SummaryBlock[] => [
    { kind: 'heading', text: title },
    items.length ? { kind: 'list', items } : { kind: 'line', text: empty },
  ];
  return [
    { kind: 'title', text: `Debrief: ${debrief.candidate}` },
    { kind: 'line', text: `${debrief.kit.title}; ${debrief.columns.length} scorecards from ${debrief.people.length} interviewers.` },
    { kind: 'line', text: decisionText(o) },
    { kind: 'line', text: headlineText(o.headline) },
    ...section(
      `Votes (${tally})`,
      o.votes.votes.map(
        (v) => `${v.voter}: ${decisionLabel(debrief.kit, v.decisionId)}${v.hasScorecard ? '' : ' (no scorecard in this debrief)'}`,
      ),
      'No votes recorded.',
    ),
    ...section('By category', categories, 'No categories.'),
    ...section('Interviewers', people, 'No scorecards shown.'),
    ...section('Concerns (red flags)', debrief.concerns.map(flag), 'No red flags raised.'),
    ...section('Strengths (green flags)', debrief.strengths.map(flag), 'No green flags raised.'),
    ...section(
      `Reference checks (${refs.total}; would hire again: yes ${refs.wouldHireAgain.yes}, no ${refs.wouldHireAgain.no}, unsure ${refs.wouldHireAgain.unsure})`,
      o.references.map(referenceLine),
      'None yet.',
    ),
    ...(debrief.hidden
      ? [{ kind: 'line', text: `${debrief.hidden} other scorecard(s) not included: hidden until your own is submitted.` } as const]
      : []),
  ];
}

export const debriefSummary = (o: DebriefOutcome, format: SummaryFormat) => renderSummary(summaryBlocks(o), format);

const yes = (b: boolean) => (b ? 'yes' : '');
const score = (n: number | null) => (n === null ? '' : formatScore(n));

/**
 * The outcome as one rectangular table a spreadsheet opens as is: one row per category, then the
 * totals, each column's decision and reason, the votes, the panel's decision, the flags and the
 * reference checks, each interviewer (with their round) in their own column.
 */
export function outcomeCsv(o: DebriefOutcome): string {
  const { debrief } = o;
  const { kit, columns, scores } = debrief;
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
  const row = (
    part: string,
    item: string,
    perColumn: CsvCell[],
    notes = '',
    figures: CsvCell[] = ['', '', '', '', '', '', '', ''],
  ): CsvCell[] => [part, item, figures[0], figures[1], ...perColumn, ...figures.slice(2), notes];
  const blank = columns.map((): CsvCell => '');
  const rows: CsvCell[][] = scores.categories.map((c) =>
    row(
      'category',
      c.name,
      c.scores.map((s) => score(s.score)),
      '',
      [c.weightPct, c.minScore, score(c.mean), score(c.min), score(c.max), score(c.spread), yes(c.disagreement), yes(c.belowMinimum)],
    ),
  );
  rows.push(
    row(
      'total',
      'weighted total',
      columns.map((c) => score(c.total)),
      headlineText(o.headline),
      ['', kit.offerThreshold ?? '', score(scores.weightedTotal), '', '', '', '', ''],
    ),
  );
  rows.push(
    row(
      'scorecard',
      'decision',
      columns.map((c) => decisionLabel(kit, c.card.decisionId)),
    ),
  );
  rows.push(
    row(
      'scorecard',
      'reason',
      columns.map((c) => c.card.decisionReason),
    ),
  );
  rows.push(
    row(
      'scorecard',
      'status',
      columns.map((c) => c.card.status),
    ),
  );
  for (const vote of o.votes.votes)
    rows.push(
      row('vote', vote.voter, blank, `${decisionLabel(kit, vote.decisionId)}${vote.hasScorecard ? '' : ' (no scorecard in this debrief)'}`),
    );
  rows.push(row('votes', 'tally', blank, o.votes.tally.map((t) => `${t.label} ${t.votes}`).join(', ')));
  rows.push(
    row(
      'panel decision',
      o.decision ? decisionLabel(kit, o.decision.decisionId) : 'not recorded',
      blank,
      o.decision ? withReason(o.decision.option?.meaning ?? '', o.decision.reason).replace(/^: /, '') : '',
    ),
  );
  for (const [part, flags] of [
    ['concern (red flag)', debrief.concerns],
    ['strength (green flag)', debrief.strengths],
  ] as const)
    for (const flag of flags)
      rows.push(
        row(
          part,
          flag.text,
          columns.map((c) => (c.label === flag.by ? flag.at || 'raised' : '')),
        ),
      );
  for (const check of o.references) rows.push(row('reference check', check.refereeName, blank, referenceLine(check)));
  if (debrief.hidden) rows.push(row('note', `${debrief.hidden} other scorecard(s) hidden until your own is submitted`, blank));
  return toCsv(header, rows);
}
