import { describe, expect, it } from 'vitest';
import { runInWorker, serveWorkerTask, TaskCancelled } from '@/utils/client/worker-task';

/** A Worker double wired to serveWorkerTask in the same thread, with messages delivered asynchronously. */
function fakeWorker<I, T>(work: (input: I, progress: (d: number, t: number) => void) => Promise<T> | T) {
  const state = { terminated: false };
  const inside: { onmessage: unknown; postMessage(message: unknown): void } = {
    onmessage: null,
    postMessage: (message) => setTimeout(() => !state.terminated && worker.onmessage?.({ data: message } as MessageEvent), 0),
  };
  serveWorkerTask(work, inside);
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null,
    postMessage: (data: unknown) => setTimeout(() => (inside.onmessage as (e: unknown) => void)({ data }), 0),
    terminate: () => {
      state.terminated = true;
    },
  };
  return { worker: worker as unknown as Worker, state };
}

describe('worker tasks', () => {
  it('reports progress, then the result, and ends the worker', async () => {
    const { worker, state } = fakeWorker(async (n: number, progress) => {
      for (let i = 1; i <= n; i++) progress(i, n);
      return n * 2;
    });
    const seen: [number, number][] = [];
    await expect(runInWorker(() => worker, 3, { onProgress: (d, t) => seen.push([d, t]) })).resolves.toBe(6);
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(state.terminated).toBe(true);
  });

  it("passes the task's failure on with its message", async () => {
    const { worker } = fakeWorker(() => {
      throw new RangeError('line 4: too deep');
    });
    await expect(runInWorker(() => worker, null)).rejects.toMatchObject({ name: 'RangeError', message: 'line 4: too deep' });
  });

  it('cancels: the promise rejects with TaskCancelled and the worker is ended', async () => {
    const controller = new AbortController();
    const { worker, state } = fakeWorker(() => new Promise<number>(() => {}));
    const running = runInWorker(() => worker, null, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(TaskCancelled);
    expect(state.terminated).toBe(true);
  });
});
