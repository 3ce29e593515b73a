import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditQueue, type Edit } from '@/utils/client/edit-queue';
import { mergeBundle, withAnswer, withInterview, overlay } from '@/utils/client/overlay';
import type { InterviewBundle } from '@/utils/protocol';

class Transient extends Error {}

function makeQueue(send: (edit: Edit) => Promise<unknown>) {
  const acks: Edit[] = [];
  const queue = new EditQueue({
    send,
    isTransient: (e) => e instanceof Transient,
    retryDelayMs: () => 1000,
    onAck: (edit) => acks.push(edit),
  });
  return { queue, acks };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('edit queue', () => {
  it('merges a burst of typing into one write sent after the pause, with the last text', async () => {
    const send = vi.fn(async (_edit: Edit) => ({}));
    const { queue } = makeQueue(send);
    for (const notes of ['N', 'N+', 'N+1']) {
      queue.push({ kind: 'answer', questionId: 'q1', patch: { notes } }, 300);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(send).not.toHaveBeenCalled();
    expect(queue.getSnapshot().save).toEqual({ status: 'saving' });
    await vi.advanceTimersByTimeAsync(300);
    expect(send.mock.calls).toEqual([[{ kind: 'answer', questionId: 'q1', patch: { notes: 'N+1' } }]]);
    expect(queue.getSnapshot()).toMatchObject({ pending: [], save: { status: 'saved' } });
  });

  it('sends edits one at a time, in the order made, and never merges into one already travelling', async () => {
    const resolvers: (() => void)[] = [];
    const send = vi.fn((_edit: Edit) => new Promise<unknown>((resolve) => resolvers.push(() => resolve({}))));
    const { queue } = makeQueue(send);
    queue.push({ kind: 'answer', questionId: 'q1', patch: { score: 3 } });
    queue.push({ kind: 'timer', event: { type: 'pause', at: 1 } });
    queue.push({ kind: 'answer', questionId: 'q1', patch: { score: 4 } });
    expect(send).toHaveBeenCalledTimes(1);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([e]) => e)).toEqual([
      { kind: 'answer', questionId: 'q1', patch: { score: 3 } },
      { kind: 'timer', event: { type: 'pause', at: 1 } },
      { kind: 'answer', questionId: 'q1', patch: { score: 4 } },
    ]);
  });

  it('keeps a failed edit, merges later edits into it and retries until the store answers', async () => {
    let failures = 2;
    const send = vi.fn(async (_edit: Edit) => {
      if (failures-- > 0) throw new Transient('store did not answer');
      return {};
    });
    const { queue, acks } = makeQueue(send);
    queue.push({ kind: 'answer', questionId: 'q1', patch: { score: 5 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().save).toEqual({ status: 'error', message: 'store did not answer', retrying: true });
    queue.push({ kind: 'answer', questionId: 'q1', patch: { notes: 'why' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(queue.getSnapshot().save).toMatchObject({ status: 'error', retrying: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(acks).toEqual([{ kind: 'answer', questionId: 'q1', patch: { score: 5, notes: 'why' } }]);
    expect(queue.getSnapshot()).toMatchObject({ pending: [], save: { status: 'saved' } });
  });

  it('drops a refused edit, says why, and carries on with the next', async () => {
    const send = vi.fn(async (edit: Edit) => {
      if (edit.kind === 'timer') throw new Error('the round is paused: resume it first');
      return {};
    });
    const { queue } = makeQueue(send);
    queue.push({ kind: 'timer', event: { type: 'next', at: 1 } });
    queue.push({ kind: 'interview', patch: { decisionReason: 'ok' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(queue.getSnapshot().pending).toEqual([]);
    // The refusal stays visible until a later save succeeds.
    expect(queue.getSnapshot().save).toEqual({ status: 'saved' });
    queue.push({ kind: 'timer', event: { type: 'next', at: 2 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().save).toEqual({ status: 'error', message: 'the round is paused: resume it first', retrying: false });
  });

  it('flush sends debounced edits at once and idle resolves when all are acknowledged', async () => {
    const send = vi.fn(async (_edit: Edit) => ({}));
    const { queue } = makeQueue(send);
    queue.push({ kind: 'interview', patch: { overallNotes: 'draft' } }, 300);
    let idle = false;
    void queue.idle().then(() => (idle = true));
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(idle).toBe(true);
  });
});

describe('overlay', () => {
  /** A bundle whose records are at `revision`, written at `updatedAt` (by default the same number). */
  const bundle = (revision: number, notes: string, updatedAt = revision): InterviewBundle =>
    ({
      interview: { id: 'i', updatedAt, revision, timerEvents: [], flags: [], categoryRatings: { django: 3 } },
      candidate: { id: 'c', name: 'Ana' },
      answers: [
        { id: 'i:q1', interviewId: 'i', questionId: 'q1', score: 2, notAsked: false, pointsTicked: [], notes, updatedAt, revision },
      ],
    }) as unknown as InterviewBundle;

  it('lays unacknowledged edits over the stored scorecard in order', () => {
    const view = overlay(bundle(1, 'old'), [
      {
        seq: 1,
        key: 'answer:q1',
        edit: { kind: 'answer', questionId: 'q1', patch: { notes: 'new' } },
        dueAt: 0,
        latestAt: 0,
        inFlight: true,
      },
      {
        seq: 2,
        key: 'interview',
        edit: { kind: 'interview', patch: { categoryRatings: { django: null, architecture: 4 } } },
        dueAt: 0,
        latestAt: 0,
        inFlight: false,
      },
      { seq: 3, key: 'timer:3', edit: { kind: 'timer', event: { type: 'pause', at: 5 } }, dueAt: 0, latestAt: 0, inFlight: false },
    ]);
    expect(view.answers.get('q1')).toMatchObject({ score: 2, notes: 'new' });
    expect(view.interview.categoryRatings).toEqual({ architecture: 4 });
    expect(view.interview.timerEvents).toEqual([{ type: 'pause', at: 5 }]);
  });

  it('keeps the newer record when a stale bundle arrives after a write was acknowledged', () => {
    const merged = mergeBundle(bundle(5, 'acknowledged'), bundle(3, 'stale'));
    expect(merged.answers[0]!.notes).toBe('acknowledged');
    expect(merged.interview.updatedAt).toBe(5);
    expect(mergeBundle(bundle(3, 'older'), bundle(5, 'newer')).answers[0]!.notes).toBe('newer');
  });

  it("keeps the held objects of what the store's answer did not change, and the held copy itself when it changed nothing", () => {
    const kit = { id: 'k', version: 1, title: 'Guide', rounds: [] };
    const held = { ...bundle(4, 'same'), kit } as unknown as InterviewBundle;
    // The echo: equal records, new objects (the store's answer is a fresh copy, its kit too).
    const echo = structuredClone(held);
    expect(mergeBundle(held, echo)).toBe(held);

    const newer = structuredClone(held);
    newer.answers.push({ ...newer.answers[0]!, id: 'i:q2', questionId: 'q2', notes: 'new question' });
    const merged = mergeBundle(held, newer);
    expect(merged).not.toBe(held);
    expect(merged.answers.map((a) => a.notes)).toEqual(['same', 'new question']);
    // What did not change keeps its object, so what renders from it need not render again.
    expect(merged.answers[0]).toBe(held.answers[0]);
    expect(merged.interview).toBe(held.interview);
    expect(merged.kit).toBe(held.kit);

    // An answer write bumps the interview's revision: the newer record is taken, its equal flags are not.
    const bumped = structuredClone(held);
    bumped.interview = { ...bumped.interview, revision: 5, updatedAt: 5 };
    const afterWrite = mergeBundle(held, bumped);
    expect(afterWrite.interview.revision).toBe(5);
    expect(afterWrite.interview.flags).toBe(held.interview.flags);
    const flagged = structuredClone(bumped);
    flagged.interview.flags = [{ id: 'f', kind: 'red', text: 'vague', roundElapsedMs: 0, raisedAt: 5 }];
    expect(mergeBundle(held, flagged).interview.flags).toEqual(flagged.interview.flags);

    // The same revision with other content (a restore wrote it) is taken, as before.
    const restored = structuredClone(held);
    restored.answers[0]!.notes = 'restored';
    expect(mergeBundle(held, restored).answers[0]!.notes).toBe('restored');
    // A kit renamed in the library keeps its id and version: the new copy is taken.
    const renamed = structuredClone(held);
    (renamed.kit as unknown as { title: string }).title = 'Renamed guide';
    expect(mergeBundle(held, renamed).kit).toBe(renamed.kit);
  });

  it('orders versions by the store revision, not by a clock that stepped back', () => {
    // The system clock jumped back an hour between the two writes: the later write has the earlier time.
    const later = bundle(6, 'appended after the jump', 1_000);
    const earlier = bundle(5, 'before the jump', 3_601_000);
    expect(mergeBundle(earlier, later).answers[0]!.notes).toBe('appended after the jump');
    expect(mergeBundle(later, earlier).answers[0]!.notes).toBe('appended after the jump');
    expect(withAnswer(earlier, later.answers[0]!).answers[0]!.notes).toBe('appended after the jump');
    expect(withInterview(earlier, later.interview).interview.revision).toBe(6);
  });
});
