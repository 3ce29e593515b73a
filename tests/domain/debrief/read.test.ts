import { describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, ITEM_DECISION_COLUMNS, parseCsv, toCsv } from '@/utils/domain/csv';
import { readScorecards, scorecardFromStore } from '@/utils/domain/debrief/scorecards';
import type { DebriefScorecard } from '@/utils/domain/debrief/read-files';
import { testKit } from '../../support/store';
import { exportable, interviewsCsv, itemsCsv, kim, lee, sam, type CardSpec } from '../../support/debrief-fixtures';

const kits = [testKit];
const files = (...list: [string, string][]) => list.map(([name, text]) => ({ name, text }));

/** An items CSV as Panelist wrote it before items carried the decision: the decision columns cut out. */
function olderItemsCsv(...specs: CardSpec[]): string {
  const parsed = parseCsv(itemsCsv(...specs));
  const columns = parsed.header.filter((c) => !(ITEM_DECISION_COLUMNS as readonly string[]).includes(c));
  return toCsv(
    columns,
    parsed.rows.map((row) => columns.map((c) => row[c])),
  );
}

/** This browser's own scorecard, as the desk builds it from the store. */
function own(spec: CardSpec): DebriefScorecard {
  const card = exportable(spec);
  return scorecardFromStore(card.kit, card.interview, card.candidate.name, card.answers);
}

describe('reading scorecard CSVs', () => {
  it('reads items and interviews exports, completing each interview from both shapes', () => {
    const { cards, reports } = readScorecards(
      files(['sam-items.csv', itemsCsv(sam)], ['sam-interviews.csv', interviewsCsv(sam)], ['kim.csv', itemsCsv(kim)]),
      kits,
    );
    expect(reports.map((r) => [r.name, r.shape, r.rowsRead, r.rowsRejected, r.scorecards, r.errors])).toEqual([
      ['sam-items.csv', 'items', 3, 0, 1, []],
      ['sam-interviews.csv', 'interviews', 1, 0, 1, []],
      ['kim.csv', 'items', 3, 0, 1, []],
    ]);
    const [samCard, kimCard] = cards;
    expect(samCard).toMatchObject({
      interviewer: 'Sam',
      candidate: 'Ana Lima',
      roundTitle: 'Screening',
      categoryScores: { django: 5, comms: 4 },
      hasDecision: true,
      decisionId: 'strong-yes',
      decisionReason: 'Deep ORM knowledge',
      flags: [{ kind: 'green', text: 'Explained trade-offs clearly', at: '12:40' }],
      sources: ['sam-items.csv', 'sam-interviews.csv'],
    });
    // The items export carries the decision too.
    expect(kimCard).toMatchObject({
      interviewer: 'Kim',
      hasDecision: true,
      decisionId: 'yes',
      decisionReason: 'Good, some gaps',
      flags: [],
      categoryScores: { django: 3, comms: 4 },
    });
  });

  it('reads an items export made before items carried the decision: scores only, its decision unknown (said, not guessed)', () => {
    const { cards, reports } = readScorecards(files(['kim-old.csv', olderItemsCsv(kim)]), kits);
    expect(reports[0]).toMatchObject({ shape: 'items', rowsRead: 3, rowsRejected: 0, scorecards: 1, errors: [] });
    expect(cards[0]).toMatchObject({
      interviewer: 'Kim',
      hasDecision: false,
      decisionReason: '',
      flags: [],
      categoryScores: { django: 3, comms: 4 },
    });
    expect(cards[0]).not.toHaveProperty('decisionId');

    // A newer export of the same interview completes it with the decision.
    const both = readScorecards(files(['kim-old.csv', olderItemsCsv(kim)], ['kim-new.csv', itemsCsv(kim)]), kits);
    expect(both.reports[1]!.errors).toEqual([]);
    expect(both.cards).toHaveLength(1);
    expect(both.cards[0]).toMatchObject({ hasDecision: true, decisionId: 'yes', decisionReason: 'Good, some gaps' });
  });

  it('reports rows of one interview that disagree on the decision or reason, by file and line', () => {
    const lines = itemsCsv(lee).split('\r\n');
    lines[2] = lines[2]!.replace(',No,', ',Yes,');
    lines[3] = lines[3]!.replace('Could not explain select_related', 'Could explain select_related');
    const { cards, reports } = readScorecards(files(['lee.csv', lines.join('\r\n')]), kits);
    expect(reports[0]!.errors).toEqual([
      'lee.csv line 3, decision: "Yes" differs from "No" on line 2 for the same interview_id',
      'lee.csv line 4, decision_reason: "Could explain select_related" differs from "Could not explain select_related" on line 2 for the same interview_id',
    ]);
    expect(reports[0]).toMatchObject({ rowsRead: 1, rowsRejected: 2, scorecards: 1 });
    expect(cards[0]).toMatchObject({
      decisionId: 'no',
      decisionReason: 'Could not explain select_related',
      categoryScores: { django: 2, comms: null },
    });
  });

  it('rejects an items file whose decision is not one of the kit’s options', () => {
    const { cards, reports } = readScorecards(files(['kim.csv', itemsCsv(kim).replaceAll(',Yes,', ',Perhaps,')]), kits);
    expect(reports[0]!.errors).toEqual(['kim.csv lines 2-4, decision: "Perhaps" is not one of "Strong Yes", "Yes", "No"']);
    expect(reports[0]).toMatchObject({ rowsRead: 0, rowsRejected: 3, scorecards: 0 });
    expect(cards).toEqual([]);
  });

  it('keeps the interviews row’s decision when an items file of the same interview says otherwise, and says so', () => {
    const changed: CardSpec = { ...sam, decisionId: 'no', reason: 'Changed my mind', flags: [] };
    for (const order of [
      [
        ['items.csv', itemsCsv(changed)],
        ['interviews.csv', interviewsCsv(sam)],
      ],
      [
        ['interviews.csv', interviewsCsv(sam)],
        ['items.csv', itemsCsv(changed)],
      ],
    ] as [string, string][][]) {
      const { cards, reports } = readScorecards(files(...order), kits);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({
        decisionId: 'strong-yes',
        decisionReason: 'Deep ORM knowledge',
        flags: [{ kind: 'green', text: 'Explained trade-offs clearly', at: '12:40' }],
      });
      expect(reports[1]!.errors).toEqual([
        `${order[1]![0]}: interview sam-0001 (Sam, Screening) has a different decision or reason in ${order[0]![0]}; using the per-interview export's`,
      ]);
    }
  });

  it('scores from an interviews row when that is all there is; from the items rows (exact, not 2-decimal) when both are given', () => {
    const thirds: CardSpec = { ...sam, id: 'thirds', ratings: { django: 4 }, scores: { orm: 5, intro: 4 } };
    const { cards } = readScorecards(files(['a.csv', interviewsCsv({ ...thirds, ratings: {} })]), kits);
    expect(cards[0]!.categoryScores).toEqual({ django: 5, comms: 4 });
    const both = readScorecards(files(['i.csv', interviewsCsv({ ...thirds, ratings: {} })], ['q.csv', itemsCsv(thirds)]), kits);
    expect(both.cards[0]!.categoryScores).toEqual({ django: 4, comms: 4 });
    expect(both.cards[0]!.decisionId).toBe('strong-yes');
  });

  it('rejects malformed rows by file, line and column, and keeps the good rows of the same file', () => {
    const lines = itemsCsv(sam).split('\r\n');
    // line 2 is orm (score 5): make it a 6; line 4 (close) gets a field too many.
    lines[1] = lines[1]!.replace(',5,no,', ',6,no,');
    lines[3] = `${lines[3]},extra`;
    const { cards, reports } = readScorecards(files(['sam.csv', lines.join('\r\n')]), kits);
    expect(reports[0]!.errors).toEqual([
      'sam.csv line 2, score: expected 1-5, got "6"',
      `sam.csv line 4: expected ${ITEM_COLUMNS.length} fields, got ${ITEM_COLUMNS.length + 1}`,
    ]);
    expect(reports[0]).toMatchObject({ rowsRead: 1, rowsRejected: 2, scorecards: 1 });
    expect(cards[0]!.categoryScores).toEqual({ django: null, comms: 4 });
  });

  it('names files that cannot be read at all, and rows whose kit, round, question or interviewer do not fit', () => {
    const noScore = toCsv(
      ITEM_COLUMNS.filter((c) => c !== 'score'),
      [],
    );
    const otherKit = itemsCsv({ ...kim, kit: { ...testKit, id: 'not-here' } });
    const mixed = itemsCsv(lee).split('\r\n');
    mixed[2] = mixed[2]!.replace(',intro,', ',ghost,');
    mixed[3] = mixed[3]!.replace(',Lee,', ',Leo,');
    const { cards, reports } = readScorecards(
      files(
        ['empty.csv', ''],
        ['notes.csv', 'name,comment\r\nAna,great\r\n'],
        ['no-score.csv', noScore],
        ['other.csv', otherKit],
        ['mixed.csv', mixed.join('\r\n')],
      ),
      kits,
    );
    expect(reports.map((r) => r.errors)).toEqual([
      ['empty.csv line 1: the file is empty'],
      ['notes.csv line 1: not a Panelist scorecard export (expected the items or interviews CSV; found columns "name", "comment")'],
      ['no-score.csv line 1: missing column "score"'],
      ['other.csv lines 2-4, kit: kit "not-here" version 1 is not installed in this browser; import that kit first'],
      [
        'mixed.csv line 3, question_id: kit "test-kit" has no question "ghost"; its score is not counted',
        'mixed.csv line 4, interviewer: "Leo" differs from "Lee" on line 2 for the same interview_id',
      ],
    ]);
    expect(reports[4]).toMatchObject({ rowsRead: 1, rowsRejected: 2, scorecards: 1 });
    expect(cards.map((c) => [c.interviewer, c.categoryScores])).toEqual([['Lee', { django: 2, comms: null }]]);
  });

  it('checks interviews rows: decision labels and score cells', () => {
    const csv = interviewsCsv(sam, kim)
      .replace('Strong Yes', 'Perhaps')
      .replace(/,3\.00,/, ',7,');
    const { cards, reports } = readScorecards(files(['panel.csv', csv]), kits);
    expect(reports[0]!.errors).toEqual([
      'panel.csv line 2, decision: "Perhaps" is not one of "Strong Yes", "Yes", "No"',
      'panel.csv line 3, score_django: expected a score from 1 to 5, got "7"',
    ]);
    expect(reports[0]).toMatchObject({ rowsRead: 0, rowsRejected: 2 });
    expect(cards).toEqual([]);
  });

  it('reports two files that disagree about one interview and keeps the submitted one', () => {
    const draft: CardSpec = { ...kim, status: 'draft', scores: { orm: 1, intro: 1 } };
    const { cards, reports } = readScorecards(
      files(['kim-old.csv', itemsCsv(draft)], ['kim-new.csv', itemsCsv(kim)], ['kim-again.csv', itemsCsv(kim)]),
      kits,
    );
    expect(reports[1]!.errors).toEqual([
      'kim-new.csv: interview kim-0002 (Kim, Screening) is also in kim-old.csv with different scores; using kim-new.csv, kim-again.csv (the submitted one); choose in the debrief',
    ]);
    expect(reports[2]!.notes).toEqual([
      'kim-again.csv: interview kim-0002 (Kim, Screening) is also in kim-new.csv, identical; counted once',
    ]);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ status: 'submitted', categoryScores: { django: 3, comms: 4 } });

    const firstWins = readScorecards(files(['a.csv', itemsCsv(kim)], ['b.csv', itemsCsv({ ...kim, scores: { orm: 5, intro: 5 } })]), kits);
    expect(firstWins.reports[1]!.errors[0]).toMatch(/using a\.csv \(the first one read\); choose in the debrief$/);
    expect(firstWins.cards[0]!.categoryScores).toEqual({ django: 3, comms: 4 });
  });

  it("prefers this browser's own copy of an interview over a file's", () => {
    const mine = own({ ...sam, scores: { orm: 4, intro: 4 } });
    const { cards, reports } = readScorecards(files(['sam.csv', itemsCsv(sam)]), kits, [mine]);
    expect(cards).toEqual([mine]);
    expect(reports[0]!.notes).toEqual(["sam.csv: interview sam-0001 (Sam, Screening) is also in this browser; the browser's copy is used"]);
  });
});
