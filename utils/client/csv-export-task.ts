import type { InterviewMatch } from '../store/interview-filter';
import { openReadOnlyStore } from '../store/read-only';
import { exportScopeIds, writeCsv } from '../store/export-csv';
import { BlobParts } from './blob-parts';

/**
 * The CSV export, worker side: read the store directly (read-only, in batches) and build the file
 * as Blob pieces, off the desk's main thread. Runs in csv-export.worker.ts; tests run it in-process.
 */

export interface CsvExportInput {
  /** The store's IndexedDB name, from the background's `ping` answer. */
  database: string;
  shape: 'items' | 'interviews';
  /** The interviews to export, in file order; without them, everything `filter` matches, oldest first. */
  ids?: string[];
  filter?: InterviewMatch;
}

export interface CsvExportResult {
  /** Null when nothing matched. */
  blob: Blob | null;
  interviews: number;
  rows: number;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';

export async function exportCsvTask(input: CsvExportInput, progress: (done: number, total: number) => void): Promise<CsvExportResult> {
  const store = await openReadOnlyStore(input.database);
  try {
    const ids = await exportScopeIds(store.ctx, input);
    if (ids.length === 0) return { blob: null, interviews: 0, rows: 0 };
    const parts = new BlobParts();
    const rows = await writeCsv(store.ctx, ids, input.shape, (text) => parts.add(text), progress);
    return { blob: parts.blob(CSV_TYPE), interviews: ids.length, rows };
  } finally {
    store.close();
  }
}
