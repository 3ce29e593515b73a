import type { InterviewMatch } from '../store/interview-filter';
import { request } from './request';
import { runInWorker } from './worker-task';
import type { CsvExportInput, CsvExportResult } from './csv-export-task';
import CsvExportWorker from './csv-export.worker.ts?worker';

/**
 * The worker that builds CSV exports. Imported with Vite's `?worker` suffix rather than the
 * `new Worker(new URL('./x.worker.ts', import.meta.url))` pattern: WXT 0.21 defines
 * `import.meta.url` as `self.location.href` for every build (wxt-dev/wxt#2032), which hides that
 * pattern from Vite and leaves the worker out of the bundle.
 */
export const startCsvExportWorker = (): Worker => new CsvExportWorker();

export type CsvExportScope = { ids: readonly string[] } | { filter: InterviewMatch };

/**
 * Export interviews as one CSV file without freezing the desk or pushing the file through runtime
 * messages: the background is asked for its database's name (which also makes sure it has opened
 * and upgraded it), then a worker reads the store directly and builds the file. Rejects with
 * TaskCancelled when `signal` aborts: the worker is ended and nothing is kept.
 */
export async function buildCsvExport(
  shape: 'items' | 'interviews',
  scope: CsvExportScope,
  options: { onProgress?(done: number, total: number): void; signal?: AbortSignal } = {},
): Promise<CsvExportResult> {
  const { database } = await request('ping', {});
  const input: CsvExportInput = { database, shape, ...('ids' in scope ? { ids: [...scope.ids] } : { filter: scope.filter }) };
  return runInWorker<CsvExportInput, CsvExportResult>(startCsvExportWorker, input, options);
}
