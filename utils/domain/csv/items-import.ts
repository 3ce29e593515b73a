import { z } from 'zod';
import { parseCsvWithLines, type CsvError } from './format';
import { INTERVIEW_COLUMNS, ITEM_COLUMNS, ITEM_DECISION_COLUMNS, ITEM_SCORE_COLUMNS, LIST_SEPARATOR } from './scorecard';
import { checkFileSeal, sealedColumn, type CsvShape, type FileSealCheck } from './file-seal';

/*
 * Reading an items CSV that another interviewer exported. Every cell arrives as
 * text; each column's schema says what it must hold and turns it into its type.
 * Messages are phrased to follow "line 7, score: " and end with what was found.
 */

const required = z.string().trim().min(1, 'required');
const free = z.string();
/** A figure the file carries for reading only (recomputed from the kit), with a spreadsheet's decimal comma ("4,00") read as a point. */
const figure = free.default('').transform((s) => (/^-?\d+,\d+$/.test(s.trim()) ? s.trim().replace(',', '.') : s));

const yesNo = z
  .string()
  .trim()
  .refine((s) => s === 'yes' || s === 'no', 'expected yes or no')
  .transform((s) => s === 'yes');

/** One "criterionId=score" of a criteria_scores cell. */
const CRITERION_SCORE = /^[^=|]+=[1-5]$/;
const criteriaRecord = (cell: string): Record<string, number> =>
  Object.fromEntries(
    cell
      .split(LIST_SEPARATOR)
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.lastIndexOf('=')).trim(), Number(pair.slice(pair.lastIndexOf('=') + 1))]),
  );

export const ParsedItemRowSchema = z.object({
  interview_id: required,
  candidate: free,
  kit: required,
  kit_version: z
    .string()
    .trim()
    .refine((s) => /^[1-9]\d*$/.test(s), 'expected a positive whole number')
    .transform(Number),
  round: required,
  interviewer: required,
  date: z
    .string()
    .trim()
    .pipe(z.iso.datetime({ message: 'expected an ISO 8601 UTC date-time like 2025-03-04T09:30:00.000Z' })),
  section: free,
  question_id: required,
  question: free,
  category: free,
  score: z
    .string()
    .trim()
    .refine((s) => s === '' || /^[1-5]$/.test(s), 'expected 1-5')
    .transform((s) => (s === '' ? null : Number(s))),
  not_asked: yesNo,
  expected_points_covered: z
    .string()
    .trim()
    .refine((s) => {
      if (s === '') return true;
      const match = /^(\d+) of (\d+)$/.exec(s);
      return match !== null && Number(match[1]) <= Number(match[2]);
    }, 'expected covered of total like "2 of 5"'),
  points_covered: free,
  notes: free,
  status: z.enum(['draft', 'submitted'], { message: 'expected draft or submitted' }),
  seal: free,
  // Absent from files exported before items carried them: empty, like an interview with no decision.
  decision: z.string().trim().default(''),
  decision_reason: free.default(''),
  red_flags: free.default(''),
  green_flags: free.default(''),
  // Added with criteria scoring; absent from older files. The figures after it are read as text:
  // they are recomputed from the kit.
  criteria_scores: z
    .string()
    .default('')
    .refine(
      (s) => s.trim() === '' || s.split(LIST_SEPARATOR).every((pair) => CRITERION_SCORE.test(pair.trim())),
      'expected criterion=score pairs like "speed=4 | depth=3"',
    )
    .transform(criteriaRecord),
  question_score: figure,
  overall_notes: free.default(''),
  weighted_total: figure,
  threshold: figure,
  threshold_met: free.default(''),
  failed_minimums: free.default(''),
});

/** One items row, typed: score is 1-5 or null, not_asked a boolean, kit_version a number. */
export type ParsedItemRow = z.output<typeof ParsedItemRowSchema>;

export interface ParsedItems {
  rows: ParsedItemRow[];
  errors: CsvError[];
  /** False for a file exported before items carried the decision, its reason and the flags: its rows' empty cells there mean "not in this file". */
  hasDecisionColumns: boolean;
  /** Each interview's seal, checked against its rows as they are in the file (docs/seal.md). */
  seals: Map<string, FileSealCheck>;
  /** What was noticed that rejected nothing (a semicolon or tab separator). */
  notes: string[];
  /** The file line each of `rows` starts on. */
  lines: number[];
  /** Data records in the file, read or not. */
  records: number;
}

/** Check the seal of every interview in a parsed file, over all its rows as read (rejected ones too: a bad cell is an edit). */
export function checkFileSeals(shape: CsvShape, rows: readonly Record<string, string>[]): Map<string, FileSealCheck> {
  const byInterview = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const id = (row.interview_id ?? '').trim();
    if (!id) continue;
    const own = byInterview.get(id);
    if (own) own.push(row);
    else byInterview.set(id, [row]);
  }
  const covered = (column: string) => sealedColumn(shape, column, ITEM_COLUMNS, INTERVIEW_COLUMNS);
  return new Map([...byInterview].map(([id, own]) => [id, checkFileSeal(shape, own, covered)]));
}

/**
 * Columns that belong to the interview, not the question: every row of one interview must
 * give the same value, or the file contradicts itself and the later row is rejected.
 */
const INTERVIEW_LEVEL_COLUMNS = [
  'candidate',
  'kit',
  'kit_version',
  'round',
  'interviewer',
  'status',
  ...ITEM_DECISION_COLUMNS,
] as const satisfies readonly (keyof ParsedItemRow)[];

function describeValue(value: string): string {
  return value === '' ? 'got an empty cell' : `got ${JSON.stringify(value)}`;
}

/**
 * Parse an items-shape CSV another interviewer exported back into typed rows, with row errors
 * naming file line and column: "line 7, score: expected 1-5, got \"6\"". Unknown/missing columns
 * are reported, not guessed. The decision columns (ITEM_DECISION_COLUMNS) come as a set: a file
 * without any of them is an older export and is read without a decision; one with only some of
 * them has been cut and is reported like any other missing column.
 */
export function parseItemsCsv(text: string): ParsedItems {
  const csv = parseCsvWithLines(text);
  const seals = checkFileSeals('items', csv.rows);
  const notes = csv.notes;
  const errors: CsvError[] = [...csv.errors];
  const expected = new Set<string>(ITEM_COLUMNS);
  const present = new Set(csv.header);
  const decisionColumns = new Set<string>(ITEM_DECISION_COLUMNS);
  const hasDecisionColumns = ITEM_DECISION_COLUMNS.some((c) => present.has(c));

  const optional = new Set<string>(ITEM_SCORE_COLUMNS);
  const missing = ITEM_COLUMNS.filter((c) => !present.has(c) && !optional.has(c) && (hasDecisionColumns || !decisionColumns.has(c)));
  for (const column of missing) {
    const hint = decisionColumns.has(column) ? ` (${ITEM_DECISION_COLUMNS.join(', ')} come together)` : '';
    errors.push({ line: 1, message: `line 1: missing column "${column}"${hint}` });
  }
  for (const column of csv.header.filter((c) => !expected.has(c)))
    errors.push({ line: 1, message: `line 1: unknown column "${column}" (ignored)` });
  const duplicated = csv.header.length !== present.size;
  // Without every column (or with one twice) no row can be read without guessing.
  const records = csv.rows.length + new Set(csv.errors.filter((e) => e.line > 1).map((e) => e.line)).size;
  if (missing.length > 0 || duplicated)
    return { rows: [], errors: sortByLine(errors), hasDecisionColumns, seals, notes, lines: [], records };

  const rows: ParsedItemRow[] = [];
  const lines: number[] = [];
  const firstLineOf = new Map<string, number>();
  const firstRowOf = new Map<string, { row: ParsedItemRow; line: number }>();
  csv.rows.forEach((raw, i) => {
    const line = csv.lines[i] ?? 0;
    const parsed = ParsedItemRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const value = raw[column] ?? '';
        const detail = issue.message === 'required' ? 'required' : `${issue.message}, ${describeValue(value)}`;
        errors.push({ line, message: `line ${line}, ${column}: ${detail}` });
      }
      return;
    }
    const row = parsed.data;
    const reference = firstRowOf.get(row.interview_id);
    const differing = reference && INTERVIEW_LEVEL_COLUMNS.find((c) => row[c] !== reference.row[c]);
    if (reference && differing) {
      const [got, was] = [row[differing], reference.row[differing]].map((v) => JSON.stringify(String(v)));
      errors.push({
        line,
        message: `line ${line}, ${differing}: ${got} differs from ${was} on line ${reference.line} for the same interview_id`,
      });
      return;
    }
    const key = `${row.interview_id}\u0000${row.question_id}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      errors.push({ line, message: `line ${line}, question_id: "${row.question_id}" already given on line ${first} for this interview` });
      return;
    }
    firstLineOf.set(key, line);
    if (!reference) firstRowOf.set(row.interview_id, { row, line });
    rows.push(row);
    lines.push(line);
  });
  return { rows, errors: sortByLine(errors), hasDecisionColumns, seals, notes, lines, records };
}

function sortByLine(errors: CsvError[]): CsvError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
