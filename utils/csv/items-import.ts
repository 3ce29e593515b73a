import { z } from 'zod';
import { parseCsvWithLines, type CsvError } from './format';
import { ITEM_COLUMNS } from './scorecard';

/*
 * Reading an items CSV that another interviewer exported. Every cell arrives as
 * text; each column's schema says what it must hold and turns it into its type.
 * Messages are phrased to follow "line 7, score: " and end with what was found.
 */

const required = z.string().trim().min(1, 'required');
const free = z.string();

const yesNo = z
  .string()
  .trim()
  .refine((s) => s === 'yes' || s === 'no', 'expected yes or no')
  .transform((s) => s === 'yes');

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
  date: z.string().trim().pipe(z.iso.datetime({ message: 'expected an ISO 8601 UTC date-time like 2025-03-04T09:30:00.000Z' })),
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
});

/** One items row, typed: score is 1-5 or null, not_asked a boolean, kit_version a number. */
export type ParsedItemRow = z.output<typeof ParsedItemRowSchema>;

export interface ParsedItems {
  rows: ParsedItemRow[];
  errors: CsvError[];
}

function describeValue(value: string): string {
  return value === '' ? 'got an empty cell' : `got ${JSON.stringify(value)}`;
}

/** Parse an items-shape CSV another interviewer exported back into typed rows, with row errors naming file line and column: "line 7, score: expected 1-5, got \"6\"". Unknown/missing columns are reported, not guessed. */
export function parseItemsCsv(text: string): ParsedItems {
  const csv = parseCsvWithLines(text);
  const errors: CsvError[] = [...csv.errors];
  const expected = new Set<string>(ITEM_COLUMNS);
  const present = new Set(csv.header);

  const missing = ITEM_COLUMNS.filter((c) => !present.has(c));
  for (const column of missing) errors.push({ line: 1, message: `line 1: missing column "${column}"` });
  for (const column of csv.header.filter((c) => !expected.has(c)))
    errors.push({ line: 1, message: `line 1: unknown column "${column}" (ignored)` });
  const duplicated = csv.header.length !== present.size;
  // Without every column (or with one twice) no row can be read without guessing.
  if (missing.length > 0 || duplicated) return { rows: [], errors: sortByLine(errors) };

  const rows: ParsedItemRow[] = [];
  const firstLineOf = new Map<string, number>();
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
    const key = `${parsed.data.interview_id}\u0000${parsed.data.question_id}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      errors.push({ line, message: `line ${line}, question_id: "${parsed.data.question_id}" already given on line ${first} for this interview` });
      return;
    }
    firstLineOf.set(key, line);
    rows.push(parsed.data);
  });
  return { rows, errors: sortByLine(errors) };
}

function sortByLine(errors: CsvError[]): CsvError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
