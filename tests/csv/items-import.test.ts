import { describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, csvRow, itemRows, parseItemsCsv, toCsv, type CsvCell } from '@/utils/csv';
import { TRICKY_NOTE, buildScorecard } from './fixture';

const good = (questionId: string, overrides: Partial<Record<(typeof ITEM_COLUMNS)[number], CsvCell>> = {}): CsvCell[] => {
  const base: Record<string, CsvCell> = {
    interview_id: 'iv-9',
    candidate: 'Zoë',
    kit: 'backend-lead',
    kit_version: 3,
    round: 'r2',
    interviewer: 'Bo',
    date: '2025-03-04T09:30:05.000Z',
    section: 'Architecture',
    question_id: questionId,
    question: 'Caching',
    category: 'design',
    score: 3,
    not_asked: 'no',
    expected_points_covered: '1 of 2',
    points_covered: 'TTL',
    notes: 'fine',
    status: 'draft',
    seal: '',
    ...overrides,
  };
  return ITEM_COLUMNS.map((c) => base[c]);
};

describe('parseItemsCsv', () => {
  it('reads an exported scorecard back into typed rows', () => {
    const card = buildScorecard();
    const { rows, errors } = parseItemsCsv(toCsv(ITEM_COLUMNS, itemRows(card)));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({
      interview_id: 'iv-1',
      candidate: 'José 李 Núñez',
      kit: 'backend-lead',
      kit_version: 3,
      round: 'r2',
      interviewer: 'Ana, "the" reviewer',
      date: '2025-03-04T09:30:05.000Z',
      section: 'Architecture, part 1',
      question_id: 'q-cache',
      question: 'Caching',
      category: 'design',
      score: 4,
      not_asked: false,
      expected_points_covered: '2 of 5',
      points_covered: 'Invalidation, on write | =cmd|calc',
      notes: TRICKY_NOTE,
      status: 'submitted',
      seal: 'ab'.repeat(32),
    });
    expect(rows.map((r) => r.score)).toEqual([4, null, 2, null, 3, 5, 4]);
    expect(rows[3]?.not_asked).toBe(true);
  });

  it('rejects bad rows with their file line and column, and keeps the good ones', () => {
    const text = toCsv(ITEM_COLUMNS, [
      good('q1'), // line 2
      good('q2', { score: 6 }), // line 3
      good('q3', { notes: 'two\nlines' }), // lines 4-5
      good('q4', { score: 'four', not_asked: 'maybe' }), // line 6
      good('q5', { date: '4 March 2025', kit_version: 0, status: 'done' }), // line 7
      good('', { expected_points_covered: '3 of 2' }), // line 8
      good('q1'), // line 9: duplicate of line 2
      good('q6', { score: '' }), // line 10
    ]);
    const { rows, errors } = parseItemsCsv(text);
    expect(rows.map((r) => [r.question_id, r.score])).toEqual([
      ['q1', 3],
      ['q3', 3],
      ['q6', null],
    ]);
    expect(rows[1]?.notes).toBe('two\nlines');
    expect(errors.map((e) => e.message)).toEqual([
      'line 3, score: expected 1-5, got "6"',
      'line 6, score: expected 1-5, got "four"',
      'line 6, not_asked: expected yes or no, got "maybe"',
      'line 7, kit_version: expected a positive whole number, got "0"',
      'line 7, date: expected an ISO 8601 UTC date-time like 2025-03-04T09:30:00.000Z, got "4 March 2025"',
      'line 7, status: expected draft or submitted, got "done"',
      'line 8, question_id: required',
      'line 8, expected_points_covered: expected covered of total like "2 of 5", got "3 of 2"',
      'line 9, question_id: "q1" already given on line 2 for this interview',
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 6, 6, 7, 7, 7, 8, 8, 9]);
  });

  it('reports a row with the wrong number of fields by its line', () => {
    const text = toCsv(ITEM_COLUMNS, [good('q1')]) + 'iv-9,short,row\r\n' + csvRow(good('q2'));
    const { rows, errors } = parseItemsCsv(text);
    expect(rows.map((r) => r.question_id)).toEqual(['q1', 'q2']);
    expect(errors).toEqual([{ line: 3, message: `line 3: expected ${ITEM_COLUMNS.length} fields, got 3` }]);
  });

  it('reports missing columns and reads no rows rather than guessing', () => {
    const header = ITEM_COLUMNS.filter((c) => c !== 'score' && c !== 'seal');
    const row = good('q1').filter((_, i) => ITEM_COLUMNS[i] !== 'score' && ITEM_COLUMNS[i] !== 'seal');
    const { rows, errors } = parseItemsCsv(toCsv(header, [row]));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 1, message: 'line 1: missing column "score"' },
      { line: 1, message: 'line 1: missing column "seal"' },
    ]);
  });

  it('reports an unknown column and still reads the known ones', () => {
    const { rows, errors } = parseItemsCsv(toCsv([...ITEM_COLUMNS, 'mood'], [[...good('q1'), 'happy']]));
    expect(errors).toEqual([{ line: 1, message: 'line 1: unknown column "mood" (ignored)' }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('mood');
  });

  it('reports a repeated column and reads no rows', () => {
    const { rows, errors } = parseItemsCsv(toCsv([...ITEM_COLUMNS, 'score'], [[...good('q1'), 4]]));
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: 'line 1: column "score" appears more than once' }]);
  });

  it('accepts a hand-saved LF file without BOM', () => {
    const text = toCsv(ITEM_COLUMNS, [good('q1', { score: ' 5 ' })]).slice(1).replace(/\r\n/g, '\n');
    const { rows, errors } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(rows[0]?.score).toBe(5);
  });
});
