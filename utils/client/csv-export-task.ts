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
  /**
   * Build only part `index` of `of` (consecutive stretches of the ids, in file order, the first
   * with the header), so that several workers build one file side by side. The whole file without.
   */
  part?: { index: number; of: number };
  /** Stream the file's pieces here as they are made (`PieceMessage`s, ending with `end`) instead of returning a Blob. */
  pieces?: MessagePort;
}

/** What a streaming export sends on its `pieces` port: each piece of the file in order, then the end. */
export type PieceMessage = { piece: Blob } | { end: true };

export interface CsvExportResult {
  /** Null when nothing matched, and when the file was streamed to `pieces`. */
  blob: Blob | null;
  interviews: number;
  rows: number;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';

export async function exportCsvTask(input: CsvExportInput, progress: (done: number, total: number) => void): Promise<CsvExportResult> {
  const store = await openReadOnlyStore(input.database);
  try {
    const fileIds = await exportScopeIds(store.ctx, input);
    if (fileIds.length === 0) {
      input.pieces?.postMessage({ end: true } satisfies PieceMessage);
      return { blob: null, interviews: 0, rows: 0 };
    }
    const { index, of } = input.part ?? { index: 0, of: 1 };
    const at = (n: number) => Math.floor((fileIds.length * n) / of);
    const ids = fileIds.slice(at(index), at(index + 1));
    const port = input.pieces;
    const send = (message: PieceMessage) => port?.postMessage(message);
    const parts = new BlobParts(undefined, port ? (piece) => send({ piece }) : undefined);
    const rows = await writeCsv(store.ctx, ids, input.shape, (text) => parts.add(text), progress, { first: index === 0, fileIds });
    if (!port) return { blob: parts.blob(CSV_TYPE), interviews: ids.length, rows };
    parts.flush();
    send({ end: true });
    return { blob: null, interviews: ids.length, rows };
  } finally {
    store.close();
  }
}
