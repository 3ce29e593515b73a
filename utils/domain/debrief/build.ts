import type { Category, Kit } from '../kit/schema';
import { scoreInterview } from '../scoring';
import { combineScores, personKey, type DebriefScores } from './combine';
import type { DebriefFlag, DebriefScorecard } from './read-files';

/**
 * The debrief's view of one candidate ("Decision Meeting"): each interviewer's category scores
 * side by side with mean, min, max and spread, disagreements, minimums, the weighted total
 * against the threshold, decisions with reasons, the decisions counted once per interviewer and
 * every flag raised. Every column names its interviewer and round.
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

export interface DebriefColumn {
  /** Unique: "interviewer · round", numbered when one person ran the same round twice. */
  label: string;
  interviewer: string;
  roundTitle: string;
  card: DebriefScorecard;
  /** This scorecard's own weighted total and failed minimums. */
  total: number | null;
  failedMinimums: string[];
}

/** One interviewer, however many rounds they ran: the unit of impressions and votes. */
export interface DebriefPerson {
  key: string;
  name: string;
  columns: DebriefColumn[];
}

export interface GatheredFlag extends DebriefFlag {
  /** The column's label: interviewer and round. */
  by: string;
}

export interface SetAside {
  card: DebriefScorecard;
  reason: 'other-kit' | 'other-kit-version';
  text: string;
}

export interface Debrief {
  candidate: string;
  kit: Kit;
  visibility: Visibility;
  columns: DebriefColumn[];
  people: DebriefPerson[];
  /** Other interviewers' scorecards held back until this browser's own is submitted. */
  hidden: number;
  /** Scorecards run with another kit, or a version of it whose categories differ: named, never combined. */
  excluded: SetAside[];
  scores: DebriefScores;
  /** The scorecards' own decisions, one per interviewer (their latest round's). */
  tally: { decisionId: string; label: string; votes: number }[];
  /** Interviewers whose scorecards carry no decision. */
  undecided: string[];
  concerns: GatheredFlag[];
  strengths: GatheredFlag[];
}

const sameCategories = (a: readonly Category[], b: readonly Category[]) =>
  JSON.stringify(a.map((c) => [c.id, c.weightPct, c.minScore])) === JSON.stringify(b.map((c) => [c.id, c.weightPct, c.minScore]));

/** Which cards can be combined with `kit`: its own, and other versions of it that score the same categories the same way. */
function split(cards: readonly DebriefScorecard[], kit: Kit, kits: readonly Kit[]) {
  const kept: DebriefScorecard[] = [];
  const excluded: SetAside[] = [];
  for (const card of cards) {
    if (card.kitId !== kit.id) {
      excluded.push({
        card,
        reason: 'other-kit',
        text: `run with kit "${card.kitId}"; this debrief combines the categories of "${kit.id}"`,
      });
      continue;
    }
    const version = kits.find((k) => k.id === card.kitId && k.version === card.kitVersion);
    if (card.kitVersion !== kit.version && !(version && sameCategories(version.categories, kit.categories))) {
      excluded.push({
        card,
        reason: 'other-kit-version',
        text: `run with version ${card.kitVersion} of "${kit.id}", whose categories differ from version ${kit.version}'s`,
      });
      continue;
    }
    kept.push(card);
  }
  return { kept, excluded };
}

/** Columns in the kit's round order, then by date: the order the candidate met the panel. */
function ordered(cards: readonly DebriefScorecard[], kit: Kit): DebriefScorecard[] {
  const roundIndex = (card: DebriefScorecard) => {
    const i = kit.rounds.findIndex((r) => r.id === card.roundId);
    return i < 0 ? kit.rounds.length : i;
  };
  return [...cards].sort((a, b) => roundIndex(a) - roundIndex(b) || (a.date ?? Infinity) - (b.date ?? Infinity));
}

function labelColumns(cards: readonly DebriefScorecard[]): string[] {
  const base = cards.map((c) => `${c.interviewer.trim()} · ${c.roundTitle}`);
  return base.map((label, i) =>
    base.filter((l) => l === label).length > 1 ? `${label} #${base.slice(0, i + 1).filter((l) => l === label).length}` : label,
  );
}

export interface DebriefOptions {
  kit: Kit;
  /** Every installed kit version, to tell whether another version's categories match. */
  kits?: readonly Kit[];
  /** The explicit "show me the others' scores now" choice. */
  override: boolean;
}

/** Combine the scorecards about one candidate (already gathered for them) with the debrief's kit. */
export function buildDebrief(candidate: string, all: readonly DebriefScorecard[], options: DebriefOptions): Debrief {
  const { kit } = options;
  const { kept, excluded } = split(all, kit, options.kits ?? [kit]);
  const visibility = othersVisibility(kept, options.override);
  const shown = ordered(visibility.others === 'shown' ? kept : kept.filter((c) => c.local), kit);
  const labels = labelColumns(shown);
  const columns: DebriefColumn[] = shown.map((card, i) => {
    const own = scoreInterview({
      categories: kit.categories,
      offerThreshold: kit.offerThreshold,
      questionScores: [],
      categoryRatings: card.categoryScores,
    });
    return {
      label: labels[i]!,
      interviewer: card.interviewer.trim(),
      roundTitle: card.roundTitle,
      card,
      total: own.weightedTotal,
      failedMinimums: own.failedMinimums,
    };
  });
  const scores = combineScores(
    kit.categories,
    kit.offerThreshold,
    columns.map((c) => ({
      interviewer: c.interviewer,
      label: c.label,
      roundId: c.card.roundId,
      categoryScores: c.card.categoryScores,
      decisionId: c.card.decisionId,
    })),
    kit.decisionOptions,
  );
  const people = new Map<string, DebriefPerson>();
  for (const column of columns) {
    const key = personKey(column.interviewer);
    const person = people.get(key) ?? { key, name: column.interviewer, columns: [] };
    person.columns.push(column);
    people.set(key, person);
  }
  const gather = (kind: DebriefFlag['kind']) =>
    columns.flatMap((c) => c.card.flags.filter((f) => f.kind === kind).map((f) => ({ ...f, by: c.label })));
  return {
    candidate: candidate.trim(),
    kit,
    visibility,
    columns,
    people: [...people.values()],
    hidden: kept.length - shown.length,
    excluded,
    scores,
    tally: kit.decisionOptions.map((d) => ({ decisionId: d.id, label: d.label, votes: scores.votes[d.id] ?? 0 })),
    undecided: [...people.values()].filter((p) => !p.columns.some((c) => c.card.decisionId)).map((p) => p.name),
    concerns: gather('red'),
    strengths: gather('green'),
  };
}

export const decisionLabel = (kit: Kit, id: string | undefined) => (id ? (kit.decisionOptions.find((d) => d.id === id)?.label ?? id) : '');
