import { describe, expect, it } from 'vitest';
import { scoreInputFor, scoreInterview } from '../../../utils/domain/scoring';
import { KitSchema, type KitInput } from '../../../utils/domain/kit/schema';
import { categories, decisionOptions } from './fixtures';

const kit = KitSchema.parse({
  schemaVersion: 2,
  id: 'backend',
  title: 'Backend engineer',
  version: 3,
  ratingScale: [
    { score: 1, label: 'Poor', description: 'far below the bar' },
    { score: 5, label: 'Excellent', description: 'far above the bar' },
  ],
  categories,
  offerThreshold: 3.5,
  decisionOptions,
  rounds: [
    {
      id: 'screen',
      title: 'Screen',
      sections: [
        {
          id: 'intro',
          title: 'Intro',
          questions: [
            { id: 'logistics', prompt: 'Notice period?', scored: false, categoryId: 'culture' },
            { id: 'orm', prompt: 'How do you spot N+1 queries?', categoryId: 'tech' },
            { id: 'explain', prompt: 'Explain a past outage', categoryId: 'comm' },
          ],
        },
      ],
    },
    {
      id: 'design',
      title: 'Design',
      sections: [{ id: 'sd', title: 'System design', questions: [{ id: 'cache', prompt: 'Design a cache', categoryId: 'tech' }] }],
    },
  ],
} satisfies KitInput);

describe('scoreInputFor', () => {
  it('looks questions up in the kit and keeps only real scores', () => {
    const input = scoreInputFor(kit, { roundId: 'screen', categoryRatings: { design: 4 } }, [
      { questionId: 'orm', score: 4, notAsked: false },
      { questionId: 'cache', score: 2, notAsked: false },
      { questionId: 'explain', score: 1, notAsked: true },
      { questionId: 'logistics', score: 1, notAsked: false },
      { questionId: 'deleted-question', score: 1, notAsked: false },
      { questionId: 'orm-followup', score: null, notAsked: false },
    ]);
    expect(input.questionScores).toEqual([
      { questionId: 'orm', categoryId: 'tech', score: 4 },
      { questionId: 'cache', categoryId: 'tech', score: 2 },
    ]);
    expect(input).toMatchObject({
      categories: kit.categories,
      offerThreshold: 3.5,
      decisionOptions: kit.decisionOptions,
      categoryRatings: { design: 4 },
    });
  });

  it('feeds scoreInterview end to end', () => {
    const summary = scoreInterview(
      scoreInputFor(kit, { roundId: 'screen', categoryRatings: { comm: 4 } }, [
        { questionId: 'orm', score: 5, notAsked: false },
        { questionId: 'cache', score: 4, notAsked: false },
        { questionId: 'explain', score: 1, notAsked: false },
      ]),
    );
    expect(summary.categories.map((c) => [c.categoryId, c.score, c.source])).toEqual([
      ['tech', 4.5, 'questions'],
      ['comm', 4, 'rating'],
      ['design', null, 'none'],
      ['culture', null, 'none'],
    ]);
    // (4.5 × 40 + 4 × 20) / 60
    expect(summary.weightedTotal).toBeCloseTo(260 / 60, 12);
    expect(summary.suggestedDecisionId).toBe('yes');
  });
});
