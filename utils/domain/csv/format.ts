import Papa from 'papaparse';

/**
 * The CSV dialect Panelist writes and reads: RFC 4180 (comma, double quotes,
 * CRLF records) with a UTF-8 byte-order mark so Excel opens "José" and "李"
 * as UTF-8 rather than the local code page.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * injection"). The optional run of leading apostrophes is part of the test so
 * that text which already starts with "'=" gains one more apostrophe: that is
 * what lets `restoreFormula` remove exactly one and give back the original.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Prefix a cell that starts with =, +, -, @, tab or CR with an apostrophe so spreadsheets treat it as text (OWASP CSV injection advice); numbers written as numbers are not touched. */
export function neutraliseFormula(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** Undo `neutraliseFormula`: drop the one apostrophe it added. */
export function restoreFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

export type CsvCell = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** What a cell holds as text, before formula neutralising: what a reader gets back from the file. */
export function cellValue(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell;
}

function cellText(cell: CsvCell): string {
  // A number is data, not text a person typed: "-3" must stay numeric in the sheet.
  return typeof cell === 'string' ? neutraliseFormula(cell) : cellValue(cell);
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One RFC 4180 record + CRLF: quotes cells holding comma, quote, CR or LF; doubles quotes; null/undefined → empty. Text cells are neutralised. */
export function csvRow(cells: readonly CsvCell[]): string {
  // A lone empty cell would be a blank line, which readers skip; `""` keeps the record.
  if (cells.length === 1 && cellText(cells[0]) === '') return '""\r\n';
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + quote(cellText(cells[i]));
  return line + '\r\n';
}

/**
 * `rows.map(csvRow).join('')`, with a cell equal to the one above it written from that one's
 * text instead of neutralised and quoted again: an interview's own columns repeat on each of its
 * item rows, and an export writes hundreds of thousands of them.
 */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  const lines: string[] = [];
  let above: readonly CsvCell[] = [];
  let aboveTexts: string[] = [];
  for (const row of rows) {
    if (row.length === 1) {
      lines.push(csvRow(row));
      continue;
    }
    const texts = new Array<string>(row.length);
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      texts[i] = i < above.length && cell === above[i] ? aboveTexts[i]! : quote(cellText(cell));
    }
    lines.push(texts.join(',') + '\r\n');
    above = row;
    aboveTexts = texts;
  }
  return lines.join('');
}

/** BOM + header row + rows. */
export function toCsv(header: readonly string[], rows: CsvCell[][]): string {
  return CSV_BOM + csvRow([...header]) + rows.map(csvRow).join('');
}

export interface CsvError {
  line: number;
  message: string;
}

export interface ParsedCsv {
  header: string[];
  rows: Record<string, string>[];
  errors: CsvError[];
  /** The separator the file uses: Panelist writes commas; Excel re-saves with semicolons or tabs. */
  delimiter: CsvDelimiter;
  /** What the reader noticed that rejected nothing (a separator other than the comma). */
  notes: string[];
}

/** `ParsedCsv` plus the file line each row starts on (rows may span lines). */
export interface ParsedCsvWithLines extends ParsedCsv {
  lines: number[];
}

const LINE_BREAK = /\r\n|\r|\n/g;
const countLineBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

interface RawRecord {
  cells: string[];
  line: number;
  blank: boolean;
  problems: string[];
}

function readRecords(text: string, delimiter: CsvDelimiter): RawRecord[] {
  const records: RawRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    step: (result) => {
      const end = result.meta.cursor;
      const raw = text.slice(start, end);
      records.push({
        cells: result.data,
        line,
        blank: raw.replace(LINE_BREAK, '') === '',
        problems: result.errors.map((e) => e.message),
      });
      line += countLineBreaks(raw);
      start = end;
    },
  });
  return records;
}

/** Same as `parseCsv`, also giving the line each row starts on so callers can point at it. */
export function parseCsvWithLines(text: string): ParsedCsvWithLines {
  const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  const delimiter = detectDelimiter(body);
  const notes = delimiter === ',' ? [] : [DELIMITER_NOTES[delimiter]];
  const records = readRecords(body, delimiter).filter((r) => !r.blank);
  const errors: CsvError[] = [];
  const headerRecord = records.shift();
  if (!headerRecord)
    return { header: [], rows: [], lines: [], errors: [{ line: 1, message: 'line 1: the file is empty' }], delimiter, notes };

  const header = headerRecord.cells.map(restoreFormula);
  for (const problem of headerRecord.problems) errors.push({ line: headerRecord.line, message: `line ${headerRecord.line}: ${problem}` });
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name))
      errors.push({ line: headerRecord.line, message: `line ${headerRecord.line}: column "${name}" appears more than once` });
    seen.add(name);
  }

  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  for (const record of records) {
    if (record.problems.length > 0) {
      for (const problem of record.problems) errors.push({ line: record.line, message: `line ${record.line}: ${problem}` });
      continue;
    }
    if (record.cells.length !== header.length) {
      errors.push({ line: record.line, message: `line ${record.line}: expected ${header.length} fields, got ${record.cells.length}` });
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = restoreFormula(record.cells[i] ?? '');
    });
    rows.push(row);
    lines.push(record.line);
  }
  return { header, rows, lines, errors, delimiter, notes };
}

/** Reads what toCsv wrote (BOM stripped, CRLF/LF, quoted newlines) and undoes neutraliseFormula ('=SUM → =SUM) so values round-trip exactly. line = 1-based line in the file. */
export function parseCsv(text: string): ParsedCsv {
  const { header, rows, errors, delimiter, notes } = parseCsvWithLines(text);
  return { header, rows, errors, delimiter, notes };
}

/** Only the header of a CSV (its first record): enough to tell a file's shape without reading all of it. */
export function parseCsvHeader(text: string): ParsedCsv {
  const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  let quoted = false;
  let end = body.length;
  let started = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (started) {
        end = i;
        break;
      }
      continue;
    }
    started = true;
  }
  return parseCsv(body.slice(0, end));
}

export type CsvDelimiter = ',' | ';' | '\t';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const DELIMITER_NOTES: Record<Exclude<CsvDelimiter, ','>, string> = {
  ';': 'columns separated by semicolons (as Excel saves CSV where the decimal mark is a comma); read as such',
  '\t': 'columns separated by tabs (as Excel saves "Unicode text"); read as such',
};

/**
 * The separator of a CSV file, from its header line: the one of comma, semicolon and tab that
 * occurs most often outside quotes there (a Panelist header holds no quotes, tabs or semicolons).
 * A tie, or none at all, is a comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (started) break;
      continue;
    } else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    started = true;
  }
  let best: CsvDelimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}
