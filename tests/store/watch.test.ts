import { describe, expect, it } from 'vitest';
import type { InterviewBundle } from '@/utils/protocol';
import { serveWatchPort, type WatchPortLike } from '@/utils/store/watch';
import { makeStore, startScreening } from '../support/store';

/** A port double: records what the background posts and lets the test play the view. */
function fakePort() {
  const listeners: { message: ((m: unknown) => void)[]; disconnect: (() => void)[] } = { message: [], disconnect: [] };
  const posted: { interviewId: string; bundle: InterviewBundle | null }[] = [];
  const waiters: (() => void)[] = [];
  const port: WatchPortLike = {
    onMessage: { addListener: (l) => listeners.message.push(l) },
    onDisconnect: { addListener: (l) => listeners.disconnect.push(l) },
    postMessage: (m) => {
      posted.push(m as (typeof posted)[number]);
      waiters.splice(0).forEach((w) => w());
    },
  };
  return {
    port,
    posted,
    send: (m: unknown) => listeners.message.forEach((l) => l(m)),
    disconnect: () => listeners.disconnect.forEach((l) => l()),
    /** Resolves once `count` messages have been posted. */
    until: async (count: number) => {
      while (posted.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

describe('watch ports', () => {
  it('posts the bundle now and after every change, from any writer, until disconnect', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const view = fakePort();
    serveWatchPort(store.ctx, view.port);
    view.send({ watch: interview.id });
    await view.until(1);
    expect(view.posted[0]).toEqual({ interviewId: interview.id, bundle: expect.objectContaining({ answers: [] }) });

    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 3 } });
    await view.until(2);
    expect(view.posted.at(-1)!.bundle!.answers).toEqual([expect.objectContaining({ questionId: 'orm', score: 3 })]);

    const seen = view.posted.length;
    await store.db.candidates.update(interview.candidateId, { name: 'Ana Lima-Souza' });
    await view.until(seen + 1);
    expect(view.posted.at(-1)!.bundle!.candidate.name).toBe('Ana Lima-Souza');

    view.disconnect();
    const afterDisconnect = view.posted.length;
    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 4 } });
    // A change to another table round-trips through liveQuery too; once it has been read back, nothing more can arrive.
    await store.call('interviews.get', { id: interview.id });
    expect(view.posted.length).toBe(afterDisconnect);
  });

  it('two views on one interview stay in step; a missing interview posts null; junk is ignored', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const [a, b] = [fakePort(), fakePort()];
    for (const view of [a, b]) {
      serveWatchPort(store.ctx, view.port);
      view.send('junk');
      view.send({ watch: 42 });
      view.send({ watch: interview.id });
    }
    await Promise.all([a.until(1), b.until(1)]);
    await store.call('interviews.update', { id: interview.id, patch: { overallNotes: 'typed in tab B' } });
    await Promise.all([a.until(2), b.until(2)]);
    expect(a.posted.at(-1)!.bundle!.interview.overallNotes).toBe('typed in tab B');
    expect(b.posted.at(-1)!.bundle!.interview.overallNotes).toBe('typed in tab B');

    const c = fakePort();
    serveWatchPort(store.ctx, c.port);
    c.send({ watch: 'missing' });
    await c.until(1);
    expect(c.posted[0]).toEqual({ interviewId: 'missing', bundle: null });
  });
});
