import type { InterviewMatch } from '../store/interview-filter';
import { request } from './request';
import { TaskCancelled, runInWorker, type WorkerTaskOptions } from './worker-task';
import type { CsvExportInput, CsvExportResult, PieceMessage } from './csv-export-task';
import CsvExportWorker from './csv-export.worker.ts?worker';

/**
 * The worker that builds CSV exports. Imported with Vite's `?worker` suffix rather than the
 * `new Worker(new URL('./x.worker.ts', import.meta.url))` pattern: WXT 0.21 defines
 * `import.meta.url` as `self.location.href` for every build (wxt-dev/wxt#2032), which hides that
 * pattern from Vite and leaves the worker out of the bundle.
 */
export const startCsvExportWorker = (): Worker => new CsvExportWorker();

export type CsvExportScope = { ids: readonly string[] } | { filter: InterviewMatch };

/** At most this many workers build one file; fewer where the machine has fewer cores. */
export const MAX_EXPORT_WORKERS = 4;
/** A selection smaller than this is built by one worker: starting another would cost more than it saves. */
const INTERVIEWS_PER_WORKER = 400;

/** How many workers build this export's file side by side. */
export function exportWorkers(scope: CsvExportScope, cores = globalThis.navigator?.hardwareConcurrency ?? 1): number {
  const workers = Math.max(1, Math.min(MAX_EXPORT_WORKERS, Math.floor(cores) || 1));
  return 'ids' in scope ? Math.max(1, Math.min(workers, Math.floor(scope.ids.length / INTERVIEWS_PER_WORKER))) : workers;
}

/** Where a file streamed to disk goes: a FileSystemWritableFileStream, or anything that writes Blobs in order like one. */
export interface FileWriter {
  write(piece: Blob): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export interface CsvExportOptions extends Pick<WorkerTaskOptions, 'onProgress' | 'signal'> {
  /** Write the file here as its pieces come, in order, and close it at the end (aborted on failure or Cancel); the result carries no Blob. */
  writeTo?: FileWriter;
}

/**
 * Pieces of a file that several workers stream, each its own stretch, written in file order: the
 * first part's as they come, a later part's once the parts before it have ended.
 */
function orderedWriter(of: number, writer: FileWriter) {
  const queued: Blob[][] = Array.from({ length: of }, () => []);
  const ended: boolean[] = new Array<boolean>(of).fill(false);
  let current = 0;
  let written: Promise<void> = Promise.resolve();
  let allEnded!: () => void;
  const ends = new Promise<void>((resolve) => (allEnded = resolve));
  const pump = () => {
    while (current < of) {
      for (const piece of queued[current]!.splice(0)) written = written.then(() => writer.write(piece));
      if (!ended[current]) return;
      current += 1;
    }
    allEnded();
  };
  return {
    port(index: number): MessagePort {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<PieceMessage>) => {
        if ('piece' in event.data) queued[index]!.push(event.data.piece);
        else {
          ended[index] = true;
          channel.port1.close();
        }
        pump();
      };
      return channel.port2;
    },
    /** Resolves once every part has ended and every piece is written. */
    finished: () => ends.then(() => written),
  };
}

/** Build the file as `of` parts in as many workers and join them: the same bytes as one worker writes. */
async function inParts(input: CsvExportInput, of: number, options: CsvExportOptions): Promise<CsvExportResult> {
  const stop = new AbortController();
  const cancel = () => stop.abort();
  options.signal?.addEventListener('abort', cancel);
  if (options.signal?.aborted) stop.abort();
  const done = new Array<number>(of).fill(0);
  const totals = new Array<number>(of).fill(-1);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const disk = options.writeTo ? orderedWriter(of, options.writeTo) : null;
  try {
    const results = await Promise.all(
      done.map((_, index) => {
        const pieces = disk?.port(index);
        return runInWorker<CsvExportInput, CsvExportResult>(
          startCsvExportWorker,
          { ...input, part: { index, of }, ...(pieces ? { pieces } : {}) },
          {
            signal: stop.signal,
            transfer: pieces ? [pieces] : [],
            onProgress: (partDone, partTotal) => {
              done[index] = partDone;
              totals[index] = partTotal;
              // Once every part has said how much it has to do, so the bar never goes back.
              if (totals.every((t) => t >= 0)) options.onProgress?.(sum(done), sum(totals));
            },
          },
        );
      }),
    );
    if (disk) await Promise.race([disk.finished(), aborted(stop.signal)]);
    const interviews = sum(results.map((r) => r.interviews));
    // Nothing matched: no empty file is left either.
    if (interviews === 0) await options.writeTo?.abort();
    else await options.writeTo?.close();
    const blobs = results.flatMap((r) => (r.blob ? [r.blob] : []));
    return {
      blob: blobs.length ? new Blob(blobs, { type: blobs[0]!.type }) : null,
      interviews,
      rows: sum(results.map((r) => r.rows)),
    };
  } catch (error) {
    // Nothing half-written is kept: the file on disk stays as it was.
    await options.writeTo?.abort().catch(() => undefined);
    throw error;
  } finally {
    // One part failed or the export was cancelled: the others are ended too.
    stop.abort();
    options.signal?.removeEventListener('abort', cancel);
  }
}

const aborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    const fail = () => reject(new TaskCancelled());
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail);
  });

/**
 * Export interviews as one CSV file without freezing the desk or pushing the file through runtime
 * messages: the background is asked for its database's name (which also makes sure it has opened
 * and upgraded it), then workers read the store directly and build the file, a stretch each (one
 * per core, up to MAX_EXPORT_WORKERS). Rejects with TaskCancelled when `signal` aborts: the workers
 * are ended and nothing is kept.
 */
export async function buildCsvExport(
  shape: 'items' | 'interviews',
  scope: CsvExportScope,
  options: CsvExportOptions = {},
): Promise<CsvExportResult> {
  const { database } = await request('ping', {});
  const input: CsvExportInput = { database, shape, ...('ids' in scope ? { ids: [...scope.ids] } : { filter: scope.filter }) };
  return inParts(input, exportWorkers(scope), options);
}
