// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ScorecardSummary } from '@/components/common/ScorecardSummary';
import { KitSchema, type KitInput } from '@/utils/domain/kit/schema';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';

afterEach(cleanup);

const kitInput: KitInput = {
  schemaVersion: 2,
  id: 'plain',
  title: 'Plain kit',
  version: 1,
  ratingScale: [
    { score: 1, label: 'Low', description: 'low' },
    { score: 2, label: 'Some', description: 'some' },
    { score: 3, label: 'Fair', description: 'fair' },
    { score: 4, label: 'High', description: 'high' },
  ],
  decisionOptions: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
  rounds: [
    {
      id: 'r',
      title: 'Chat',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'a', prompt: 'A?' },
            { id: 'b', prompt: 'B?' },
            { id: 'c', prompt: 'C?' },
          ],
        },
      ],
    },
  ],
};

function show(input: KitInput, scores: Record<string, number>) {
  const kit = KitSchema.parse(input);
  const answers = Object.entries(scores).map(([questionId, score]) => ({ questionId, score, notAsked: false }));
  const score = scoreInterview(scoreInputFor(kit, { roundId: 'r', categoryRatings: {} }, answers));
  render(<ScorecardSummary kit={kit} round={kit.rounds[0]!} score={score} />);
}

describe('a scorecard whose kit has no scoring matrix', () => {
  it('still scores, and says plainly that it is the unweighted mean on the kit’s scale', () => {
    show(kitInput, { a: 3, b: 4 });
    expect(screen.getByText(/^Mean of 2 scored questions:/)).toHaveTextContent('Mean of 2 scored questions: 3.5 on the kit’s 1–4 scale.');
    expect(screen.getByText('This kit has no scoring matrix, so every scored question counts the same.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Category scores' })).toBeNull();
    // No threshold in the kit: no verdict and no suggestion.
    expect(screen.queryByText(/threshold/)).toBeNull();
    expect(screen.queryByText(/^Suggests/)).toBeNull();
  });

  it('judges the mean against a threshold only when the kit gives one, and explains the suggestion', () => {
    show({ ...kitInput, offerThreshold: 3 }, { a: 2, b: 3, c: 2 });
    expect(screen.getByText('It is below the kit’s threshold of 3.')).toBeInTheDocument();
    expect(screen.getByText('Suggests No: mean 2.33 is below 3.')).toBeInTheDocument();
  });
});

describe('a scorecard whose kit has a matrix but no threshold', () => {
  it('gives the weighted total without a verdict', () => {
    show(
      {
        ...kitInput,
        categories: [{ id: 'k', name: 'Knowledge', weightPct: 100, minScore: 2 }],
        rounds: [
          {
            ...kitInput.rounds[0]!,
            categoryIds: ['k'],
            sections: [{ id: 's', title: 'S', questions: [{ id: 'a', prompt: 'A?', categoryId: 'k' }] }],
          },
        ],
      },
      { a: 3 },
    );
    expect(screen.getByText(/^Weighted total/)).toHaveTextContent('Weighted total 3. The kit sets no threshold.');
  });
});
