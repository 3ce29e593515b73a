import type { Answer } from './interview/schema';
import type { Criterion, Question } from './kit/schema';

/**
 * A question's own score. A question with weighted criteria ("Service Design (20%)") is scored
 * 1-5 per criterion and its score is the weighted mean of the criteria scored so far (weights
 * re-normalised over them, so three of five criteria at 20% each weigh a third each). An answer
 * written before its question had criteria keeps its one score. Figures are never rounded here.
 */

export interface CriterionResult {
  criterionId: string;
  name: string;
  weightPct: number;
  score: number | null;
}

export interface QuestionResult {
  /** The question's score: the weighted mean of its scored criteria, else its one score; null when unscored or not asked. */
  score: number | null;
  /** Where the score came from. */
  source: 'criteria' | 'single' | 'none';
  /** Every criterion of the question in kit order, with its score (empty for a question scored as a whole). */
  criteria: CriterionResult[];
  scoredCriteria: number;
}

type ScoredAnswer = Pick<Answer, 'score' | 'notAsked' | 'criteriaScores'>;

const usable = (score: unknown): number | null => (typeof score === 'number' && Number.isFinite(score) ? score : null);

/** The weighted mean of the criteria that have a score; null when none has. */
export function criteriaMean(criteria: readonly Criterion[], scores: Readonly<Record<string, number>> | undefined): number | null {
  let weight = 0;
  let sum = 0;
  for (const criterion of criteria) {
    const score = usable(scores?.[criterion.id]);
    if (score === null) continue;
    weight += criterion.weightPct;
    sum += score * criterion.weightPct;
  }
  return weight > 0 ? sum / weight : null;
}

export function questionResult(question: Pick<Question, 'criteria'>, answer: ScoredAnswer | undefined): QuestionResult {
  const scores = answer?.criteriaScores;
  const criteria = question.criteria.map((c) => ({
    criterionId: c.id,
    name: c.name,
    weightPct: c.weightPct,
    score: usable(scores?.[c.id]),
  }));
  const scoredCriteria = criteria.filter((c) => c.score !== null).length;
  if (!answer || answer.notAsked) return { score: null, source: 'none', criteria, scoredCriteria };
  const mean = question.criteria.length ? criteriaMean(question.criteria, scores) : null;
  if (mean !== null) return { score: mean, source: 'criteria', criteria, scoredCriteria };
  const single = usable(answer.score);
  return single !== null
    ? { score: single, source: 'single', criteria, scoredCriteria }
    : { score: null, source: 'none', criteria, scoredCriteria };
}

/** The criteria scored 1 or 5: extreme claims that need an evidence note, like a question scored 1 or 5. */
export function extremeScores(question: Pick<Question, 'criteria'>, answer: ScoredAnswer | undefined): number[] {
  if (!answer || answer.notAsked) return [];
  const byCriterion = question.criteria.map((c) => usable(answer.criteriaScores?.[c.id]));
  // An answer from before the question had criteria keeps its one score, and its claim.
  const scores = byCriterion.some((s) => s !== null) ? byCriterion : [usable(answer.score)];
  return scores.filter((s): s is number => s === 1 || s === 5);
}
