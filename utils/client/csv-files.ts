import { checkCsvSize, CsvFileError } from '@/utils/domain/csv';
import type { Kit } from '@/utils/domain/kit/schema';
import type { DebriefFile, DebriefScorecard, ReadResult } from '@/utils/domain/debrief/read-files';
import { runInWorker, type WorkerTaskOptions } from './worker-task';
import type { CsvBytes, CsvTaskInput, CsvTaskOutput } from './csv-task';
import CsvReadWorker from './csv-read.worker.ts?worker';

/**
 * Reading scorecard CSV files in the desk without freezing the panel in a call (extension pages
 * share one renderer): a file over the size limit is refused before it is read, the rest are
 * decoded (and, for the debrief, read) in a worker, with progress and Cancel.
 */

type Options = Pick<WorkerTaskOptions, 'onProgress' | 'signal'>;

/*
 * Vite's `?worker` import, not `new Worker(new URL('./csv-read.worker.ts', import.meta.url))`:
 * WXT defines import.meta.url as self.location.href for every bundle (its service-worker fix),
 * which hides that pattern from Vite, so the worker file would never be emitted. `?worker` makes
 * Vite bundle the worker into its own file of the extension, loaded under script-src 'self'.
 */
const makeWorker = () => new CsvReadWorker({ name: 'panelist-csv-read' });

/** A refused file as the debrief lists it: no text, and why. */
const refused = (name: string, error: CsvFileError): DebriefFile => ({ name, text: '', problem: error.message });

/** Each file's bytes, or (for one over the limit, unread) why not. */
async function bytesOf(files: readonly File[]): Promise<(CsvBytes | DebriefFile)[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        checkCsvSize(file.size);
      } catch (error) {
        if (error instanceof CsvFileError) return refused(file.name, error);
        throw error;
      }
      return { name: file.name, bytes: await file.arrayBuffer() };
    }),
  );
}

async function run(files: readonly File[], debrief: CsvTaskInput['debrief'], options: Options) {
  const read = await bytesOf(files);
  const toDecode = read.filter((f): f is CsvBytes => 'bytes' in f);
  const output = toDecode.length
    ? await runInWorker<CsvTaskInput, CsvTaskOutput>(
        makeWorker,
        { files: toDecode, debrief },
        { ...options, transfer: toDecode.map((f) => f.bytes) },
      )
    : { files: [] };
  // In the order chosen (the worker answers in the order it was given); a name given twice keeps each of its files.
  let next = 0;
  const ordered = read.map((f) => ('bytes' in f ? output.files[next++]! : f));
  return { files: ordered, read: output.read };
}

/** Decode CSV files (any encoding and separator a spreadsheet saves) in a worker: each becomes its text and notes, or why it was refused. */
export async function readCsvFiles(files: readonly File[], options: Options = {}): Promise<DebriefFile[]> {
  return (await run(files, undefined, options)).files;
}

/**
 * The debrief's whole reading in a worker: decode the files and read them with this browser's
 * own scorecards into cards and reports (readScorecards). Refused files are among the reports;
 * an abort of `signal` rejects with TaskCancelled and ends the worker.
 */
export async function readDebriefFiles(
  files: readonly File[],
  kits: readonly Kit[],
  local: readonly DebriefScorecard[],
  options: Options = {},
): Promise<{ files: DebriefFile[]; read: ReadResult }> {
  const result = await run(files, { kits: [...kits], local: [...local] }, options);
  const unread = result.files.filter((f) => f.problem && !result.read?.reports.some((r) => r.name === f.name));
  const reports = [
    ...(result.read?.reports ?? []),
    ...unread.map((f) => ({
      name: f.name,
      shape: 'unknown' as const,
      rowsRead: 0,
      rowsRejected: 0,
      scorecards: 0,
      errors: [`${f.name}: ${f.problem}`],
      notes: [],
    })),
  ];
  return { files: result.files, read: { cards: result.read?.cards ?? [...local], reports } };
}
