import type { Category, DecisionOption } from '../kit/schema';
import { SCORE_EPSILON, scoreInterview } from '../scoring';

/**
 * The debrief's arithmetic: several interviewers' category scores side by side, combined into
 * one mean per category and one weighted total. (Moved here from utils/domain/scoring.ts, where
 * it was called the "panel" summary; in Panelist "panel" is the in-call UI.)
 */

/** One interviewer's scorecard as the combine needs it. */
export interface DebriefColumnScores {
  /** The person: votes are counted once per interviewer, however many rounds they ran. */
  interviewer: string;
  /** How the column is named where scores are listed (interviewer and round); the interviewer when absent. */
  label?: string;
  roundId?: string;
  categoryScores: Record<string, number | null>;
  weightedTotal?: number | null;
  decisionId?: string;
  decisionReason?: string;
}

export interface DebriefCategory {
  categoryId: string;
  name: string;
  weightPct: number;
  minScore: number;
  /** One entry per column, in column order; `interviewer` is the column's label. */
  scores: { interviewer: string; score: number | null }[];
  mean: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  /** spread >= 2 */
  disagreement: boolean;
  /** mean < minScore */
  belowMinimum: boolean;
}

export interface DebriefScores {
  categories: DebriefCategory[];
  weightedTotal: number | null;
  meetsThreshold: boolean | null;
  failedMinimums: string[];
  /** decisionId → how many interviewers chose it (each interviewer once: their last decided column) */
  votes: Record<string, number>;
  suggestedDecisionId: string | null;
}

/** Interviewers two or more points apart on a category should talk before deciding. */
export const DISAGREEMENT_SPREAD = 2;

const usable = (score: number | null | undefined): number | null => (typeof score === 'number' && Number.isFinite(score) ? score : null);
const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);
/** Who a name is, for counting: case, surrounding and repeated spaces do not make another person. */
export const personKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Combines several interviewers' scorecards. Each category's debrief score is the mean of the
 * interviewers who scored it (a card without that category neither counts as zero nor drags the
 * mean); the total is re-derived from those means with the kit's weights rather than averaged
 * from the cards' own totals, so cards covering different categories combine fairly. The total,
 * minimums, threshold and suggestion follow exactly the rules of one scorecard (the means are
 * scored as that scorecard's category ratings). Decisions are counted once per interviewer.
 */
export function combineScores(
  categories: Category[],
  offerThreshold: number | undefined,
  columns: DebriefColumnScores[],
  decisionOptions?: DecisionOption[],
): DebriefScores {
  const combined: DebriefCategory[] = categories.map((category) => {
    const scores = columns.map((c) => ({ interviewer: c.label ?? c.interviewer, score: usable(c.categoryScores[category.id]) }));
    const given = scores.map((s) => s.score).filter((s): s is number => s !== null);
    const min = given.length > 0 ? Math.min(...given) : null;
    const max = given.length > 0 ? Math.max(...given) : null;
    const spread = min !== null && max !== null ? max - min : null;
    return {
      categoryId: category.id,
      name: category.name,
      weightPct: category.weightPct,
      minScore: category.minScore,
      scores,
      mean: mean(given),
      min,
      max,
      spread,
      disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD - SCORE_EPSILON,
      belowMinimum: false,
    };
  });
  const summary = scoreInterview({
    categories,
    offerThreshold,
    decisionOptions,
    questionScores: [],
    categoryRatings: Object.fromEntries(combined.map((c) => [c.categoryId, c.mean])),
  });
  const failed = new Set(summary.failedMinimums);
  for (const c of combined) c.belowMinimum = failed.has(c.categoryId);
  return {
    categories: combined,
    weightedTotal: summary.weightedTotal,
    meetsThreshold: summary.meetsThreshold,
    failedMinimums: summary.failedMinimums,
    votes: votesPerInterviewer(columns),
    suggestedDecisionId: summary.suggestedDecisionId,
  };
}

/** decisionId → interviewers: each person's last decided column counts, once. */
export function votesPerInterviewer(columns: readonly Pick<DebriefColumnScores, 'interviewer' | 'decisionId'>[]): Record<string, number> {
  const last = new Map<string, string>();
  for (const column of columns) if (column.decisionId) last.set(personKey(column.interviewer), column.decisionId);
  const votes: Record<string, number> = {};
  for (const decisionId of last.values()) votes[decisionId] = (votes[decisionId] ?? 0) + 1;
  return votes;
}
