import { CSV_BOM, csvRow, parseCsv } from '@/utils/domain/csv';
import { request } from '@/utils/client/request';

/** Interviews per request: each answer stays small and the progress bar moves often. */
export const EXPORT_REQUEST_SIZE = 200;

const headerLine = (csv: string) => csv.slice(csv.startsWith(CSV_BOM) ? 1 : 0, csv.indexOf('\r\n'));

/**
 * One CSV from several exports of the same shape. Items exports share one header, so their
 * bodies are simply appended. Interviews exports of different kits carry different score
 * columns: then every part is read back and laid out under the union of the headers, in
 * first-seen order (the reader undoes the formula guard and the writer puts it back).
 */
export function joinCsvExports(parts: readonly string[]): string {
  return joinCsvPieces(parts).join('');
}

/**
 * The same file as `joinCsvExports`, as pieces to hand to a Blob: a 10,000-interview export is
 * ~150 MB, and concatenating it into one string froze the desk for seconds (bench row 8).
 */
export function joinCsvPieces(parts: readonly string[]): string[] {
  if (parts.length === 0) return [CSV_BOM];
  const first = headerLine(parts[0]!);
  if (parts.every((part) => headerLine(part) === first)) {
    return [`${CSV_BOM}${first}\r\n`, ...parts.map((part) => part.slice(part.indexOf('\r\n') + 2))];
  }
  const tables = parts.map(parseCsv);
  const header: string[] = [];
  for (const table of tables) for (const column of table.header) if (!header.includes(column)) header.push(column);
  return [CSV_BOM + csvRow(header), ...tables.flatMap((t) => t.rows.map((row) => csvRow(header.map((c) => row[c] ?? ''))))];
}

export type ExportShape = 'items' | 'interviews';

/** Export these interviews (oldest first) a batch at a time, reporting how many are done. */
export async function exportInBatches(
  ids: readonly string[],
  shape: ExportShape,
  onProgress: (done: number, total: number) => void,
): Promise<{ pieces: string[]; rows: number }> {
  const parts: string[] = [];
  let rows = 0;
  onProgress(0, ids.length);
  for (let start = 0; start < ids.length; start += EXPORT_REQUEST_SIZE) {
    const batch = ids.slice(start, start + EXPORT_REQUEST_SIZE);
    const part = await request('export.csv', { shape, ids: [...batch] });
    parts.push(part.csv);
    rows += part.rows;
    onProgress(Math.min(start + batch.length, ids.length), ids.length);
  }
  return { pieces: joinCsvPieces(parts), rows };
}

export function exportFilename(shape: ExportShape, scope: string, now = new Date()): string {
  const day = Number.isNaN(now.getTime())
    ? 'undated'
    : `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const safe =
    scope
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `panelist-${shape}-${safe}-${day}.csv`;
}
