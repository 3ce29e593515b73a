import { describe, expect, it } from 'vitest';
import { formatScore, scoreInterview, suggestDecision, type ScoreInput } from '../../../utils/domain/scoring';
import type { Category } from '../../../utils/domain/kit/schema';
import { categories, decisionOptions, q } from './fixtures';

const input = (over: Partial<ScoreInput>): ScoreInput => ({
  categories,
  offerThreshold: 3.5,
  decisionOptions,
  questionScores: [],
  ...over,
});

describe('scoreInterview', () => {
  it('reports nothing scored as no total, no threshold verdict and no suggestion', () => {
    const summary = scoreInterview(input({ questionScores: q('tech', null, null) }));
    expect(summary).toMatchObject({
      assessed: [],
      notAssessed: ['tech', 'comm', 'design', 'culture'],
      assessedWeightPct: 0,
      weightedTotal: null,
      failedMinimums: [],
      meetsThreshold: null,
      suggestedDecisionId: null,
    });
    expect(summary.categories.map((c) => [c.categoryId, c.score, c.source])).toEqual([
      ['tech', null, 'none'],
      ['comm', null, 'none'],
      ['design', null, 'none'],
      ['culture', null, 'none'],
    ]);
  });

  it('re-normalises the weights over the only category assessed', () => {
    const summary = scoreInterview(input({ questionScores: q('tech', 4, 5) }));
    expect(summary.categories[0]).toMatchObject({ score: 4.5, source: 'questions', scoredQuestions: 2, belowMinimum: false });
    expect(summary).toMatchObject({ assessed: ['tech'], assessedWeightPct: 40, weightedTotal: 4.5, meetsThreshold: true });
    expect(summary.notAssessed).toEqual(['comm', 'design', 'culture']);
    expect(summary.suggestedDecisionId).toBe('strong-yes');
  });

  it('weighs every assessed category by its share of the assessed weight', () => {
    const summary = scoreInterview(input({ questionScores: [...q('tech', 5), ...q('comm', 2)] }));
    // (5 × 40 + 2 × 20) / 60
    expect(summary.weightedTotal).toBe(4);
    expect(summary.assessedWeightPct).toBe(60);
  });

  it('meets a 3.5 threshold with a total of exactly 3.5', () => {
    const summary = scoreInterview(input({ questionScores: [...q('tech', 3, 4), ...q('design', 4, 3)] }));
    expect(summary.weightedTotal).toBe(3.5);
    expect(summary.meetsThreshold).toBe(true);
    expect(summary.suggestedDecisionId).toBe('yes');
  });

  it('meets a 3.5 threshold when the weighted sum lands a hair below 3.5 in floating point', () => {
    const lenient: Category[] = categories.map((c) => ({ ...c, minScore: 1 }));
    // 11/3 × 40 + 1 × 20 + 5 × 30 + 10/3 × 10 is exactly 350, but sums to 3.4999999999999996 in doubles.
    const summary = scoreInterview(
      input({ categories: lenient, questionScores: [...q('tech', 3, 4, 4), ...q('comm', 1), ...q('design', 5), ...q('culture', 3, 3, 4)] }),
    );
    expect(summary.weightedTotal).toBeLessThan(3.5); // the noise this test is about
    expect(summary.weightedTotal).toBeCloseTo(3.5, 12);
    expect(summary.meetsThreshold).toBe(true);
    expect(summary.suggestedDecisionId).toBe('yes');
  });

  it('never rounds before comparing: 3.496 does not meet 3.5 even though it displays as 3.5', () => {
    const twoCategories: Category[] = [
      { id: 'a', name: 'A', weightPct: 99.2, minScore: 1, notes: '' },
      { id: 'b', name: 'B', weightPct: 0.8, minScore: 1, notes: '' },
    ];
    const summary = scoreInterview(input({ categories: twoCategories, questionScores: [...q('a', 3, 4), ...q('b', 3)] }));
    expect(summary.weightedTotal).toBeCloseTo(3.496, 12);
    expect(summary.meetsThreshold).toBe(false);
    expect(summary.suggestedDecisionId).toBe('maybe');
    expect(formatScore(summary.weightedTotal)).toBe('3.5');
  });

  it('keeps a category mean unrounded (3.333…, not 3.33)', () => {
    const summary = scoreInterview(input({ questionScores: q('tech', 3, 3, 4) }));
    expect(summary.categories[0]!.score).toBe(10 / 3);
  });

  it('flags a category below its minimum even when the total is high', () => {
    const summary = scoreInterview(input({ questionScores: [...q('tech', 5), ...q('comm', 1), ...q('design', 5), ...q('culture', 5)] }));
    expect(summary.weightedTotal).toBeCloseTo(4.2, 12);
    expect(summary.meetsThreshold).toBe(true);
    expect(summary.failedMinimums).toEqual(['comm']);
    expect(summary.categories[1]).toMatchObject({ belowMinimum: true, score: 1 });
    expect(summary.suggestedDecisionId).toBe('maybe');
  });

  it('suggests no with two failed minimums, whatever the total', () => {
    const summary = scoreInterview(input({ questionScores: [...q('tech', 2), ...q('comm', 1), ...q('design', 5, 5), ...q('culture', 5)] }));
    expect(summary.failedMinimums).toEqual(['tech', 'comm']);
    expect(summary.suggestedDecisionId).toBe('no');
  });

  it('counts a score equal to the minimum as meeting it', () => {
    const summary = scoreInterview(input({ questionScores: q('tech', 3) }));
    expect(summary.categories[0]!.belowMinimum).toBe(false);
    expect(summary.failedMinimums).toEqual([]);
  });

  it('lets an explicit rating override the mean of the questions', () => {
    const summary = scoreInterview(input({ questionScores: q('tech', 2, 2), categoryRatings: { tech: 4 } }));
    expect(summary.categories[0]).toMatchObject({ score: 4, source: 'rating', scoredQuestions: 2, belowMinimum: false });
    expect(summary.failedMinimums).toEqual([]);
  });

  it('falls back to the questions when the rating is cleared', () => {
    const summary = scoreInterview(input({ questionScores: q('tech', 2, 2), categoryRatings: { tech: null, comm: undefined } }));
    expect(summary.categories[0]).toMatchObject({ score: 2, source: 'questions', belowMinimum: true });
  });

  it('scores a category from a rating alone, with no questions', () => {
    const summary = scoreInterview(input({ categoryRatings: { culture: 5 } }));
    expect(summary.categories[3]).toMatchObject({ score: 5, source: 'rating', scoredQuestions: 0 });
    expect(summary.assessed).toEqual(['culture']);
  });

  it('ignores questions marked not asked, whatever their score', () => {
    const summary = scoreInterview(
      input({ questionScores: [...q('tech', 4), { questionId: 'skipped', categoryId: 'tech', score: 1, notAsked: true }] }),
    );
    expect(summary.categories[0]).toMatchObject({ score: 4, scoredQuestions: 1 });
  });

  it('ignores questions that feed no category or an unknown one', () => {
    const summary = scoreInterview(input({ questionScores: [{ questionId: 'x', score: 1 }, ...q('nope', 1)] }));
    expect(summary.weightedTotal).toBeNull();
  });

  it('falls back to the plain mean when every assessed category weighs nothing', () => {
    const weightless = categories.map((c) => ({ ...c, weightPct: 0 }));
    const summary = scoreInterview(input({ categories: weightless, questionScores: [...q('tech', 5), ...q('comm', 3)] }));
    expect(summary.weightedTotal).toBe(4);
  });

  it('suggests only decisions the kit offers', () => {
    const scores = q('tech', 5);
    expect(scoreInterview(input({ questionScores: scores })).suggestedDecisionId).toBe('strong-yes');
    const noStrong = decisionOptions.filter((o) => o.id !== 'strong-yes');
    expect(scoreInterview(input({ questionScores: scores, decisionOptions: noStrong })).suggestedDecisionId).toBeNull();
    expect(scoreInterview(input({ questionScores: scores, decisionOptions: undefined })).suggestedDecisionId).toBeNull();
  });
});

describe('suggestDecision', () => {
  const suggest = (total: number | null, failed = 0, threshold = 3.5) => suggestDecision(total, failed, threshold, decisionOptions);

  it('follows the documented ladder', () => {
    expect(suggest(null)).toBeNull();
    expect(suggest(5)).toBe('strong-yes');
    expect(suggest(4.5)).toBe('strong-yes');
    expect(suggest(4.49)).toBe('yes');
    expect(suggest(3.5)).toBe('yes');
    expect(suggest(3.49)).toBe('maybe');
    expect(suggest(3)).toBe('maybe');
    expect(suggest(2.99)).toBe('no');
    expect(suggest(1)).toBe('no');
  });

  it('allows at most one failed minimum for a maybe, and only at the threshold', () => {
    expect(suggest(4.8, 1)).toBe('maybe');
    expect(suggest(3.5, 1)).toBe('maybe');
    expect(suggest(3.4, 1)).toBe('no');
    expect(suggest(4.8, 2)).toBe('no');
  });

  it('never suggests strong-yes below a threshold set above 4.5', () => {
    expect(suggest(4.6, 0, 4.8)).toBe('maybe');
    expect(suggest(4.8, 0, 4.8)).toBe('strong-yes');
  });
});

describe('formatScore', () => {
  it('shows at most two decimals, for display only', () => {
    expect(formatScore(10 / 3)).toBe('3.33');
    expect(formatScore(3.5)).toBe('3.5');
    expect(formatScore(4)).toBe('4');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });
});
