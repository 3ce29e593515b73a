import { serveWorkerTask, type TaskWork } from '@/utils/client/worker-task';
import { csvTask } from '@/utils/client/csv-task';

/**
 * Node and jsdom have no Web Worker. This one runs a worker file's task in the same thread,
 * with the same messages, delivered asynchronously as a real worker's are (structured clones),
 * so views and clients that use runInWorker run unchanged in unit tests. The built extension's
 * real workers are exercised in e2e (tests/e2e/csv-import.e2e.ts).
 */
const TASKS: Record<string, TaskWork<never, unknown>> = {
  'csv-read.worker.ts': csvTask as TaskWork<never, unknown>,
};

export class InThreadWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private ended = false;
  private readonly inside: { onmessage: unknown; postMessage(message: unknown): void };

  constructor(url: string | URL) {
    const file = String(url).split('/').pop()!.split('?')[0]!;
    const task = TASKS[file];
    if (!task) throw new Error(`tests/support/worker.ts: no task for worker ${file}`);
    this.inside = {
      onmessage: null,
      postMessage: (message) => setTimeout(() => !this.ended && this.onmessage?.({ data: structuredClone(message) } as MessageEvent), 0),
    };
    serveWorkerTask(task, this.inside);
  }

  postMessage(data: unknown): void {
    const copy = structuredClone(data);
    setTimeout(() => (this.inside.onmessage as (e: { data: unknown }) => void)({ data: copy }), 0);
  }

  terminate(): void {
    this.ended = true;
  }
}

export function installInThreadWorkers(): void {
  if (typeof globalThis.Worker === 'undefined') (globalThis as { Worker?: unknown }).Worker = InThreadWorker;
}
