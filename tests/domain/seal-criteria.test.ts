import { describe, expect, it } from 'vitest';
import { AnswerSchema, InterviewSchema, type Answer } from '@/utils/domain/interview/schema';
import { canonicalJson, canonicalScorecard, computeSeal, sealStatus, sha256Hex } from '@/utils/domain/seal';

const interview = InterviewSchema.parse({
  id: 'i1',
  candidateId: 'c1',
  kitId: 'k',
  kitVersion: 1,
  roundId: 'r',
  interviewer: 'Sam',
  platform: 'meet',
  createdAt: 1,
  updatedAt: 2,
  decisionId: 'yes',
  decisionReason: 'ok',
});
const answer = (extra: Partial<Answer> = {}) =>
  AnswerSchema.parse({ id: 'i1:q1', interviewId: 'i1', questionId: 'q1', score: 4, notes: 'n', updatedAt: 5, ...extra });

/** The text seals were computed over before answers could carry criteria scores. */
function canonicalBeforeCriteria(a: Answer): string {
  const fields = ['id', 'candidateId', 'kitId', 'kitVersion', 'roundId', 'interviewer', 'platform', 'meetingCode', 'meetingUrl'] as const;
  const more = ['createdAt', 'startedAt', 'finishedAt', 'timerEvents', 'categoryRatings', 'flags', 'decisionId', 'decisionReason'] as const;
  const sealed = Object.fromEntries(
    [...fields, ...more, 'overallNotes', 'submittedAt'].map((k) => [k, interview[k as keyof typeof interview]]),
  );
  const { questionId, score, notAsked, pointsTicked, notes } = a;
  return canonicalJson({ interview: sealed, answers: [{ questionId, score, notAsked, pointsTicked, notes }] });
}

describe('the seal with criteria scores', () => {
  it('covers an answer without criteria exactly as before, so every existing seal still verifies', async () => {
    const old = answer();
    expect(canonicalScorecard(interview, [old])).toBe(canonicalBeforeCriteria(old));
    // A restored or re-parsed answer may carry an empty record: still the same text.
    expect(canonicalScorecard(interview, [answer({ criteriaScores: {} })])).toBe(canonicalBeforeCriteria(old));
    const sealed = { ...interview, seal: await sha256Hex(canonicalBeforeCriteria(old)) };
    expect(await sealStatus({ interview: sealed, answers: [answer({ criteriaScores: {} })] })).toBe('intact');
  });

  it('covers criteria scores when there are some: changing one breaks the seal', async () => {
    const scored = answer({ score: null, criteriaScores: { speed: 4, depth: 3 } });
    const sealed = { ...interview, seal: await computeSeal(interview, [scored]) };
    expect(await sealStatus({ interview: sealed, answers: [scored] })).toBe('intact');
    expect(await sealStatus({ interview: sealed, answers: [{ ...scored, criteriaScores: { speed: 4, depth: 4 } }] })).toBe('tampered');
    expect(await sealStatus({ interview: sealed, answers: [{ ...scored, criteriaScores: undefined }] })).toBe('tampered');
  });
});
