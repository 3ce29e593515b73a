import { describe, expect, it } from 'vitest';
import { scoreInterview, type ScoreInput } from '../../../utils/domain/scoring';
import { decisionOptions, q } from './fixtures';

const input = (over: Partial<ScoreInput>): ScoreInput => ({ categories: [], decisionOptions, questionScores: [], ...over });

describe('a kit without a scoring matrix', () => {
  it('still scores: the total is the unweighted mean of the scored questions', () => {
    const summary = scoreInterview(input({ questionScores: [...q('', 4, 3, null), { questionId: 'x', score: 5, notAsked: true }] }));
    expect(summary).toMatchObject({ basis: 'mean', scoredQuestions: 2, weightedTotal: 3.5, categories: [], failedMinimums: [] });
  });

  it('gives no verdict and no suggestion when the kit sets no threshold', () => {
    const summary = scoreInterview(input({ questionScores: q('', 5, 5) }));
    expect(summary).toMatchObject({ weightedTotal: 5, meetsThreshold: null, suggestedDecisionId: null });
  });

  it('judges the mean against a threshold the kit gives', () => {
    expect(scoreInterview(input({ offerThreshold: 3.5, questionScores: q('', 3, 4) }))).toMatchObject({
      meetsThreshold: true,
      suggestedDecisionId: 'yes',
    });
    expect(scoreInterview(input({ offerThreshold: 3.5, questionScores: q('', 2, 2) }))).toMatchObject({
      meetsThreshold: false,
      suggestedDecisionId: 'no',
    });
  });

  it('has no total when nothing is scored', () => {
    expect(scoreInterview(input({ offerThreshold: 3.5, questionScores: q('', null) }))).toMatchObject({
      weightedTotal: null,
      scoredQuestions: 0,
      meetsThreshold: null,
      suggestedDecisionId: null,
    });
  });
});

describe('a kit with a scoring matrix', () => {
  it('says so, and counts the scored questions too', () => {
    const summary = scoreInterview({
      categories: [{ id: 'a', name: 'A', weightPct: 100, minScore: 1, notes: '' }],
      questionScores: q('a', 2, 4),
      decisionOptions,
    });
    expect(summary).toMatchObject({ basis: 'matrix', scoredQuestions: 2, weightedTotal: 3 });
  });
});
