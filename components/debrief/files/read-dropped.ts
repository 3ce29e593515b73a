import { runInWorker, TaskCancelled } from '@/utils/client/worker-task';
import type { Kit } from '@/utils/domain/kit/schema';
import { uniqueName } from '@/utils/domain/debrief/parse-file';
import { readTask, type ReadTaskFile } from './read-task';
// Vite bundles the worker as its own module (WXT defines import.meta.url away, so `new URL(…, import.meta.url)` is not detected).
import ReadFilesWorker from './read-files.worker.ts?worker';

/** From this many bytes in one drop, the files are read in a worker (with progress and Cancel). */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

export interface ReadOptions {
  kits: Kit[];
  candidate: string;
  /** Names the debrief already shows: a new file with one of them is shown as "name (2)". */
  taken: readonly string[];
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

const makeWorker = () => new ReadFilesWorker();

/** Read dropped files for the debrief; rejects with TaskCancelled when cancelled. */
export async function readDroppedFiles(files: readonly File[], options: ReadOptions): Promise<ReadTaskFile[]> {
  const taken = [...options.taken];
  const named = files.map((blob) => {
    const name = uniqueName(blob.name || 'file.csv', taken);
    taken.push(name);
    return { blob, name };
  });
  const input = { files: named, kits: options.kits, candidate: options.candidate };
  const size = files.reduce((sum, f) => sum + f.size, 0);
  if (size >= WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined')
    return runInWorker<typeof input, ReadTaskFile[]>(makeWorker, input, { onProgress: options.onProgress, signal: options.signal });
  try {
    return await readTask(input, (done, total) => options.onProgress?.(done, total), options.signal);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw new TaskCancelled();
    throw error;
  }
}
