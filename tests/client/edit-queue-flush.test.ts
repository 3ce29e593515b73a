import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditQueue, type Edit } from '@/utils/client/edit-queue';
import type { Flag } from '@/utils/domain/interview/schema';
import { makeStore, startScreening } from '../support/store';

class Transient extends Error {}

/** A send whose replies the test settles by hand, in any order. */
function manualSend() {
  const calls: { edit: Edit; resolve(value?: unknown): void; reject(error: unknown): void }[] = [];
  const send = vi.fn(
    (edit: Edit) =>
      new Promise<unknown>((resolve, reject) => {
        calls.push({ edit, resolve: (value) => resolve(value ?? {}), reject });
      }),
  );
  return { send, calls, edits: () => calls.map((c) => c.edit) };
}

function makeQueue(send: (edit: Edit) => Promise<unknown>) {
  return new EditQueue({ send, isTransient: (e) => e instanceof Transient, retryDelayMs: () => 1000 });
}

const flag = (id: string, text: string): Flag => ({ id, kind: 'red', text, roundElapsedMs: 0, raisedAt: 1 });
const notes = (questionId: string, text: string): Edit => ({ kind: 'answer', questionId, patch: { notes: text } });
const TYPING = 300;

afterEach(() => {
  vi.useRealTimers();
});

describe('edit queue when the page goes away', () => {
  it('flush sends every waiting edit at once, in order, before any reply comes back', () => {
    vi.useFakeTimers();
    const { send, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push(notes('orm', 'Spotted the N+1'), TYPING);
    queue.push({ kind: 'flag', flag: flag('f1', 'Blamed the team') });
    queue.push({ kind: 'interview', patch: { overallNotes: 'draft' } }, TYPING);
    queue.push({ kind: 'timer', event: { type: 'pause', at: 5 } });
    queue.flush();
    // No reply has resolved: an unloading page never gets one, so nothing may wait for it.
    expect(send).toHaveBeenCalledTimes(4);
    // The flag was due at once and left first; flush sends the rest behind it.
    expect(edits()).toEqual([
      { kind: 'flag', flag: flag('f1', 'Blamed the team') },
      notes('orm', 'Spotted the N+1'),
      { kind: 'interview', patch: { overallNotes: 'draft' } },
      { kind: 'timer', event: { type: 'pause', at: 5 } },
    ]);
    expect(queue.getSnapshot().pending.every((p) => p.inFlight)).toBe(true);
  });

  it('flush sends a newer edit to a question right behind the one still travelling', () => {
    vi.useFakeTimers();
    const { send, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push({ kind: 'answer', questionId: 'orm', patch: { score: 4 } });
    expect(send).toHaveBeenCalledTimes(1);
    queue.push(notes('orm', 'select_related'), TYPING);
    queue.flush();
    expect(edits()).toEqual([{ kind: 'answer', questionId: 'orm', patch: { score: 4 } }, notes('orm', 'select_related')]);
  });

  it('flush during a wait to retry sends at once instead of waiting', async () => {
    vi.useFakeTimers();
    const { send, calls } = manualSend();
    const queue = makeQueue(send);
    queue.push({ kind: 'flag', flag: flag('f1', 'late') });
    calls[0]!.reject(new Transient('store did not answer'));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().save).toMatchObject({ status: 'error', retrying: true });
    queue.push(notes('orm', 'typed meanwhile'), TYPING);
    queue.flush();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('the real store keeps every flushed edit, committed in the order sent', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const queue = new EditQueue({
      send: (edit) => {
        if (edit.kind === 'answer')
          return store.call('answers.put', { interviewId: interview.id, questionId: edit.questionId, patch: edit.patch });
        if (edit.kind === 'flag') return store.call('interviews.flag', { id: interview.id, flag: edit.flag });
        throw new Error(`not used here: ${edit.kind}`);
      },
      isTransient: () => false,
    });
    queue.push({ kind: 'answer', questionId: 'orm', patch: { score: 4 } });
    queue.push(notes('orm', 'Spotted the N+1'), TYPING);
    queue.push({ kind: 'flag', flag: flag('f1', 'Blamed the team') });
    queue.push(notes('orm', 'Spotted the N+1 at once'), TYPING);
    queue.push({ kind: 'answer', questionId: 'orm', patch: { score: 5 } });
    queue.flush();
    // Three requests travel together: score 4, then score 5 with the notes, then the flag.
    expect(queue.getSnapshot().pending.filter((p) => p.inFlight)).toHaveLength(3);
    await queue.idle();
    const bundle = await store.call('interviews.get', { id: interview.id });
    expect(bundle.answers.find((a) => a.questionId === 'orm')).toMatchObject({ score: 5, notes: 'Spotted the N+1 at once' });
    expect(bundle.interview.flags.map((f) => f.text)).toEqual(['Blamed the team']);
    expect(queue.getSnapshot().save).toEqual({ status: 'saved' });
  });
});

describe('edit queue order', () => {
  it('sends a due flag at once even while a note on another question is still being typed', async () => {
    vi.useFakeTimers();
    const { send, calls, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push(notes('orm', 'Spotted'), TYPING);
    queue.push({ kind: 'flag', flag: flag('f1', 'Blamed the team') });
    await vi.advanceTimersByTimeAsync(0);
    expect(edits()).toEqual([{ kind: 'flag', flag: flag('f1', 'Blamed the team') }]);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(TYPING);
    expect(edits()).toEqual([{ kind: 'flag', flag: flag('f1', 'Blamed the team') }, notes('orm', 'Spotted')]);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot()).toMatchObject({ pending: [], save: { status: 'saved' } });
  });

  it('a click on the question being typed about takes the typed text with it, in one write', async () => {
    vi.useFakeTimers();
    const { send, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push(notes('orm', 'Spotted'), TYPING);
    queue.push({ kind: 'answer', questionId: 'orm', patch: { score: 5 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(edits()).toEqual([{ kind: 'answer', questionId: 'orm', patch: { notes: 'Spotted', score: 5 } }]);
  });

  it('timer events keep the order they were made in', async () => {
    vi.useFakeTimers();
    const { send, calls, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push(notes('orm', 'x'), TYPING);
    queue.push({ kind: 'timer', event: { type: 'pause', at: 1 } });
    queue.push({ kind: 'timer', event: { type: 'resume', at: 2 } });
    queue.push({ kind: 'timer', event: { type: 'next', at: 3 } });
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(0);
      calls[i]!.resolve();
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(edits().map((e) => (e.kind === 'timer' ? e.event.type : e.kind))).toEqual(['pause', 'resume', 'next']);
  });

  it('a retried edit never writes back text that a later edit to the same question already carried', async () => {
    vi.useFakeTimers();
    const { send, calls, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push({ kind: 'answer', questionId: 'orm', patch: { score: 3, notes: 'a' } });
    queue.push(notes('orm', 'ab'), TYPING);
    queue.flush();
    expect(edits()).toHaveLength(2);
    // The first is lost on the way, the second is stored.
    calls[0]!.reject(new Transient('store did not answer'));
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(edits()[2]).toEqual({ kind: 'answer', questionId: 'orm', patch: { score: 3 } });
  });

  it('a failed edit absorbs the newer edit to the same question typed while it travelled', async () => {
    vi.useFakeTimers();
    const { send, calls, edits } = manualSend();
    const queue = makeQueue(send);
    queue.push({ kind: 'answer', questionId: 'orm', patch: { notes: 'a' } });
    queue.push(notes('orm', 'ab'), TYPING);
    calls[0]!.reject(new Transient('store did not answer'));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().pending).toHaveLength(1);
    // Typing goes on into the one waiting edit; the retry then carries the last text.
    queue.push(notes('orm', 'abc'), TYPING);
    await vi.advanceTimersByTimeAsync(1000);
    expect(edits().slice(1)).toEqual([notes('orm', 'abc')]);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(TYPING);
    expect(send).toHaveBeenCalledTimes(2);
    expect(queue.getSnapshot()).toMatchObject({ pending: [], save: { status: 'saved' } });
  });
});
