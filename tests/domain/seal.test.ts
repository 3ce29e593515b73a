import { describe, expect, it } from 'vitest';
import { AnswerSchema, InterviewSchema } from '@/utils/domain/interview/schema';
import { canonicalJson, canonicalScorecard, computeSeal, sealStatus, sha256Hex } from '@/utils/domain/seal';

const interview = InterviewSchema.parse({
  id: 'i1',
  candidateId: 'c1',
  kitId: 'k',
  kitVersion: 1,
  roundId: 'r',
  interviewer: 'Sam',
  platform: 'zoom',
  createdAt: 1,
  updatedAt: 2,
  decisionId: 'yes',
  decisionReason: 'ok',
  categoryRatings: { b: 2, a: 4 },
});
const answer = (questionId: string, score: number) =>
  AnswerSchema.parse({ id: `i1:${questionId}`, interviewId: 'i1', questionId, score, updatedAt: 5 });

describe('canonical JSON and the seal', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: undefined } })).toBe('{"a":{"d":[3,{"z":1}]},"b":1}');
  });

  it('hashes with SHA-256 (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('does not depend on answer order, key order or bookkeeping fields', async () => {
    const seal = await computeSeal(interview, [answer('q2', 3), answer('q1', 4)]);
    const reordered = { ...interview, categoryRatings: { a: 4, b: 2 } };
    expect(await computeSeal(reordered, [answer('q1', 4), answer('q2', 3)])).toBe(seal);
    const bookkeeping = { ...interview, updatedAt: 99, reminderDismissed: true, status: 'submitted' as const };
    expect(await computeSeal(bookkeeping, [{ ...answer('q1', 4), updatedAt: 77 }, answer('q2', 3)])).toBe(seal);
    const parsed = JSON.parse(canonicalScorecard(interview, [answer('q2', 3), answer('q1', 4)]));
    expect(parsed.answers.map((a: { questionId: string }) => a.questionId)).toEqual(['q1', 'q2']);
    expect(parsed.interview.updatedAt).toBeUndefined();
  });

  it('changes when anything the interviewer judged changes', async () => {
    const seal = await computeSeal(interview, [answer('q1', 4)]);
    expect(await computeSeal(interview, [answer('q1', 5)])).not.toBe(seal);
    expect(await computeSeal({ ...interview, decisionReason: 'ok.' }, [answer('q1', 4)])).not.toBe(seal);
    expect(
      await computeSeal({ ...interview, flags: [{ id: 'f', kind: 'red', text: 'x', roundElapsedMs: 1, raisedAt: 1 }] }, [answer('q1', 4)]),
    ).not.toBe(seal);
    expect(await computeSeal(interview, [answer('q1', 4), answer('q9', 1)])).not.toBe(seal);
  });

  it('reports unsealed, intact and tampered', async () => {
    const answers = [answer('q1', 4)];
    expect(await sealStatus({ interview, answers })).toBe('unsealed');
    const sealed = { ...interview, seal: await computeSeal(interview, answers) };
    expect(await sealStatus({ interview: sealed, answers })).toBe('intact');
    expect(await sealStatus({ interview: sealed, answers: [answer('q1', 2)] })).toBe('tampered');
  });
});
