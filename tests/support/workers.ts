import { vi } from 'vitest';
import { serveWorkerTask, type TaskWork } from '@/utils/client/worker-task';
import { exportCsvTask } from '@/utils/client/csv-export-task';
import { backupTask } from '@/utils/client/backup-task';

/**
 * Web Workers for tests (jsdom and Node have none): `new Worker(url)` runs the task that the
 * worker file at `url` serves, in this thread, with messages delivered asynchronously as between
 * threads. `terminate()` stops every message from then on, as ending a real worker does (the task
 * itself runs on, in-process, but nothing it does reaches the page).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const WORKER_TASKS: Record<string, TaskWork<any, any>> = {
  'csv-export.worker.ts': exportCsvTask,
  'backup.worker.ts': backupTask,
};

export interface FakeWorker {
  name: string;
  terminated: boolean;
  /** Resolves when the task has finished (done or failed), whether or not the page still listens. */
  settled: Promise<void>;
}

/** The workers started since the last `installWorkers()`, in order. */
export const startedWorkers: FakeWorker[] = [];

export function installWorkers(tasks = WORKER_TASKS): FakeWorker[] {
  const started = startedWorkers;
  started.length = 0;
  class InProcessWorker implements FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    readonly name: string;
    readonly settled: Promise<void>;
    private readonly inside: { onmessage: unknown; postMessage(message: unknown): void };

    constructor(url: URL | string) {
      this.name = String(url).split('?')[0]!.split('/').pop()!;
      const work = tasks[this.name];
      if (!work) throw new Error(`No task is registered for the worker ${this.name} (tests/support/workers.ts).`);
      let settle!: () => void;
      this.settled = new Promise((resolve) => (settle = resolve));
      this.inside = {
        onmessage: null,
        postMessage: (message) =>
          setTimeout(() => {
            if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent);
            if ((message as { kind?: string }).kind !== 'progress') settle();
          }, 0),
      };
      serveWorkerTask(work, this.inside);
      started.push(this);
    }

    postMessage(data: unknown): void {
      setTimeout(() => (this.inside.onmessage as (event: { data: unknown }) => void)({ data }), 0);
    }

    terminate(): void {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', InProcessWorker);
  return started;
}
