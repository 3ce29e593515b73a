import { useEffect, useMemo, useRef, useState } from 'react';
import { runInWorker, TaskCancelled } from '@/utils/client/worker-task';
import { runGuideImport, type GuideTaskResult } from '@/utils/domain/import/run';
import GuideWorker from './guide-import.worker.ts?worker';

/** Guides up to this size are read on the spot (well under a frame); bigger ones in a worker. */
export const INLINE_GUIDE_CHARS = 64 * 1024;

export type GuideImportState =
  | { kind: 'done'; task: GuideTaskResult }
  | { kind: 'working'; done: number; total: number; cancel(): void }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * The worker, bundled by Vite as its own chunk. Imported with `?worker` rather than written as
 * `new Worker(new URL('./guide-import.worker.ts', import.meta.url))`: WXT defines
 * `import.meta.url` as `self.location.href`, which hides that pattern from Vite, so the worker
 * would not be bundled at all (tests/e2e/kit-import.e2e.ts checks that it loads).
 */
export function makeGuideWorker(): Worker {
  return new GuideWorker();
}

/** The import of `markdown`, kept up to date as it changes; big guides run in a worker with progress and Cancel. */
export function useGuideImport(markdown: string): GuideImportState {
  const inline = markdown.length <= INLINE_GUIDE_CHARS || typeof Worker === 'undefined';
  const quick = useMemo(() => (inline ? runGuideImport({ markdown }) : null), [inline, markdown]);
  const [state, setState] = useState<GuideImportState | null>(null);
  const run = useRef(0);
  useEffect(() => {
    if (inline) return;
    const id = ++run.current;
    const controller = new AbortController();
    const set = (next: GuideImportState) => id === run.current && setState(next);
    set({ kind: 'working', done: 0, total: markdown.length, cancel: () => controller.abort() });
    runInWorker<{ markdown: string }, GuideTaskResult>(
      makeGuideWorker,
      { markdown },
      {
        signal: controller.signal,
        onProgress: (done, total) => set({ kind: 'working', done, total, cancel: () => controller.abort() }),
      },
    ).then(
      (task) => set({ kind: 'done', task }),
      (error: Error) => set(error instanceof TaskCancelled ? { kind: 'cancelled' } : { kind: 'failed', message: error.message }),
    );
    return () => controller.abort();
  }, [inline, markdown]);
  if (quick) return { kind: 'done', task: quick };
  return state ?? { kind: 'working', done: 0, total: markdown.length, cancel: () => {} };
}
