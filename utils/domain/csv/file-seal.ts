import { canonicalText, sha256HexSync, unordinaryKey } from '../seal';
import { cellValue, type CsvCell } from './format';

/**
 * The seal a scorecard CSV carries, checkable from the file alone (docs/seal.md). It covers
 * exactly the cells the file holds for one interview, so a score edited 1 → 5 in a spreadsheet,
 * a category 4.00 → 1.00, or a draft relabelled "submitted" no longer matches.
 *
 * The cells: for each of the interview's rows, its non-empty cells in the shape's own columns
 * (everything but `seal` itself; a column the user added is not covered), values as read back
 * from the file (formula apostrophes undone) except that a cell that is a plain decimal number is
 * written as the shortest number it is ("4.00", "4,00" and "4" are all "4": spreadsheets rewrite
 * numbers that way on every save).
 *
 * fs2 (what exports write): the cells every row holds with the same value (the interview's own,
 * repeated on each of its rows) as one object, each row's other cells as an object, keys sorted,
 * the rows ordered by their canonical JSON text; then `["panelist-file-seal", 2, shape, common,
 * rows]` as canonical JSON. fs1 (files exported before it, still checked): each row's cells as
 * one object's canonical JSON text, those texts sorted, then `["panelist-file-seal", 1, shape,
 * texts]` as canonical JSON. The seal cell is the prefix and the SHA-256 of that text's UTF-8 in
 * lowercase hex.
 */

export type CsvShape = 'items' | 'interviews';
export type FileSealVersion = 1 | 2;
const PREFIXES: Record<FileSealVersion, string> = { 1: 'fs1:', 2: 'fs2:' };
/** What the export writes. */
export const FILE_SEAL_VERSION: FileSealVersion = 2;
export const FILE_SEAL_PREFIX = PREFIXES[FILE_SEAL_VERSION];
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

/** Each row's covered, non-empty cells, canonical. */
function sealedCells(rows: readonly Record<string, string>[], covered: (column: string) => boolean): Map<string, string>[] {
  return rows.map((row) => {
    const cells = new Map<string, string>();
    for (const [column, value] of Object.entries(row)) if (value !== '' && covered(column)) cells.set(column, canonicalCell(value));
    return cells;
  });
}

const objectText = (cells: Iterable<[string, string]>) => canonicalText(Object.fromEntries(cells));

/** The exact text the file seal (fs2 unless `version` says otherwise) is the hash of. */
export function fileSealContent(
  shape: CsvShape,
  rows: readonly Record<string, string>[],
  covered: (column: string) => boolean,
  version: FileSealVersion = FILE_SEAL_VERSION,
): string {
  const cells = sealedCells(rows, covered);
  if (version === 1) return canonicalText(['panelist-file-seal', 1, shape, cells.map((row) => objectText(row)).sort()]);
  const common = [...(cells[0] ?? [])].filter(([column, value]) => cells.every((row) => row.get(column) === value));
  const shared = new Set(common.map(([column]) => column));
  const texts = cells.map((row) => objectText([...row].filter(([column]) => !shared.has(column))));
  return fs2Text(shape, objectText(common), texts);
}

/** `canonicalText(["panelist-file-seal", 2, shape, common, rows])`, given each part's own canonical text. */
const fs2Text = (shape: CsvShape, common: string, rows: string[]) =>
  `["panelist-file-seal",2,${JSON.stringify(shape)},${common},[${rows.sort().join(',')}]]`;

const UNSEEN = Symbol('unseen');

/**
 * `fileSealContent` (fs2) for rows as the export holds them, cells in `columns` order (each read
 * as `cellValue` gives it): the same text, written directly. The covered columns are sorted once;
 * a column is common when every row's cell reads the same (the same cell as the row above needs
 * no second look), and each row writes only its other cells. Columns JSON would reorder take the
 * general path.
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
  let common = '';
  const own: { key: string; at: number }[] = [];
  for (const { column, at } of order) {
    const key = `${JSON.stringify(column)}:`;
    const value = commonValue(rows, at);
    if (value === null) own.push({ key, at });
    else common += `${common ? ',' : '{'}${key}${JSON.stringify(value)}`;
  }
  const texts = rows.map((row) => {
    let text = '';
    for (const { key, at } of own) {
      const value = cellValue(row[at]);
      if (value !== '') text += `${text ? ',' : '{'}${key}${JSON.stringify(canonicalCell(value))}`;
    }
    return text ? `${text}}` : '{}';
  });
  return fs2Text(shape, common ? `${common}}` : '{}', texts);
}

/** The canonical value every row holds in column `at`, or null when one row differs or it is empty. */
function commonValue(rows: readonly (readonly CsvCell[])[], at: number): string | null {
  if (rows.length === 0) return null;
  let above: unknown = UNSEEN;
  let value = '';
  for (const row of rows) {
    const cell = row[at];
    if (cell === above) continue;
    const next = canonicalCell(cellValue(cell));
    if (next === '' || (above !== UNSEEN && next !== value)) return null;
    above = cell;
    value = next;
  }
  return value;
}

export function fileSeal(
  shape: CsvShape,
  rows: readonly Record<string, string>[],
  covered: (column: string) => boolean,
  version: FileSealVersion = FILE_SEAL_VERSION,
): string {
  return PREFIXES[version] + sha256HexSync(fileSealContent(shape, rows, covered, version));
}

/** The form a seal cell says it is in, by its prefix; null for one Panelist never writes. */
const versionOf = (seal: string): FileSealVersion | null => (seal.startsWith(PREFIXES[2]) ? 2 : seal.startsWith(PREFIXES[1]) ? 1 : null);

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
  const version = versionOf(seal);
  if (version === null)
    return {
      mark: 'edited',
      detail:
        'its seal is not one Panelist writes into files (made up, or from an export made before files carried a checkable seal): ask its interviewer for a fresh export',
    };
  if (seal !== fileSeal(shape, rows, covered, version))
    return { mark: 'edited', detail: 'its cells no longer match its seal: something was changed after it was submitted' };
  if (status !== 'submitted') return { mark: 'edited', detail: 'sealed, yet not marked submitted' };
  return { mark: 'intact', detail: 'sealed, and unchanged since it was submitted' };
}
