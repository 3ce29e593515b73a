/**
 * Long work off the page's main thread. Extension pages share one renderer process with the
 * in-call panel, so a parse, merge, export or restore that takes more than a frame in the desk
 * would freeze the panel in a call: such work runs in a dedicated worker instead, reports
 * progress, and can be cancelled.
 *
 * Page side: `runInWorker(() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' }), input, options)`.
 * Worker side (in x.worker.ts): `serveWorkerTask(async (input, progress, signal) => result)`.
 */

export type WorkerMessage<T> =
  { kind: 'progress'; done: number; total: number } | { kind: 'done'; result: T } | { kind: 'failed'; message: string; name?: string };

export class TaskCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'TaskCancelled';
  }
}

export interface WorkerTaskOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Transferable parts of the input (ArrayBuffers), moved rather than copied. */
  transfer?: Transferable[];
}

/** Run one task in a fresh worker; the worker is ended when the task settles or is cancelled. */
export function runInWorker<I, T>(makeWorker: () => Worker, input: I, options: WorkerTaskOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new TaskCancelled());
    const worker = makeWorker();
    const end = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      end();
      reject(new TaskCancelled());
    };
    options.signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerMessage<T>>) => {
      const message = event.data;
      if (message.kind === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.kind === 'done') {
        end();
        resolve(message.result);
      } else {
        end();
        const error = new Error(message.message);
        if (message.name) error.name = message.name;
        reject(error);
      }
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'The background task failed.'));
    };
    worker.postMessage(input, options.transfer ?? []);
  });
}

/** What a worker's task receives besides its input. */
export type TaskWork<I, T> = (input: I, progress: (done: number, total: number) => void) => Promise<T> | T;

/** The worker side: answer one input with progress, then the result or the failure's message. */
export function serveWorkerTask<I, T>(
  work: TaskWork<I, T>,
  scope: { onmessage: unknown; postMessage(message: unknown): void } = self,
): void {
  scope.onmessage = async (event: MessageEvent<I>) => {
    const post = (message: WorkerMessage<T>) => scope.postMessage(message);
    try {
      const result = await work(event.data, (done, total) => post({ kind: 'progress', done, total }));
      post({ kind: 'done', result });
    } catch (error) {
      post({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
        name: error instanceof Error ? error.name : undefined,
      });
    }
  };
}
