import type { Category, DecisionOption, Kit } from './kit/schema';
import type { Answer, Interview } from './interview/schema';
import { questionResult } from './criteria-scores';

/**
 * Scorecard arithmetic: category scores, the weighted total, minimums, the
 * offer threshold and a suggested decision, for one interviewer (several
 * interviewers' scorecards combine in utils/domain/debrief/combine.ts).
 *
 * Figures are never rounded here. Rounding to 2 decimals is for display only
 * (`formatScore`): a category mean of 3.333… must weigh as 3.333…, not 3.33,
 * or a candidate could cross the threshold by rounding alone. Comparisons with
 * the threshold and minimums allow for floating-point noise (`SCORE_EPSILON`)
 * so that a total which is mathematically 3.5 meets a 3.5 threshold even when
 * the weighted sum lands on 3.4999999999999996.
 */

export interface QuestionScore {
  questionId: string;
  categoryId?: string;
  score: number | null;
  notAsked?: boolean;
}

export interface ScoreInput {
  categories: Category[];
  /** Absent when the kit sets no bar: no verdict and no suggestion, only the totals. */
  offerThreshold?: number;
  decisionOptions?: DecisionOption[];
  questionScores: QuestionScore[];
  categoryRatings?: Record<string, number | null | undefined>;
}

export interface CategoryScore {
  categoryId: string;
  name: string;
  weightPct: number;
  minScore: number;
  score: number | null;
  source: 'rating' | 'questions' | 'none';
  /** scored questions in this category (also counted when a rating overrides them) */
  scoredQuestions: number;
  belowMinimum: boolean;
}

export interface ScoreSummary {
  /**
   * 'matrix': the weighted total over the kit's categories. 'mean': the kit has no scoring matrix,
   * so the total is the plain mean of the scored questions on the kit's scale.
   */
  basis: 'matrix' | 'mean';
  /** question scores that counted (not asked and unscored ones do not) */
  scoredQuestions: number;
  /** every kit category, in kit order */
  categories: CategoryScore[];
  /** category ids with a score */
  assessed: string[];
  notAssessed: string[];
  /** sum of weights of assessed categories */
  assessedWeightPct: number;
  /** weights re-normalised over assessed categories; null when nothing scored */
  weightedTotal: number | null;
  /** assessed category ids whose score < minScore */
  failedMinimums: string[];
  /** weightedTotal >= offerThreshold (exactly 3.5 meets 3.5); null when nothing scored */
  meetsThreshold: boolean | null;
  /** a suggestion only; never overrides the interviewer */
  suggestedDecisionId: string | null;
}

/** Tolerance for comparing computed scores with thresholds; far below any meaningful score difference. */
export const SCORE_EPSILON = 1e-9;

const atLeast = (value: number, bound: number) => value >= bound - SCORE_EPSILON;

/** A usable score, or null for anything missing or not a finite number. */
const usable = (score: number | null | undefined): number | null => (typeof score === 'number' && Number.isFinite(score) ? score : null);

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * Weighted mean over the categories that have a score, weights re-normalised
 * to those categories (a round that assesses two of five categories is judged
 * on those two). When every assessed category weighs 0 the plain mean is used,
 * so a kit without weights still gets a total.
 */
function weightedTotalOf(scored: { weightPct: number; score: number }[]): number | null {
  if (scored.length === 0) return null;
  const weight = scored.reduce((sum, c) => sum + c.weightPct, 0);
  if (weight <= 0) return mean(scored.map((c) => c.score));
  return scored.reduce((sum, c) => sum + c.score * c.weightPct, 0) / weight;
}

/** Score at or above which (with no failed minimum) the suggestion is "strong-yes". */
export const STRONG_YES_TOTAL = 4.5;
/** How far below the offer threshold a clean scorecard still suggests "maybe". */
export const MAYBE_MARGIN = 0.5;

/**
 * The suggested decision, chosen only among the kit's own decision options by
 * id (null when the kit has no option with that id):
 *   - nothing scored                                           → null
 *   - no failed minimum and total >= max(4.5, threshold)       → 'strong-yes'
 *   - no failed minimum and total >= threshold                 → 'yes'
 *   - no failed minimum and total >= threshold − 0.5, or
 *     exactly one failed minimum and total >= threshold        → 'maybe'
 *   - otherwise (two or more failed minimums, or a low total)  → 'no'
 * The strong-yes bar never sits below the threshold, so a kit with a 4.8
 * threshold cannot get "strong-yes" for a total that does not meet it.
 */
export function suggestDecision(
  weightedTotal: number | null,
  failedMinimums: number,
  offerThreshold: number | undefined,
  decisionOptions: DecisionOption[] | undefined,
): string | null {
  if (weightedTotal === null || offerThreshold === undefined) return null;
  const meets = atLeast(weightedTotal, offerThreshold);
  let id: string;
  if (failedMinimums === 0 && meets && atLeast(weightedTotal, Math.max(STRONG_YES_TOTAL, offerThreshold))) id = 'strong-yes';
  else if (failedMinimums === 0 && meets) id = 'yes';
  else if ((failedMinimums === 0 && atLeast(weightedTotal, offerThreshold - MAYBE_MARGIN)) || (failedMinimums === 1 && meets)) id = 'maybe';
  else id = 'no';
  return decisionOptions?.some((option) => option.id === id) ? id : null;
}

const isBelow = (score: number | null, minScore: number) => score !== null && !atLeast(score, minScore);

const countedScores = (input: ScoreInput) =>
  input.questionScores
    .filter((q) => !q.notAsked)
    .map((q) => usable(q.score))
    .filter((s): s is number => s !== null);

/**
 * A kit without a scoring matrix still scores: the total is the unweighted mean of the scored
 * questions, judged against the kit's threshold only when it gives one.
 */
function scoreWithoutMatrix(input: ScoreInput): ScoreSummary {
  const scores = countedScores(input);
  const total = mean(scores);
  return {
    basis: 'mean',
    scoredQuestions: scores.length,
    categories: [],
    assessed: [],
    notAssessed: [],
    assessedWeightPct: 0,
    weightedTotal: total,
    failedMinimums: [],
    meetsThreshold: total === null || input.offerThreshold === undefined ? null : atLeast(total, input.offerThreshold),
    suggestedDecisionId: suggestDecision(total, 0, input.offerThreshold, input.decisionOptions),
  };
}

export function scoreInterview(input: ScoreInput): ScoreSummary {
  if (input.categories.length === 0) return scoreWithoutMatrix(input);
  const categories: CategoryScore[] = input.categories.map((category) => {
    const questionScores = input.questionScores
      .filter((q) => q.categoryId === category.id && !q.notAsked)
      .map((q) => usable(q.score))
      .filter((s): s is number => s !== null);
    const rating = usable(input.categoryRatings?.[category.id]);
    const fromQuestions = mean(questionScores);
    const [score, source]: [number | null, CategoryScore['source']] =
      rating !== null ? [rating, 'rating'] : fromQuestions !== null ? [fromQuestions, 'questions'] : [null, 'none'];
    return {
      categoryId: category.id,
      name: category.name,
      weightPct: category.weightPct,
      minScore: category.minScore,
      score,
      source,
      scoredQuestions: questionScores.length,
      belowMinimum: isBelow(score, category.minScore),
    };
  });

  const scored = categories.filter((c): c is CategoryScore & { score: number } => c.score !== null);
  const weightedTotal = weightedTotalOf(scored);
  const failedMinimums = scored.filter((c) => c.belowMinimum).map((c) => c.categoryId);
  return {
    basis: 'matrix',
    scoredQuestions: countedScores(input).length,
    categories,
    assessed: scored.map((c) => c.categoryId),
    notAssessed: categories.filter((c) => c.score === null).map((c) => c.categoryId),
    assessedWeightPct: scored.reduce((sum, c) => sum + c.weightPct, 0),
    weightedTotal,
    failedMinimums,
    meetsThreshold: weightedTotal === null || input.offerThreshold === undefined ? null : atLeast(weightedTotal, input.offerThreshold),
    suggestedDecisionId: suggestDecision(weightedTotal, failedMinimums.length, input.offerThreshold, input.decisionOptions),
  };
}

/**
 * Build the input from a kit, an interview and its answers (questions looked up in the kit by id; answers for unknown questions ignored; notAsked and null scores ignored).
 * Question ids are unique across a kit, so the lookup spans every round; a
 * score on a question marked `scored: false` (logistics, the candidate's own
 * questions) is ignored too. A question with criteria counts with the weighted
 * mean of its criteria (criteria-scores.ts). All kit categories are listed, so
 * categories the round does not cover show as not assessed.
 */
export function scoreInputFor(
  kit: Kit,
  interview: Pick<Interview, 'roundId' | 'categoryRatings'>,
  answers: Pick<Answer, 'questionId' | 'score' | 'notAsked' | 'criteriaScores'>[],
): ScoreInput {
  const questions = new Map(kit.rounds.flatMap((r) => r.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const))));
  const questionScores: QuestionScore[] = [];
  for (const answer of answers) {
    const question = questions.get(answer.questionId);
    if (!question || !question.scored || answer.notAsked) continue;
    const { score } = questionResult(question, answer);
    if (score === null) continue;
    questionScores.push({ questionId: answer.questionId, categoryId: question.categoryId, score });
  }
  return {
    categories: kit.categories,
    offerThreshold: kit.offerThreshold,
    decisionOptions: kit.decisionOptions,
    questionScores,
    categoryRatings: { ...interview.categoryRatings },
  };
}

/** Display only: a score to 2 decimals without trailing zeros ("3.5", "3.67", "4"); "—" when there is none. */
export function formatScore(score: number | null | undefined): string {
  const value = usable(score);
  if (value === null) return '—';
  return String(Math.round(value * 100) / 100);
}
