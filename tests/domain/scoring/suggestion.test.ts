import { describe, expect, it } from 'vitest';
import { scoreInterview, type ScoreInput } from '../../../utils/domain/scoring';
import { againstScores, explainSuggestion, leaningOf } from '../../../utils/domain/suggestion';
import type { Category, DecisionOption } from '../../../utils/domain/kit/schema';
import { categories, decisionOptions, q } from './fixtures';

/** The guide's matrix, trimmed to the three categories the examples use. */
const matrix: Category[] = [
  { id: 'django', name: 'Django Expertise', weightPct: 50, minScore: 4, notes: '' },
  { id: 'design', name: 'System Design', weightPct: 30, minScore: 3, notes: '' },
  { id: 'comms', name: 'Communication', weightPct: 20, minScore: 4, notes: '' },
];
const explain = (over: Partial<ScoreInput>) => {
  const input: ScoreInput = { categories: matrix, offerThreshold: 3.5, decisionOptions, questionScores: [], ...over };
  return explainSuggestion(scoreInterview(input), input.offerThreshold);
};

describe('the explained suggestion', () => {
  it('names each failed minimum and how the total stands against the threshold', () => {
    // Django (4 + 4 + 3.86) / 3 ≈ 3.95; total (3.95 × 50 + 3 × 30 + 3 × 20) / 100 ≈ 3.48.
    const explained = explain({ questionScores: [...q('django', 4, 4, 3.86), ...q('design', 3), ...q('comms', 3)] });
    expect(explained?.decisionId).toBe('no');
    expect(explained?.reasons).toEqual([
      { kind: 'below-minimum', categoryId: 'django', name: 'Django Expertise', score: expect.closeTo(3.953, 3), minScore: 4 },
      { kind: 'below-minimum', categoryId: 'comms', name: 'Communication', score: 3, minScore: 4 },
      { kind: 'total', relation: 'below', total: expect.closeTo(3.477, 3), bar: 3.5, basis: 'matrix' },
    ]);
  });

  it('says no minimum failed and the total reaches the strong-yes bar for a Strong Yes', () => {
    expect(explain({ questionScores: [...q('django', 5), ...q('design', 4), ...q('comms', 5)] })).toEqual({
      decisionId: 'strong-yes',
      reasons: [{ kind: 'no-minimum-failed' }, { kind: 'total', relation: 'strong', total: 4.7, bar: 4.5, basis: 'matrix' }],
    });
  });

  it('explains a Maybe: one failed minimum with a total that meets, or a clean card just under', () => {
    expect(explain({ questionScores: [...q('django', 5), ...q('design', 5), ...q('comms', 3)] })?.reasons).toEqual([
      { kind: 'below-minimum', categoryId: 'comms', name: 'Communication', score: 3, minScore: 4 },
      { kind: 'total', relation: 'meets', total: 4.6, bar: 3.5, basis: 'matrix' },
    ]);
    const lenient = matrix.map((c) => ({ ...c, minScore: 1 }));
    expect(explain({ categories: lenient, questionScores: [...q('django', 3), ...q('design', 3), ...q('comms', 3)] })).toEqual({
      decisionId: 'maybe',
      reasons: [{ kind: 'no-minimum-failed' }, { kind: 'total', relation: 'near', total: 3, bar: 3.5, basis: 'matrix' }],
    });
  });

  it('explains a kit without a matrix by its mean alone', () => {
    expect(explain({ categories: [], questionScores: q('', 3, 4) })).toEqual({
      decisionId: 'yes',
      reasons: [{ kind: 'total', relation: 'meets', total: 3.5, bar: 3.5, basis: 'mean' }],
    });
  });

  it('has nothing to explain without a threshold or without scores', () => {
    expect(explain({ offerThreshold: undefined, questionScores: q('django', 5) })).toBeNull();
    expect(explain({ questionScores: [] })).toBeNull();
  });

  it('always explains the decision it suggests, for any scores', () => {
    for (let seed = 0; seed < 300; seed++) {
      const pick = (n: number) => ((seed * 7919 + n * 104729) % 5) + 1;
      const scores = [...q('tech', pick(1)), ...q('comm', pick(2)), ...q('design', pick(3)), ...q('culture', pick(4))];
      const input: ScoreInput = { categories, offerThreshold: 3.5, decisionOptions, questionScores: scores };
      const summary = scoreInterview(input);
      const explained = explainSuggestion(summary, 3.5)!;
      const failed = explained.reasons.filter((r) => r.kind === 'below-minimum').length;
      const total = explained.reasons.find((r) => r.kind === 'total')!;
      expect([explained.decisionId, failed]).toEqual([summary.suggestedDecisionId, summary.failedMinimums.length]);
      if (total.kind === 'total' && total.relation === 'strong') expect(explained.decisionId).toBe('strong-yes');
    }
  });
});

describe('a decision against the scores', () => {
  const guide: DecisionOption[] = [
    { id: 'strong-yes', label: 'Strong Yes', meaning: '', nextStep: 'offer' },
    { id: 'yes', label: 'Yes', meaning: '', nextStep: 'reference-checks' },
    { id: 'maybe', label: 'Maybe', meaning: '', nextStep: 'more-interviews' },
    { id: 'no', label: 'No', meaning: '', nextStep: 'reject' },
  ];

  it('leans another way than the suggestion: a hire over a No or a Maybe, a No over a Yes', () => {
    expect(againstScores('strong-yes', 'no', guide)).toBe(true);
    expect(againstScores('yes', 'maybe', guide)).toBe(true);
    expect(againstScores('no', 'yes', guide)).toBe(true);
    expect(againstScores('maybe', 'no', guide)).toBe(true);
  });

  it('does not within one leaning, or without a suggestion', () => {
    expect(againstScores('strong-yes', 'yes', guide)).toBe(false);
    expect(againstScores('no', 'no', guide)).toBe(false);
    expect(againstScores('no', null, guide)).toBe(false);
    expect(againstScores(undefined, 'no', guide)).toBe(false);
  });

  it('reads the leaning from the next step, else from the usual ids', () => {
    expect(guide.map(leaningOf)).toEqual(['hire', 'hire', 'undecided', 'no-hire']);
    expect(decisionOptions.map(leaningOf)).toEqual(['hire', 'hire', 'undecided', 'no-hire']);
    expect(leaningOf({ id: 'park', nextStep: 'none' })).toBeNull();
    expect(againstScores('park', 'no', [...guide, { id: 'park', label: 'Park', meaning: '', nextStep: 'none' }])).toBe(false);
  });
});
