import { describe, expect, it } from 'vitest';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { candidateQuestionsItem, dueNudges, submitWarnings } from '@/utils/domain/guidance';
import type { Answer } from '@/utils/domain/interview/schema';

const kit = BUILTIN_KITS[0]!;
const round = (id: string) => kit.rounds.find((r) => r.id === id)!;
const MINUTE = 60_000;

const answers = (...list: Partial<Answer>[]) =>
  new Map(
    list.map((a) => [
      a.questionId!,
      {
        id: `i:${a.questionId}`,
        interviewId: 'i',
        score: null,
        notAsked: false,
        pointsTicked: [],
        notes: '',
        updatedAt: 0,
        revision: 1,
        ...a,
      } as Answer,
    ]),
  );

describe('nudges', () => {
  const nudges = [
    { text: 'Leave time for questions', minutesLeft: 5 },
    { text: 'Wrap up', minutesLeft: 1 },
  ];

  it('are due once the round has that many minutes left, and stay due', () => {
    expect(dueNudges(nudges, { status: 'running', roundRemainingMs: 5 * MINUTE + 1 })).toEqual([]);
    expect(dueNudges(nudges, { status: 'running', roundRemainingMs: 5 * MINUTE })).toEqual([0]);
    expect(dueNudges(nudges, { status: 'paused', roundRemainingMs: 30_000 })).toEqual([0, 1]);
    expect(dueNudges(nudges, { status: 'running', roundRemainingMs: 0 })).toEqual([0, 1]);
  });

  it('never come for an untimed round, one not started or one finished', () => {
    expect(dueNudges(nudges, { status: 'running', roundRemainingMs: null })).toEqual([]);
    expect(dueNudges(nudges, { status: 'not-started', roundRemainingMs: 0 })).toEqual([]);
    expect(dueNudges(nudges, { status: 'finished', roundRemainingMs: 0 })).toEqual([]);
  });
});

describe('submit checks, worded by the kit', () => {
  it('count the scored questions without a note, criteria questions included', () => {
    const warnings = submitWarnings(kit.guidance, round('phone-screen'), {
      interview: { decisionReason: 'Strong on Django internals and on failure handling across services' },
      answers: answers(
        { questionId: 'phone-screen.part-a.q1', score: 4 },
        { questionId: 'phone-screen.part-a.q2', score: 3, notes: 'Priority queues' },
        { questionId: 'phone-screen.part-a.q3', score: 2, notes: '   ' },
        { questionId: 'phone-screen.part-b.q1', score: 5, notAsked: true },
      ),
    });
    expect(warnings).toEqual([
      {
        check: 'scored-without-notes',
        text: 'Not taking detailed notes',
        questions: [expect.objectContaining({ title: 'ORM Optimization' }), expect.objectContaining({ title: 'Django at Scale' })],
      },
    ]);
    const design = submitWarnings(kit.guidance, round('system-design'), {
      interview: { decisionReason: '' },
      answers: answers({ questionId: 'system-design.challenge.q1', criteriaScores: { reliability: 3 } }),
    });
    expect(design.map((w) => w.check)).toEqual(['scored-without-notes']);
  });

  it('find the candidate’s questions skipped when the round has an item for them', () => {
    const teamFit = round('team-fit');
    expect(candidateQuestionsItem(teamFit)?.prompt).toBe('Questions from candidate');
    expect(candidateQuestionsItem(round('phone-screen'))).toBeUndefined();
    const check = (list: Map<string, Answer>) =>
      submitWarnings(kit.guidance, teamFit, { interview: { decisionReason: '' }, answers: list }).map((w) => w.check);
    expect(check(answers())).toEqual(['candidate-questions-skipped']);
    expect(check(answers({ questionId: 'team-fit.topics-to-cover.q6', notAsked: true, notes: 'none' }))).toEqual([
      'candidate-questions-skipped',
    ]);
    expect(check(answers({ questionId: 'team-fit.topics-to-cover.q6', notes: 'Asked about on-call' }))).toEqual([]);
  });

  it('flag a reason of a few words as a gut feeling, but not a missing one (that blocks submit elsewhere)', () => {
    const reason = (decisionReason: string) =>
      submitWarnings(kit.guidance, round('phone-screen'), { interview: { decisionReason }, answers: answers() });
    expect(reason('Good fit')).toEqual([{ check: 'decision-reason-short', text: 'Making decision on "gut feel" alone', words: 2 }]);
    expect(reason('')).toEqual([]);
    expect(reason('Named N+1 and both fixes, clear on trade-offs')).toEqual([]);
  });

  it('run only the checks the kit lists', () => {
    const none = { ...kit.guidance, submitChecks: [] };
    expect(submitWarnings(none, round('team-fit'), { interview: { decisionReason: 'ok' }, answers: answers() })).toEqual([]);
  });
});
