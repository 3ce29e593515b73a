import { describe, expect, it } from 'vitest';
import { runInWorker, TaskCancelled } from '@/utils/client/worker-task';
import { installWorkers } from '../support/workers';

/** Three tasks, each served by the tests' in-process worker (tests/support/workers.ts) under its own file name. */
const started = installWorkers({
  'double.worker.ts': async () => async (n: number, progress: (d: number, t: number) => void) => {
    for (let i = 1; i <= n; i++) progress(i, n);
    return n * 2;
  },
  'fails.worker.ts': async () => () => {
    throw new RangeError('line 4: too deep');
  },
  'hangs.worker.ts': async () => () => new Promise<number>(() => {}),
});
const worker = (name: string) => () => new Worker(`file:///${name}`);

describe('worker tasks', () => {
  it('reports progress, then the result, and ends the worker', async () => {
    const seen: [number, number][] = [];
    await expect(runInWorker(worker('double.worker.ts'), 3, { onProgress: (d, t) => seen.push([d, t]) })).resolves.toBe(6);
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(started.at(-1)).toMatchObject({ name: 'double.worker.ts', terminated: true });
  });

  it("passes the task's failure on with its message", async () => {
    await expect(runInWorker(worker('fails.worker.ts'), null)).rejects.toMatchObject({ name: 'RangeError', message: 'line 4: too deep' });
  });

  it('cancels: the promise rejects with TaskCancelled and the worker is ended', async () => {
    const controller = new AbortController();
    const running = runInWorker(worker('hangs.worker.ts'), null, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(TaskCancelled);
    expect(started.at(-1)).toMatchObject({ name: 'hangs.worker.ts', terminated: true });
  });
});
