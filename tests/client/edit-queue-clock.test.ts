import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditQueue, MAX_TYPING_WAIT_MS, type Edit } from '@/utils/client/edit-queue';
import { NOTES_CONFLICT_SEPARATOR, mergeBundle, overlay, withAnswer } from '@/utils/client/overlay';
import type { Answer } from '@/utils/domain/interview/schema';
import type { InterviewBundle } from '@/utils/protocol';
import { makeStore, startScreening, type TestStore } from '../support/store';

const HOUR = 3_600_000;
const TYPING = 300;

afterEach(() => {
  vi.useRealTimers();
});

/**
 * The panel's loop, as useInterview runs it, against the real store: a held copy of the stored
 * scorecard, the queue's edits over it, and a notes box that shows the view and types into it.
 * The store's reply reaches the held copy later than the queue lets go of the edit, as in React,
 * where useSyncExternalStore re-renders at once and a state set in a promise callback does not:
 * `deliver()` is that later render.
 */
async function panel(store: TestStore, existing?: string) {
  const interview = existing ? { id: existing } : (await startScreening(store)).interview;
  let held: InterviewBundle = await store.call('interviews.get', { id: interview.id });
  const replies: Answer[] = [];
  const queue = new EditQueue({
    send: (edit: Edit) =>
      edit.kind === 'answer'
        ? store.call('answers.put', { interviewId: interview.id, questionId: edit.questionId, patch: edit.patch })
        : Promise.reject(new Error(`not used: ${edit.kind}`)),
    isTransient: () => false,
    onAck: (_, result) => replies.push(result as Answer),
  });
  const view = () => overlay(held, queue.getSnapshot().pending, queue.getSnapshot().acked);
  return {
    queue,
    /** What the notes box shows now. */
    shown: () => view().answers.get('orm')?.notes ?? '',
    /** A keystroke: the box's text plus what was typed, as its onChange sends it. */
    type: (text: string) =>
      queue.push({ kind: 'answer', questionId: 'orm', patch: { notes: (view().answers.get('orm')?.notes ?? '') + text } }, TYPING),
    /** The replies reach the held copy (the later render), then the live query's bundle does. */
    deliver: async () => {
      for (const reply of replies.splice(0)) held = withAnswer(held, reply);
      held = mergeBundle(held, await store.call('interviews.get', { id: interview.id }));
    },
    id: interview.id,
    conflict: () => view().conflicts?.get('orm'),
    stored: async () => (await store.db.answers.get(`${interview.id}:orm`))?.notes,
  };
}

describe('a clock that steps back', () => {
  it('loses no part of a note typed across the step, even when a keystroke lands before the reply is applied', async () => {
    const store = await makeStore();
    const p = await panel(store);
    p.type('First part. ');
    p.queue.flush();
    await p.queue.idle();
    await p.deliver();
    // The system clock jumps back an hour: the store's later writes carry earlier times.
    store.clock.now -= HOUR;
    p.type('Second part. ');
    p.queue.flush();
    await p.queue.idle();
    // The edit has left the queue; its reply has not reached the held copy yet. The box must still show it.
    expect(p.shown()).toBe('First part. Second part. ');
    p.type('Third part.');
    p.queue.flush();
    await p.queue.idle();
    await p.deliver();
    expect(await p.stored()).toBe('First part. Second part. Third part.');
    expect(p.shown()).toBe('First part. Second part. Third part.');
  });

  it('sends a debounced note on time although the wall clock stepped back an hour while it waited', async () => {
    vi.useFakeTimers();
    const send = vi.fn(async (_: Edit) => ({}));
    const queue = new EditQueue({ send, isTransient: () => false });
    queue.push({ kind: 'answer', questionId: 'orm', patch: { notes: 'typed just before the jump' } }, TYPING);
    vi.setSystemTime(Date.now() - HOUR);
    await vi.advanceTimersByTimeAsync(TYPING);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows the reply to its own write once the held copy has caught up, and another writer after that', async () => {
    const store = await makeStore();
    const p = await panel(store);
    p.type('mine');
    p.queue.flush();
    await p.queue.idle();
    await p.deliver();
    expect(p.shown()).toBe('mine');
    // Another tab writes after us: the held copy is newer than our acknowledged edit, which no longer shows.
    await store.call('answers.put', { interviewId: p.id, questionId: 'orm', patch: { score: 4 } });
    await p.deliver();
    expect(p.shown()).toBe('mine');
  });
});

describe('typing without a pause', () => {
  it(`is sent at least every ${MAX_TYPING_WAIT_MS} ms, so a crash loses at most the last second`, async () => {
    vi.useFakeTimers();
    const sentAt: number[] = [];
    const queue = new EditQueue({ send: async () => void sentAt.push(performance.now()), isTransient: () => false });
    const start = performance.now();
    let text = '';
    for (let ms = 0; ms < 5000; ms += 100) {
      text += 'x';
      queue.push({ kind: 'answer', questionId: 'orm', patch: { notes: text } }, TYPING);
      await vi.advanceTimersByTimeAsync(100);
    }
    const gaps = [sentAt[0]! - start, ...sentAt.slice(1).map((t, i) => t - sentAt[i]!)];
    expect(sentAt.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_TYPING_WAIT_MS + 100);
  });
});

describe('two tabs typing into one note at the same moment', () => {
  it('shows the conflict and keeps both texts; the next keystroke saves both', async () => {
    const store = await makeStore();
    const a = await panel(store);
    const b = await panel(store, a.id);
    // Both start from an empty note; neither has seen the other's text when it writes.
    a.type('Named select_related.');
    b.type('Missed prefetch.');
    a.queue.flush();
    b.queue.flush();
    await Promise.all([a.queue.idle(), b.queue.idle()]);
    await Promise.all([a.deliver(), b.deliver()]);
    // B wrote last, over A's text: the store has B's; A's tab shows both and says so.
    expect(await a.stored()).toBe('Missed prefetch.');
    expect(a.conflict()).toEqual({ mine: 'Named select_related.', theirs: 'Missed prefetch.' });
    expect(a.shown()).toBe(`Missed prefetch.${NOTES_CONFLICT_SEPARATOR}Named select_related.`);
    expect(b.conflict()).toBeUndefined();
    a.type(' (tidy later)');
    a.queue.flush();
    await a.queue.idle();
    await Promise.all([a.deliver(), b.deliver()]);
    const both = `Missed prefetch.${NOTES_CONFLICT_SEPARATOR}Named select_related. (tidy later)`;
    expect(await a.stored()).toBe(both);
    expect(a.conflict()).toBeUndefined();
    expect(b.shown()).toBe(both);
    expect(b.conflict()).toBeUndefined();
  });

  it('an edit that builds on the other text is no conflict', async () => {
    const store = await makeStore();
    const a = await panel(store);
    const b = await panel(store, a.id);
    a.type('First.');
    a.queue.flush();
    await a.queue.idle();
    await Promise.all([a.deliver(), b.deliver()]);
    b.type(' Then more.');
    b.queue.flush();
    await b.queue.idle();
    await Promise.all([a.deliver(), b.deliver()]);
    expect(a.conflict()).toBeUndefined();
    expect(a.shown()).toBe('First. Then more.');
  });
});
