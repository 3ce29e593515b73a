import { describe, expect, it } from 'vitest';
import { combineScores, type DebriefColumnScores } from '../../../utils/domain/debrief/combine';
import { categories, decisionOptions } from '../scoring/fixtures';

// Three interviewers: Bob and Cara disagree on technical depth, Cara did not
// score communication, and nobody covered collaboration.
const cards: DebriefColumnScores[] = [
  { interviewer: 'Alice', roundId: 'r1', categoryScores: { tech: 4, comm: 3, design: 4 }, weightedTotal: 3.8, decisionId: 'yes' },
  { interviewer: 'Bob', roundId: 'r2', categoryScores: { tech: 2, comm: 4, design: 4, culture: null }, decisionId: 'maybe' },
  { interviewer: 'Cara', roundId: 'r3', categoryScores: { tech: 5, design: 2 }, decisionId: 'yes', decisionReason: 'strong coding' },
];

describe('combineScores', () => {
  const combined = combineScores(categories, 3.5, cards, decisionOptions);
  const byId = (id: string) => combined.categories.find((c) => c.categoryId === id)!;

  it('lists every kit category in kit order with each interviewer’s score', () => {
    expect(combined.categories.map((c) => c.categoryId)).toEqual(['tech', 'comm', 'design', 'culture']);
    expect(byId('comm').scores).toEqual([
      { interviewer: 'Alice', score: 3 },
      { interviewer: 'Bob', score: 4 },
      { interviewer: 'Cara', score: null },
    ]);
  });

  it('reports mean, range and a disagreement of two points or more', () => {
    expect(byId('tech')).toMatchObject({ min: 2, max: 5, spread: 3, disagreement: true });
    expect(byId('tech').mean).toBeCloseTo(11 / 3, 12);
    expect(byId('design')).toMatchObject({ mean: 10 / 3, spread: 2, disagreement: true }); // exactly 2 counts
    expect(byId('comm')).toMatchObject({ mean: 3.5, min: 3, max: 4, spread: 1, disagreement: false });
  });

  it('leaves a category nobody scored out of the mean and the total', () => {
    expect(byId('culture')).toMatchObject({ mean: null, min: null, max: null, spread: null, disagreement: false, belowMinimum: false });
    // comm's mean comes from the two interviewers who scored it, not from three.
    expect(byId('comm').mean).toBe(3.5);
    // (11/3 × 40 + 3.5 × 20 + 10/3 × 30) / 90, re-derived from category means, not from the cards' totals.
    expect(combined.weightedTotal).toBeCloseTo((440 / 3 + 70 + 100) / 90, 12);
  });

  it('judges the threshold and minimums on the debrief means', () => {
    // ≈ 3.52, just over the threshold, with every debrief mean at or above its minimum.
    expect(combined.weightedTotal!).toBeGreaterThan(3.5);
    expect(combined.meetsThreshold).toBe(true);
    expect(combined.failedMinimums).toEqual([]);
    expect(combined.suggestedDecisionId).toBe('yes');
  });

  it('counts the decisions cast', () => {
    expect(combined.votes).toEqual({ yes: 2, maybe: 1 });
  });

  it('fails a minimum when the debrief mean is below it', () => {
    const low = combineScores(
      categories,
      3.5,
      [
        { interviewer: 'Alice', categoryScores: { tech: 2, design: 5 } },
        { interviewer: 'Bob', categoryScores: { tech: 3, design: 5 } },
      ],
      decisionOptions,
    );
    expect(low.categories[0]).toMatchObject({ mean: 2.5, belowMinimum: true });
    expect(low.failedMinimums).toEqual(['tech']);
    // (2.5 × 40 + 5 × 30) / 70 ≈ 3.57: meets the threshold with one failed minimum.
    expect(low.meetsThreshold).toBe(true);
    expect(low.suggestedDecisionId).toBe('maybe');
  });

  it('has no total, verdict or suggestion without cards', () => {
    const empty = combineScores(categories, 3.5, [], decisionOptions);
    expect(empty).toMatchObject({ weightedTotal: null, meetsThreshold: null, failedMinimums: [], votes: {}, suggestedDecisionId: null });
    expect(empty.categories.every((c) => c.scores.length === 0 && c.mean === null)).toBe(true);
  });
});
