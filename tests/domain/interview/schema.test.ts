import { describe, expect, it } from 'vitest';
import {
  AnswerSchema,
  CandidateSchema,
  FlagSchema,
  InterviewSchema,
  LATEST_MOMENT_MS,
  ReopeningSchema,
  TimerEventSchema,
} from '@/utils/domain/interview/schema';
import { describeIssues } from '@/utils/domain/issues';

const NOW = Date.UTC(2026, 10, 25, 9, 56);
const interview = {
  id: 'i1',
  candidateId: 'c1',
  kitId: 'k',
  kitVersion: 1,
  roundId: 'r',
  interviewer: 'Sam',
  platform: 'meet',
  createdAt: NOW,
  updatedAt: NOW,
};

/** The message a schema gives for `value`, or null when it accepts it. */
function refusal(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : describeIssues(result.error as never);
}

describe('every stored moment is a real date', () => {
  const OUT_OF_RANGE = [1e300, -1, LATEST_MOMENT_MS + 1, Number.POSITIVE_INFINITY, Number.NaN];

  it.each([
    ['createdAt', (at: number) => ({ ...interview, createdAt: at })],
    ['startedAt', (at: number) => ({ ...interview, startedAt: at })],
    ['finishedAt', (at: number) => ({ ...interview, finishedAt: at })],
    ['submittedAt', (at: number) => ({ ...interview, submittedAt: at })],
    ['updatedAt', (at: number) => ({ ...interview, updatedAt: at })],
    ['timerEvents[0].at', (at: number) => ({ ...interview, timerEvents: [{ type: 'start', at }] })],
    [
      'flags[0].raisedAt',
      (at: number) => ({ ...interview, flags: [{ id: 'f', kind: 'red', text: 'x', roundElapsedMs: 0, raisedAt: at }] }),
    ],
    [
      'flags[0].roundElapsedMs',
      (at: number) => ({ ...interview, flags: [{ id: 'f', kind: 'red', text: 'x', roundElapsedMs: at, raisedAt: NOW }] }),
    ],
    ['reopenings[0].at', (at: number) => ({ ...interview, reopenings: [{ at, reason: 'typo', previousSeal: 'ab' }] })],
  ])('an interview refuses %s out of range, naming the path', (path, make) => {
    expect(refusal(InterviewSchema, make(NOW))).toBeNull();
    for (const bad of OUT_OF_RANGE) expect(refusal(InterviewSchema, make(bad)), `${path} = ${bad}`).toContain(`${path}:`);
    expect(refusal(InterviewSchema, make(1e300))).toMatch(/between 1970 and 9999|length of time/);
  });

  it('bounds candidates, answers, timer events, flags and reopenings on their own too', () => {
    expect(refusal(CandidateSchema, { id: 'c', name: 'Ana', createdAt: 1e300 })).toMatch(
      /^createdAt: expected a date between 1970 and 9999/,
    );
    expect(refusal(AnswerSchema, { id: 'i:q', interviewId: 'i', questionId: 'q', updatedAt: 1e300 })).toMatch(/^updatedAt:/);
    expect(refusal(TimerEventSchema, { type: 'jump', at: 1e300, sectionIndex: 1 })).toMatch(/^at:/);
    expect(refusal(FlagSchema, { id: 'f', kind: 'green', text: 't', roundElapsedMs: 0, raisedAt: 1e300 })).toMatch(/^raisedAt:/);
    expect(refusal(ReopeningSchema, { at: 1e300, reason: '', previousSeal: '' })).toMatch(/^at:/);
  });

  it('accepts the first and the last representable moment', () => {
    expect(refusal(InterviewSchema, { ...interview, createdAt: 0, updatedAt: LATEST_MOMENT_MS })).toBeNull();
    expect(new Date(LATEST_MOMENT_MS).toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });
});
