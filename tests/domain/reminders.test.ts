import { describe, expect, it } from 'vitest';
import { InterviewSchema, type Interview } from '@/utils/domain/interview/schema';
import {
  REMINDER_GRACE_MS,
  isOverdue,
  nextReminderAt,
  overdueReminders,
  reminderBadgeText,
  reminderMessage,
  remindersToNotify,
  roundEndedAt,
} from '@/utils/domain/reminders';
import { makeStore, startScreening, completeScorecard } from '../support/store';
import { reminderState } from '@/utils/store/reminders';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0);
const draft = (overrides: Partial<Interview> = {}): Interview =>
  InterviewSchema.parse({
    id: 'i',
    candidateId: 'c',
    kitId: 'k',
    kitVersion: 1,
    roundId: 'r',
    interviewer: 'Sam',
    platform: 'meet',
    createdAt: T0,
    updatedAt: T0,
    startedAt: T0,
    ...overrides,
  });

describe('reminders (pure)', () => {
  it('a started 30-minute round is overdue one hour after its planned end, not a moment before', () => {
    const row = { interview: draft(), roundDurationMin: 30 };
    expect(roundEndedAt(row.interview, 30)).toBe(T0 + 30 * MIN);
    expect(isOverdue(row, T0 + 30 * MIN + REMINDER_GRACE_MS - 1)).toBe(false);
    expect(isOverdue(row, T0 + 30 * MIN + REMINDER_GRACE_MS)).toBe(true);
  });

  it('an interview finished early counts from its finish', () => {
    const row = { interview: draft({ finishedAt: T0 + 10 * MIN }), roundDurationMin: 30 };
    expect(isOverdue(row, T0 + 70 * MIN)).toBe(true);
    expect(isOverdue(row, T0 + 69 * MIN)).toBe(false);
  });

  it('never reminds about submitted, dismissed, never-started, or unfinished untimed interviews', () => {
    const late = T0 + 24 * 60 * MIN;
    expect(isOverdue({ interview: draft({ status: 'submitted' }), roundDurationMin: 30 }, late)).toBe(false);
    expect(isOverdue({ interview: draft({ reminderDismissed: true }), roundDurationMin: 30 }, late)).toBe(false);
    expect(isOverdue({ interview: draft({ startedAt: undefined }), roundDurationMin: 30 }, late)).toBe(false);
    expect(isOverdue({ interview: draft() }, late)).toBe(false);
    expect(isOverdue({ interview: draft({ finishedAt: T0 + 5 * MIN }) }, late)).toBe(true);
  });

  it('lists overdue ones oldest first, knows when the next becomes due, and notifies each once', () => {
    const rows = [
      { interview: draft({ id: 'b', startedAt: T0 + 10 * MIN }), roundDurationMin: 30, candidateName: 'Bob', roundTitle: 'Screening' },
      { interview: draft({ id: 'a' }), roundDurationMin: 30 },
      { interview: draft({ id: 'later', startedAt: T0 + 120 * MIN }), roundDurationMin: 45 },
    ];
    const now = T0 + 100 * MIN;
    expect(overdueReminders(rows, now).map((r) => r.interview.id)).toEqual(['a', 'b']);
    expect(nextReminderAt(rows, now)).toBe(T0 + 120 * MIN + 45 * MIN + REMINDER_GRACE_MS);
    expect(nextReminderAt(rows.slice(0, 2), now)).toBeUndefined();
    expect(remindersToNotify(overdueReminders(rows, now), new Set(['a'])).map((r) => r.interview.id)).toEqual(['b']);
    expect(reminderMessage(rows[0]!, { showCandidate: true })).toBe(
      'Your Screening scorecard for Bob is still a draft. Submit it while the interview is fresh.',
    );
  });

  it('badge text', () => {
    expect(reminderBadgeText(0)).toBe('');
    expect(reminderBadgeText(3)).toBe('3');
    expect(reminderBadgeText(250)).toBe('99+');
  });
});

describe('reminders from the store', () => {
  it('finds the overdue draft with its round length and names, until it is submitted or dismissed', async () => {
    const store = await makeStore();
    const a = await startScreening(store);
    const b = await startScreening(store, { candidateName: 'Bob Stone' });
    await startScreening(store, { candidateName: 'Never Started' });
    for (const { interview } of [a, b])
      await store.call('interviews.timer', { id: interview.id, event: { type: 'start', at: store.clock.now } });
    const started = store.clock.now;
    expect((await reminderState(store.ctx)).nextAt).toBe(started + 30 * MIN + REMINDER_GRACE_MS);
    store.clock.now = started + 90 * MIN;
    const state = await reminderState(store.ctx);
    expect(state.overdue.map((r) => [r.candidateName, r.roundTitle, r.roundDurationMin])).toEqual([
      ['Ana Lima', 'Screening', 30],
      ['Bob Stone', 'Screening', 30],
    ]);
    await completeScorecard(store, a.interview.id);
    await store.call('interviews.submit', { id: a.interview.id });
    await store.call('interviews.dismissReminder', { id: b.interview.id });
    expect((await reminderState(store.ctx)).overdue).toEqual([]);
  });
});
