/**
 * One row per figure of issue 6, printed as a plain-text table, written as JSON (machine
 * readable, gitignored) and as Markdown (bench/results.md, pasted into the README).
 */
export interface BenchRow {
  /** Stable key for results.json. */
  key: string;
  figure: string;
  /** What was measured, with its unit; "not measured: <why>" when the subject is missing. */
  measured: string;
  budget: string;
  /** null: nothing to judge (not measured, or an informational row). */
  pass: boolean | null;
  /** The figure against a baseline measured in the same run, when machine speed matters. */
  ratio?: string;
  notes?: string;
  /** Raw numbers behind `measured`, for results.json. */
  values?: Record<string, number | string | boolean | null>;
}

export function notMeasured(key: string, figure: string, budget: string, why: string): BenchRow {
  return { key, figure, measured: `not measured: ${why}`, budget, pass: null };
}

const verdict = (row: BenchRow) => (row.pass === null ? '—' : row.pass ? 'pass' : 'FAIL');

/** Columns padded to width; long notes go below the table, numbered, so the table stays readable in a terminal. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['#', 'figure', 'measured', 'budget', 'result', 'vs baseline'];
  const cells = rows.map((row, i) => [String(i + 1), row.figure, row.measured, row.budget, verdict(row), row.ratio ?? '—']);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  const notes = rows.flatMap((row, i) => (row.notes ? [`  ${i + 1}. ${row.notes}`] : []));
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), '', 'Notes:', ...notes].join('\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface RunInfo {
  date: string;
  machine: string;
  chromium: string;
  node: string;
  durationS: number;
  load: string;
}

export function formatMarkdown(rows: readonly BenchRow[], info: RunInfo): string {
  const out = [
    '# Benchmark results',
    '',
    `Run ${info.date} on ${info.machine} (${info.load}); ${info.chromium}; Node ${info.node}; the whole run took ${info.durationS.toFixed(0)} s.`,
    'Reproduce with `npm run bench` (see bench/README.md for what each row measures).',
    '',
    '| # | figure | measured | budget | result | vs baseline |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row, i) => `| ${i + 1} | ${[row.figure, row.measured, row.budget, verdict(row), row.ratio ?? '—'].map(escapeCell).join(' | ')} |`,
    ),
    '',
    '**Notes**',
    '',
    ...rows.flatMap((row, i) => (row.notes ? [`- (${i + 1}) ${escapeCell(row.notes)}`] : [])),
    '',
  ];
  return out.join('\n');
}
