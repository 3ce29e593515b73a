import { describe, expect, it } from 'vitest';
import {
  ITEM_COLUMNS,
  ITEM_DECISION_COLUMNS,
  ITEM_SCORE_COLUMNS,
  csvRow,
  itemRows,
  parseCsv,
  parseItemsCsv,
  toCsv,
  type CsvCell,
} from '@/utils/domain/csv';
import { A_FILE_SEAL, TRICKY_NOTE, buildScorecard } from './fixture';

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
    decision: 'Strong hire',
    decision_reason: 'Clear on caching',
    red_flags: '',
    green_flags: '0:45 Asked good questions',
    ...overrides,
  };
  return ITEM_COLUMNS.map((c) => base[c]);
};

/** The columns of an items file as Panelist wrote it before criteria scoring. */
const BEFORE_CRITERIA = ITEM_COLUMNS.filter((c) => !(ITEM_SCORE_COLUMNS as readonly string[]).includes(c));
const beforeCriteriaRow = (cells: CsvCell[]) => cells.filter((_, i) => BEFORE_CRITERIA.includes(ITEM_COLUMNS[i]!));
/** An items file as Panelist wrote it before items carried the decision: the same columns, less those four. */
const OLD_COLUMNS = BEFORE_CRITERIA.filter((c) => !(ITEM_DECISION_COLUMNS as readonly string[]).includes(c));
const oldRow = (cells: CsvCell[]) => cells.filter((_, i) => OLD_COLUMNS.includes(ITEM_COLUMNS[i]!));

describe('parseItemsCsv', () => {
  it('reads an exported scorecard back into typed rows', () => {
    const card = buildScorecard();
    const { rows, errors, hasDecisionColumns } = parseItemsCsv(toCsv(ITEM_COLUMNS, itemRows(card)));
    expect(errors).toEqual([]);
    expect(hasDecisionColumns).toBe(true);
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
      seal: expect.stringMatching(A_FILE_SEAL),
      decision: 'Strong hire',
      decision_reason: '@team: strong on design;\nweak on tests',
      red_flags: '12:40 Blamed the team, twice | 75:03 Late "again"',
      green_flags: '1:05 + Asked about SLOs',
      criteria_scores: {},
      question_score: '4.00',
      overall_notes: '+ Overall: "calm", precise;\nwould pair well with the platform team',
      weighted_total: '3.85',
      threshold: '3.5',
      threshold_met: 'yes',
      failed_minimums: 'comms code',
    });
    expect(rows.map((r) => r.score)).toEqual([4, null, null, null, 3, 5, 4]);
    expect(rows[2]).toMatchObject({ criteria_scores: { unit: 2, load: 4 }, question_score: '2.50' });
    expect(rows[3]?.not_asked).toBe(true);
    expect(new Set(rows.map((r) => r.decision))).toEqual(new Set(['Strong hire']));
  });

  it('gives back a decision reason and flags full of what spreadsheets and CSV get wrong, exactly', () => {
    const card = buildScorecard();
    const reason = '=SUM(A1:A9), then "no";\r\nJosé 李 🚀\n-3 +1 @here';
    card.interview.decisionReason = reason;
    card.interview.flags = [
      { id: 'r', kind: 'red', text: '=cmd|calc, "twice"', roundElapsedMs: 61_000, raisedAt: 1 },
      { id: 'g', kind: 'green', text: 'Zoë explained 缓存\nclearly', roundElapsedMs: 0, raisedAt: 2 },
    ];
    const text = toCsv(ITEM_COLUMNS, itemRows(card));
    // In the file the reason is neutralised (one apostrophe) and quoted for its comma, quotes and line breaks.
    expect(text).toContain(`"'=SUM(A1:A9), then ""no"";\r\nJosé 李 🚀\n-3 +1 @here"`);
    const { rows, errors } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row.decision_reason).toBe(reason);
      expect(row.red_flags).toBe('1:01 =cmd|calc, "twice"');
      expect(row.green_flags).toBe('0:00 Zoë explained 缓存\nclearly');
    }
  });

  it('reads an items file exported before the criteria and total columns as before, without an error', () => {
    const text = toCsv(BEFORE_CRITERIA, [beforeCriteriaRow(good('q1')), beforeCriteriaRow(good('q2', { score: 5 }))]);
    const { rows, errors, hasDecisionColumns } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(hasDecisionColumns).toBe(true);
    expect(rows.map((r) => [r.question_id, r.score, r.decision, r.overall_notes, r.criteria_scores])).toEqual([
      ['q1', 3, 'Strong hire', '', {}],
      ['q2', 5, 'Strong hire', '', {}],
    ]);
  });

  it('reads criteria scores back, and names a cell that is not criterion=score pairs', () => {
    const text = toCsv(ITEM_COLUMNS, [good('q1', { criteria_scores: 'speed=4 | depth=2' }), good('q2', { criteria_scores: 'speed=9' })]);
    const { rows, errors } = parseItemsCsv(text);
    expect(rows.map((r) => r.criteria_scores)).toEqual([{ speed: 4, depth: 2 }]);
    expect(errors).toEqual([
      { line: 3, message: 'line 3, criteria_scores: expected criterion=score pairs like "speed=4 | depth=3", got "speed=9"' },
    ]);
  });

  it('reads an items file exported before items carried the decision, with no decision', () => {
    const text = toCsv(OLD_COLUMNS, [oldRow(good('q1')), oldRow(good('q2', { score: 5 }))]);
    expect(parseCsv(text).header).not.toContain('decision');
    const { rows, errors, hasDecisionColumns } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(hasDecisionColumns).toBe(false);
    expect(rows.map((r) => [r.question_id, r.score])).toEqual([
      ['q1', 3],
      ['q2', 5],
    ]);
    expect(rows[0]).toMatchObject({ decision: '', decision_reason: '', red_flags: '', green_flags: '', interviewer: 'Bo' });
  });

  it('reports a file that has only some of the decision columns, naming those missing', () => {
    const header: string[] = ITEM_COLUMNS.filter((c) => c !== 'red_flags' && c !== 'green_flags');
    const row = good('q1').filter((_, i) => header.includes(ITEM_COLUMNS[i]!));
    const { rows, errors } = parseItemsCsv(toCsv(header, [row]));
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      'line 1: missing column "red_flags" (decision, decision_reason, red_flags, green_flags come together)',
      'line 1: missing column "green_flags" (decision, decision_reason, red_flags, green_flags come together)',
    ]);
  });

  it('rejects rows of one interview that disagree with its first row on the decision, reason, flags or other interview columns', () => {
    const text = toCsv(ITEM_COLUMNS, [
      good('q1'), // line 2: the interview's first row
      good('q2', { decision: 'No hire' }), // line 3
      good('q3', { decision_reason: 'Clear on caching, mostly' }), // line 4
      good('q4', { notes: 'multi\nline', red_flags: '3:00 Late' }), // lines 5-6
      good('q5', { interviewer: 'Bob' }), // line 7
      good('q6', { decision: ' Strong hire ' }), // line 8: same once trimmed
      good('q1', { interview_id: 'iv-10', decision: 'No hire', decision_reason: 'Other interview' }), // line 9
    ]);
    const { rows, errors } = parseItemsCsv(text);
    expect(rows.map((r) => [r.interview_id, r.question_id, r.decision])).toEqual([
      ['iv-9', 'q1', 'Strong hire'],
      ['iv-9', 'q6', 'Strong hire'],
      ['iv-10', 'q1', 'No hire'],
    ]);
    expect(errors).toEqual([
      { line: 3, message: 'line 3, decision: "No hire" differs from "Strong hire" on line 2 for the same interview_id' },
      {
        line: 4,
        message: 'line 4, decision_reason: "Clear on caching, mostly" differs from "Clear on caching" on line 2 for the same interview_id',
      },
      { line: 5, message: 'line 5, red_flags: "3:00 Late" differs from "" on line 2 for the same interview_id' },
      { line: 7, message: 'line 7, interviewer: "Bob" differs from "Bo" on line 2 for the same interview_id' },
    ]);
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
    const text = toCsv(ITEM_COLUMNS, [good('q1', { score: ' 5 ' })])
      .slice(1)
      .replace(/\r\n/g, '\n');
    const { rows, errors } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(rows[0]?.score).toBe(5);
  });
});
