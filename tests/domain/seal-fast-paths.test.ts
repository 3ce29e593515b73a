import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalScorecard, canonicalText, sha256HexMany, sha256HexSync } from '@/utils/domain/seal';
import {
  INTERVIEW_COLUMNS,
  ITEM_COLUMNS,
  cellValue,
  fileSealContent,
  fileSealContentOfCells,
  interviewColumns,
  scorecardRows,
  sealedColumn,
  type CsvCell,
  type CsvShape,
} from '@/utils/domain/csv';
import { buildScorecard } from './csv/fixture';
import type { Answer, Interview } from '@/utils/domain/interview/schema';

/**
 * The export seals thousands of scorecards, so it writes their canonical texts directly instead
 * of through `canonicalJson` and per-row records. Seals already in users' stores and files must
 * still verify: the direct texts must be the same characters, whatever the data holds.
 */

const awkward: unknown[] = [
  'plain',
  '',
  'quote " backslash \\ newline \n tab \t nul \u0000 lone \ud800 pair 😀 李',
  0,
  -0,
  3.25,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  [],
  {},
  [1, undefined, 'x', null, [undefined], { b: 1, a: [2, { d: undefined, c: 3 }] }],
  // eslint-disable-next-line no-sparse-arrays
  [1, , 3],
  { z: 1, a: { y: 'b', b: ['é', 'e'] }, m: undefined, 'key "quoted"': 'v', Z: 2, _: 3, é: 4 },
  // Keys JSON writes first, whatever order they were added in; a `__proto__` that is an own key.
  { b: 1, 10: 'ten', 9: 'nine', 0: 'zero', a: 2 },
  JSON.parse('{"__proto__": "own", "a": 1}'),
  { fn: () => 1, a: 1 },
  [() => 1, Symbol('s')],
  { when: new Date(0), list: new Map([[1, 2]]) },
  { '4294967295': 'not an index', '4294967294': 'an index' },
];

const covers = (shape: CsvShape) => (column: string) => sealedColumn(shape, column, ITEM_COLUMNS, INTERVIEW_COLUMNS);
const records = (columns: readonly string[], rows: readonly (readonly CsvCell[])[]) =>
  rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, cellValue(row[i])])));

describe('the seal texts the export writes directly', () => {
  it('canonicalText gives exactly canonicalJson, for plain data and for anything else', () => {
    for (const value of awkward) expect([value, canonicalText(value)]).toEqual([value, canonicalJson(value)]);
    const card = buildScorecard();
    expect(canonicalText({ interview: card.interview, answers: card.answers })).toBe(
      canonicalJson({ interview: card.interview, answers: card.answers }),
    );
  });

  it("a scorecard's submit seal is computed over the same text as before", () => {
    const { interview, answers } = buildScorecard();
    // The seal the fixture stores was made by the store at submit; it still verifies.
    expect(sha256HexSync(canonicalScorecard(interview, answers))).toBe(interview.seal);
  });

  it('canonicalScorecard writes exactly the documented canonical JSON (docs/seal.md), for awkward scorecards too', () => {
    // The fields docs/seal.md lists, written out here as the reference, not taken from the code.
    const INTERVIEW = (
      'id candidateId kitId kitVersion roundId interviewer platform meetingCode meetingUrl createdAt startedAt finishedAt ' +
      'timerEvents categoryRatings flags decisionId decisionReason overallNotes submittedAt'
    ).split(' ');
    const ANSWER = ['questionId', 'score', 'notAsked', 'pointsTicked', 'notes'];
    const only = (record: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (record as Record<string, unknown>)[k]]));
    const documented = (interview: Interview, answers: Answer[]) =>
      canonicalJson({
        interview: only(interview, INTERVIEW),
        answers: answers
          .filter((a) => a.interviewId === interview.id)
          .map((a): Record<string, unknown> => ({
            ...only(a, ANSWER),
            ...(a.criteriaScores && Object.keys(a.criteriaScores).length ? { criteriaScores: a.criteriaScores } : {}),
          }))
          .sort((a, b) => (String(a.questionId) < String(b.questionId) ? -1 : String(a.questionId) > String(b.questionId) ? 1 : 0)),
      });
    const card = buildScorecard();
    const cases: [string, Interview, Answer[]][] = [['the fixture', card.interview, card.answers]];
    const [first, ...rest] = card.answers;
    cases.push([
      'answers out of order, one of another interview, empty and full criteria',
      card.interview,
      [
        ...rest.reverse(),
        { ...first!, criteriaScores: {} },
        { ...first!, questionId: 'q-0', criteriaScores: { b: 2, a: 5 } },
        { ...first!, interviewId: 'someone-else', questionId: 'q-00' },
      ],
    ]);
    cases.push([
      'no answers, fields missing and awkward text',
      { ...card.interview, decisionId: undefined, overallNotes: 'quote " backslash \\ \u0000 \ud800 😀 李', flags: [] } as Interview,
      [],
    ]);
    // Not plain data: the general path gives canonicalJson's text, whatever it is.
    cases.push([
      'a function and a Date inside',
      { ...card.interview, flags: [{ at: new Date(0), fn: () => 1 }] } as unknown as Interview,
      card.answers,
    ]);
    cases.push([
      'an index-like key inside',
      { ...card.interview, categoryRatings: { 10: 3, 2: 4, b: 1 } } as unknown as Interview,
      [{ ...first!, notes: undefined } as unknown as Answer],
    ]);
    for (const [what, interview, answers] of cases)
      expect([what, canonicalScorecard(interview, answers)]).toEqual([what, documented(interview, answers)]);
  });

  it('the file seal text of the rows as cells is the one of the rows as read back, in both shapes', () => {
    const card = buildScorecard();
    for (const shape of ['items', 'interviews'] as const) {
      const { columns, rows } = scorecardRows(card, shape);
      expect(rows.length).toBeGreaterThan(0);
      expect(fileSealContentOfCells(shape, columns, rows, covers(shape))).toBe(
        fileSealContent(shape, records(columns, rows), covers(shape)),
      );
    }
    // Cells of every kind, repeated and not, numbers that canonicalise, and empty rows.
    const columns = ['question_id', 'score', 'notes', 'not_asked', 'score_x', 'weighted_total', 'mine'];
    const rows: CsvCell[][] = [
      ['q1', 4, 'same', true, '4.00', null, 'not covered'],
      ['q1', 4, 'same', false, '4,50', undefined, ''],
      ['q2', Number.NaN, '-3', false, '', '', 'x'],
      ['', null, '', undefined, '', '', ''],
      ['q"3\\', 1e21, 'line\r\nbreak 李', true, '007', '-0.10', 'y'],
    ];
    for (const shape of ['items', 'interviews'] as const)
      expect(fileSealContentOfCells(shape, columns, rows, covers(shape))).toBe(
        fileSealContent(shape, records(columns, rows), covers(shape)),
      );
    // Columns JSON would reorder, and a column given twice, take the general path to the same text.
    for (const odd of [
      [...columns, '12', '3'],
      [...columns, 'notes'],
    ]) {
      const covered = (c: string) => c !== 'mine';
      const wide = rows.map((row) => [...row, 'a', 'b']);
      expect(fileSealContentOfCells('items', odd, wide, covered)).toBe(fileSealContent('items', records(odd, wide), covered));
    }
  });

  it('interviewColumns of the fixture are what the interviews shape is sealed over', () => {
    const card = buildScorecard();
    expect(scorecardRows(card, 'interviews').columns).toEqual(interviewColumns(card.kit));
  });

  it('sha256HexMany gives the digests sha256HexSync gives, with Web Crypto and without', async () => {
    const texts = ['', 'abc', '李 😀 \ud800', 'x'.repeat(70_000)];
    const expected = texts.map(sha256HexSync);
    expect(expected[1]).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256HexMany(texts)).toEqual(expected);
    const crypto = globalThis.crypto;
    try {
      Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
      expect(await sha256HexMany(texts)).toEqual(expected);
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    }
  });
});
