import { vi } from 'vitest';
import { serveWorkerTask, type TaskWork } from '@/utils/client/worker-task';

/**
 * Web Workers for unit and component tests (jsdom and Node have none), installed for every test
 * file by tests/setup.ts: `new Worker(url)` runs the task that the worker file at `url` serves,
 * in this thread, with messages delivered asynchronously as between threads. `terminate()` stops
 * every message from then on, as ending a real worker does (the task itself runs on, in-process,
 * but nothing it does reaches the page). The built extension's real workers, under its CSP, are
 * exercised in e2e (csv-import, kit-import, store).
 *
 * Each task is loaded when its worker first starts, so a test file pays only for the tasks it runs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTask = TaskWork<any, any>;

export const WORKER_TASKS: Record<string, () => Promise<AnyTask>> = {
  'csv-export.worker.ts': async () => (await import('@/utils/client/csv-export-task')).exportCsvTask,
  'backup.worker.ts': async () => (await import('@/utils/client/backup-task')).backupTask,
  'read-files.worker.ts': async () => (await import('@/components/debrief/files/read-task')).readTask,
  'guide-import.worker.ts': async () => (await import('@/utils/domain/import/run')).runGuideImport,
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
      const load = tasks[this.name];
      if (!load) throw new Error(`No task is registered for the worker ${this.name} (tests/support/workers.ts).`);
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
      serveWorkerTask(async (input, progress) => (await load())(input, progress), this.inside);
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
