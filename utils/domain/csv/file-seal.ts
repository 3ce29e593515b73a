import { canonicalText, sha256HexSync, unordinaryKey } from '../seal';
import { cellValue, type CsvCell } from './format';

/**
 * The seal a scorecard CSV carries, checkable from the file alone (docs/seal.md). It covers
 * exactly the cells the file holds for one interview, so a score edited 1 → 5 in a spreadsheet,
 * a category 4.00 → 1.00, or a draft relabelled "submitted" no longer matches.
 *
 * Canonical form: for each of the interview's rows, an object of its non-empty cells in the
 * shape's own columns (everything but `seal` itself; a column the user added is not covered),
 * keys sorted, values as read back from the file (formula apostrophes undone) except that a cell
 * that is a plain decimal number is written as the shortest number it is ("4.00", "4,00" and "4"
 * are all "4": spreadsheets rewrite numbers that way on every save); the rows as canonical JSON
 * text, sorted; then `["panelist-file-seal", 1, shape, rows]` as canonical JSON.
 * The seal cell is `fs1:` and the SHA-256 of that text's UTF-8 in lowercase hex.
 */

export type CsvShape = 'items' | 'interviews';
export const FILE_SEAL_PREFIX = 'fs1:';
/** Written instead of a seal when the stored scorecard no longer matches its own seal: it reads as edited. */
export const BROKEN_SEAL = `${FILE_SEAL_PREFIX}the-stored-scorecard-no-longer-matches-its-seal`;

/** `intact`: the cells are as submitted; `edited`: they changed after submission (or the seal was made up); `unsealed`: nothing to check. */
export type FileSealMark = 'intact' | 'edited' | 'unsealed';

export interface FileSealCheck {
  mark: FileSealMark;
  /** Why, for the file's report: which cell changed is not knowable, but what kind of problem it is. */
  detail: string;
}

/** Whether a column is one a file of this shape carries (and so the seal covers). */
export function sealedColumn(
  shape: CsvShape,
  column: string,
  itemColumns: readonly string[],
  interviewColumns: readonly string[],
): boolean {
  if (column === 'seal') return false;
  if (shape === 'items') return itemColumns.includes(column);
  return interviewColumns.includes(column) || /^score_./.test(column);
}

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;
/** A number as its shortest spelling, whatever decimal mark and trailing zeros a spreadsheet wrote. */
const canonicalCell = (value: string) => (PLAIN_NUMBER.test(value) ? String(Number(value.replace(',', '.'))) : value);

/** The exact text the file seal is the hash of. */
export function fileSealContent(shape: CsvShape, rows: readonly Record<string, string>[], covered: (column: string) => boolean): string {
  const texts = rows.map((row) => {
    const cells: Record<string, string> = {};
    for (const [column, value] of Object.entries(row)) if (value !== '' && covered(column)) cells[column] = canonicalCell(value);
    return canonicalText(cells);
  });
  return canonicalText(['panelist-file-seal', 1, shape, texts.sort()]);
}

const UNSEEN = Symbol('unseen');

/**
 * `fileSealContent` for rows as the export holds them, cells in `columns` order (each read as
 * `cellValue` gives it): the same text, written directly. The covered columns are sorted once,
 * and a cell equal to the one above it (the interview's own columns, repeated on each of its
 * rows) reuses its `"key":"value"` text. Columns JSON would reorder take the general path.
 */
export function fileSealContentOfCells(
  shape: CsvShape,
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  covered: (column: string) => boolean,
): string {
  const order = columns
    .map((column, at) => ({ column, at }))
    .filter(({ column }) => covered(column))
    .sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  if (new Set(columns).size !== columns.length || order.some(({ column }) => unordinaryKey(column)))
    return fileSealContent(
      shape,
      rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, cellValue(row[i])]))),
      covered,
    );
  const at = order.map((o) => o.at);
  const keys = order.map((o) => `${JSON.stringify(o.column)}:`);
  const above: unknown[] = at.map(() => UNSEEN);
  const aboveText: string[] = at.map(() => '');
  const texts = rows.map((row) => {
    let text = '';
    for (let i = 0; i < at.length; i++) {
      const cell = row[at[i]!];
      if (cell !== above[i]) {
        const value = cellValue(cell);
        above[i] = cell;
        aboveText[i] = value === '' ? '' : keys[i] + JSON.stringify(canonicalCell(value));
      }
      if (aboveText[i]) text += (text ? ',' : '{') + aboveText[i];
    }
    return text ? `${text}}` : '{}';
  });
  // Strings and numbers only, so JSON.stringify writes exactly what canonicalText would (natively).
  return JSON.stringify(['panelist-file-seal', 1, shape, texts.sort()]);
}

export function fileSeal(shape: CsvShape, rows: readonly Record<string, string>[], covered: (column: string) => boolean): string {
  return FILE_SEAL_PREFIX + sha256HexSync(fileSealContent(shape, rows, covered));
}

/** Check one interview's rows as read from a file. */
export function checkFileSeal(
  shape: CsvShape,
  rows: readonly Record<string, string>[],
  covered: (column: string) => boolean,
): FileSealCheck {
  const seals = new Set(rows.map((r) => (r.seal ?? '').trim()));
  const status = rows[0]?.status?.trim();
  if (seals.size === 1 && seals.has(''))
    return status === 'submitted'
      ? { mark: 'unsealed', detail: 'marked submitted but carries no seal, so nothing shows it is what its interviewer submitted' }
      : { mark: 'unsealed', detail: 'a draft: not sealed' };
  if (seals.size > 1) return { mark: 'edited', detail: 'its rows carry different seals' };
  const seal = [...seals][0] ?? '';
  if (!seal.startsWith(FILE_SEAL_PREFIX))
    return {
      mark: 'edited',
      detail:
        'its seal is not one Panelist writes into files (made up, or from an export made before files carried a checkable seal): ask its interviewer for a fresh export',
    };
  if (seal !== fileSeal(shape, rows, covered))
    return { mark: 'edited', detail: 'its cells no longer match its seal: something was changed after it was submitted' };
  if (status !== 'submitted') return { mark: 'edited', detail: 'sealed, yet not marked submitted' };
  return { mark: 'intact', detail: 'sealed, and unchanged since it was submitted' };
}
