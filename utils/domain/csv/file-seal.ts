import { canonicalJson, sha256HexSync } from '../seal';

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

/**
 * Keys an object does not keep in the order they were added: array indices ("0", "17"), which
 * JSON writes first, and `__proto__`, which assignment does not add as a key at all.
 */
const unordinaryKey = (key: string) => key === '__proto__' || (String(Number(key) >>> 0) === key && key !== '4294967295');

/**
 * `canonicalJson` of one row's covered non-empty cells, written directly: the keys in sorted order,
 * each `"key":"value"` as JSON.stringify writes it. The same text, without building and re-sorting
 * an object per row (an export seals 300,000 rows). Keys that are array indices, which JSON
 * reorders, take the general path.
 */
function canonicalRowText(columns: readonly string[], value: (column: string) => string | undefined): string {
  let text = '{';
  for (const column of columns) {
    const cell = value(column);
    if (cell === '' || cell === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(column)}:${JSON.stringify(canonicalCell(cell))}`;
  }
  return `${text}}`;
}

const canonicalRows = (shape: CsvShape, rowTexts: string[]) => canonicalJson(['panelist-file-seal', 1, shape, rowTexts.sort()]);

/** The exact text the file seal is the hash of. */
export function fileSealContent(shape: CsvShape, rows: readonly Record<string, string>[], covered: (column: string) => boolean): string {
  const texts = rows.map((row) => {
    const columns = Object.keys(row)
      .filter((column) => covered(column))
      .sort();
    if (columns.some(unordinaryKey)) {
      const cells: Record<string, string> = {};
      for (const column of columns) if (row[column] !== '') cells[column] = canonicalCell(row[column]!);
      return canonicalJson(cells);
    }
    return canonicalRowText(columns, (column) => row[column]);
  });
  return canonicalRows(shape, texts);
}

/**
 * `fileSealContent` for rows as the export holds them: cells in `columns` order, as `cellValue`
 * gives them. Gives the same text as building each row's record first; `columns` is sorted once.
 */
export function fileSealContentOfCells(
  shape: CsvShape,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  covered: (column: string) => boolean,
): string {
  const order = columns
    .map((column, at) => ({ column, at }))
    .filter(({ column }) => covered(column))
    .sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  if (new Set(columns).size !== columns.length || order.some(({ column }) => unordinaryKey(column)))
    return fileSealContent(
      shape,
      rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? '']))),
      covered,
    );
  const sorted = order.map(({ column }) => column);
  const at = new Map(order.map(({ column, at }) => [column, at]));
  return canonicalRows(
    shape,
    rows.map((row) => canonicalRowText(sorted, (column) => row[at.get(column)!] ?? '')),
  );
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
