import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditQueue, type Edit } from '@/utils/client/edit-queue';
import { overlay } from '@/utils/client/overlay';
import type { InterviewBundle } from '@/utils/protocol';

class Transient extends Error {}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const criteria = (patch: Record<string, number | null>): Edit => ({ kind: 'answer', questionId: 'q1', patch: { criteriaScores: patch } });

describe('criteria scores in the edit queue and the overlay', () => {
  it('merges waiting scores for different criteria of one question instead of keeping only the last', async () => {
    const send = vi.fn(async (_edit: Edit) => ({}));
    const queue = new EditQueue({ send, isTransient: () => false });
    queue.push({ kind: 'answer', questionId: 'q1', patch: { notes: 'n' } }, 300);
    queue.push(criteria({ speed: 4 }), 300);
    queue.push(criteria({ depth: 2 }), 300);
    queue.push(criteria({ speed: null }), 300);
    await vi.advanceTimersByTimeAsync(300);
    expect(send.mock.calls).toEqual([
      [{ kind: 'answer', questionId: 'q1', patch: { notes: 'n', criteriaScores: { speed: null, depth: 2 } } }],
    ]);
  });

  it('retries a failed criterion score without undoing one sent after it', async () => {
    const sent: Edit[] = [];
    const replies: ((ok: boolean) => void)[] = [];
    const send = (edit: Edit) => {
      sent.push(edit);
      return new Promise<unknown>((resolve, reject) => replies.push((ok) => (ok ? resolve({}) : reject(new Transient('down')))));
    };
    const queue = new EditQueue({ send, isTransient: (e) => e instanceof Transient, retryDelayMs: () => 1000 });
    queue.push(criteria({ speed: 4, depth: 3 }));
    queue.flush();
    queue.push(criteria({ depth: 5 }));
    queue.flush();
    replies.shift()!(false);
    replies.shift()!(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.at(-1)).toEqual(criteria({ speed: 4 }));
    replies.shift()!(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().pending).toEqual([]);
  });

  it('lays criteria edits over the stored scores, a null removing one', () => {
    const bundle = {
      interview: { id: 'i', revision: 1, timerEvents: [], flags: [], categoryRatings: {} },
      candidate: { id: 'c', name: 'Ana' },
      answers: [
        {
          id: 'i:q1',
          interviewId: 'i',
          questionId: 'q1',
          score: null,
          criteriaScores: { speed: 2, depth: 3 },
          notAsked: false,
          pointsTicked: [],
          notes: '',
          updatedAt: 1,
          revision: 1,
        },
      ],
    } as unknown as InterviewBundle;
    const view = overlay(bundle, [
      { seq: 1, key: 'answer:q1', edit: criteria({ speed: 5, depth: null }), dueAt: 0, latestAt: 0, inFlight: false },
      {
        seq: 2,
        key: 'answer:q2',
        edit: { kind: 'answer', questionId: 'q2', patch: { criteriaScores: { care: 1 } } },
        dueAt: 0,
        latestAt: 0,
        inFlight: false,
      },
    ]);
    expect(view.answers.get('q1')?.criteriaScores).toEqual({ speed: 5 });
    expect(view.answers.get('q2')?.criteriaScores).toEqual({ care: 1 });
  });
});
