import { describe, expect, it } from 'vitest';
import { criteriaMean, extremeScores, questionResult } from '../../../utils/domain/criteria-scores';
import { scoreInputFor, scoreInterview } from '../../../utils/domain/scoring';
import { KitSchema, type Criterion } from '../../../utils/domain/kit/schema';

const criterion = (id: string, weightPct: number): Criterion => ({ id, name: id.toUpperCase(), weightPct, points: [], anchors: [] });
const design = [
  criterion('service', 20),
  criterion('data', 20),
  criterion('comms', 20),
  criterion('scale', 20),
  criterion('reliability', 20),
];
const uneven = [criterion('depth', 50), criterion('breadth', 30), criterion('care', 20)];
const answer = (over: { score?: number | null; criteriaScores?: Record<string, number>; notAsked?: boolean } = {}) => ({
  score: null,
  notAsked: false,
  ...over,
});

describe('a question scored by weighted criteria', () => {
  it('scores the weighted mean of its criteria', () => {
    expect(criteriaMean(design, { service: 4, data: 3, comms: 3, scale: 4, reliability: 3 })).toBeCloseTo(3.4, 12);
    // (5 × 50 + 2 × 30 + 3 × 20) / 100
    expect(criteriaMean(uneven, { depth: 5, breadth: 2, care: 3 })).toBeCloseTo(3.7, 12);
  });

  it('re-normalises the weights over the criteria scored so far, and is unscored with none', () => {
    // (5 × 50 + 2 × 30) / 80
    expect(criteriaMean(uneven, { depth: 5, breadth: 2 })).toBeCloseTo(3.875, 12);
    expect(criteriaMean(uneven, {})).toBeNull();
    expect(criteriaMean(uneven, undefined)).toBeNull();
    expect(criteriaMean(uneven, { unknown: 5 })).toBeNull();
  });

  it('says where the score came from: criteria, the one score of an older answer, or none', () => {
    const q = { criteria: uneven };
    expect(questionResult(q, answer({ criteriaScores: { depth: 4, care: 2 } }))).toMatchObject({
      source: 'criteria',
      scoredCriteria: 2,
      criteria: [
        { criterionId: 'depth', score: 4, weightPct: 50 },
        { criterionId: 'breadth', score: null },
        { criterionId: 'care', score: 2 },
      ],
    });
    expect(questionResult(q, answer({ criteriaScores: { depth: 4, care: 2 } })).score).toBeCloseTo(24 / 7, 12);
    // Written before the question had criteria: its one score stands until a criterion is scored.
    expect(questionResult(q, answer({ score: 2 }))).toMatchObject({ score: 2, source: 'single' });
    expect(questionResult(q, answer({ score: 2, criteriaScores: { care: 5 } }))).toMatchObject({ score: 5, source: 'criteria' });
    expect(questionResult(q, answer({ criteriaScores: { depth: 4 }, notAsked: true }))).toMatchObject({ score: null, source: 'none' });
    expect(questionResult({ criteria: [] }, answer({ score: 3 }))).toMatchObject({ score: 3, source: 'single', criteria: [] });
    expect(questionResult(q, undefined)).toMatchObject({ score: null, source: 'none' });
  });

  it('treats a criterion scored 1 or 5 as the claim a question scored so makes', () => {
    expect(extremeScores({ criteria: uneven }, answer({ criteriaScores: { depth: 5, breadth: 3, care: 1 } }))).toEqual([5, 1]);
    expect(extremeScores({ criteria: uneven }, answer({ score: 5 }))).toEqual([5]);
    expect(extremeScores({ criteria: [] }, answer({ score: 4 }))).toEqual([]);
    expect(extremeScores({ criteria: uneven }, answer({ criteriaScores: { depth: 5 }, notAsked: true }))).toEqual([]);
  });

  it('feeds its category like any question: the category mean takes the weighted criteria', () => {
    const kit = KitSchema.parse({
      schemaVersion: 2,
      id: 'k',
      title: 'K',
      version: 1,
      ratingScale: [
        { score: 1, label: 'Low', description: 'low' },
        { score: 5, label: 'High', description: 'high' },
      ],
      categories: [{ id: 'design', name: 'Design', weightPct: 100, minScore: 3 }],
      decisionOptions: [{ id: 'yes', label: 'Yes' }],
      rounds: [
        {
          id: 'r',
          title: 'R',
          categoryIds: ['design'],
          sections: [
            {
              id: 's',
              title: 'S',
              questions: [
                { id: 'challenge', prompt: 'Design it', categoryId: 'design', criteria: uneven },
                { id: 'plain', prompt: 'Explain it', categoryId: 'design' },
              ],
            },
          ],
        },
      ],
    });
    const summary = scoreInterview(
      scoreInputFor(kit, { roundId: 'r', categoryRatings: {} }, [
        { questionId: 'challenge', score: null, notAsked: false, criteriaScores: { depth: 5, breadth: 2, care: 3 } },
        { questionId: 'plain', score: 4, notAsked: false },
      ]),
    );
    // (3.7 + 4) / 2
    expect(summary.categories[0]!.score).toBeCloseTo(3.85, 12);
    expect(summary.scoredQuestions).toBe(2);
  });
});
