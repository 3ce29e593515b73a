import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { reminderMessage } from '@/utils/domain/reminders';
import { serveReminders } from '@/entrypoints/background/reminders';
import { makeStore } from '../support/store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const MIN = 60_000;
const created: { id: string; message: string; title: string }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  created.length = 0;
  fakeBrowser.notifications.create = vi.fn(async (id: string, options: { message: string; title: string }) => {
    created.push({ id, message: options.message, title: options.title });
    return id;
  }) as unknown as typeof fakeBrowser.notifications.create;
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function overdueDraft() {
  const store = await makeStore({ kits: BUILTIN_KITS });
  const { interview } = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId: 'phone-screen',
    interviewer: 'Sam',
    platform: 'meet',
  });
  await store.call('interviews.timer', { id: interview.id, event: { type: 'start', at: store.clock.now } });
  store.clock.now += 2 * 60 * MIN;
  return store;
}

describe('reminder notifications', () => {
  it('leave the candidate’s name out by default, and carry the kit’s after-the-interview guidance', async () => {
    const store = await overdueDraft();
    await serveReminders(store.db, store.ctx, new Promise(() => {})).refresh();
    expect(created).toHaveLength(1);
    expect(created[0]!.message).toBe(
      'Your Technical Phone Screen scorecard is still a draft. Submit it while the interview is fresh. After the interview: ' +
        'Thank you email within 24 hours; Timeline for decision; Feedback regardless of outcome; Keep candidate warm if process extends.',
    );
    expect(created[0]!.message).not.toContain('Ana');
  });

  it('name the candidate once the interviewer turns that on', async () => {
    const store = await overdueDraft();
    await store.call('settings.set', { patch: { remindersShowCandidate: true } });
    await serveReminders(store.db, store.ctx, new Promise(() => {})).refresh();
    expect(created[0]!.message).toMatch(/^Your Technical Phone Screen scorecard for Ana Lima is still a draft\./);
  });
});

describe('reminderMessage', () => {
  const row = { interview: {} as never, candidateName: 'Bob', roundTitle: 'Screening' };
  it('words a reminder with or without the name, with or without guidance', () => {
    expect(reminderMessage(row)).toBe('Your Screening scorecard is still a draft. Submit it while the interview is fresh.');
    expect(reminderMessage({ ...row, after: ['Thank you email within 24 hours', ' '] }, { showCandidate: true })).toBe(
      'Your Screening scorecard for Bob is still a draft. Submit it while the interview is fresh. After the interview: Thank you email within 24 hours.',
    );
    expect(reminderMessage({ interview: {} as never }, { showCandidate: true })).toBe(
      'Your scorecard is still a draft. Submit it while the interview is fresh.',
    );
  });
});
