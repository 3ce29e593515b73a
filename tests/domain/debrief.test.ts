import { describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, ITEM_DECISION_COLUMNS, parseCsv, toCsv } from '@/utils/domain/csv';
import { readScorecards, scorecardFromStore } from '@/utils/domain/debrief/scorecards';
import type { DebriefScorecard } from '@/utils/domain/debrief/read-files';
import { buildDebrief, candidatesIn, debriefCsv, othersVisibility } from '@/utils/domain/debrief/build';
import { testKit } from '../support/store';
import { exportable, interviewsCsv, itemsCsv, kim, lee, sam, type CardSpec } from '../support/debrief-fixtures';

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
      'kim-new.csv: interview kim-0002 (Kim, Screening) is also in kim-old.csv with different scores; using kim-new.csv (the submitted one)',
    ]);
    expect(reports[2]!.notes).toEqual([
      'kim-again.csv: interview kim-0002 (Kim, Screening) is also in kim-old.csv, kim-new.csv, identical; counted once',
    ]);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ status: 'submitted', categoryScores: { django: 3, comms: 4 } });

    const firstWins = readScorecards(files(['a.csv', itemsCsv(kim)], ['b.csv', itemsCsv({ ...kim, scores: { orm: 5, intro: 5 } })]), kits);
    expect(firstWins.reports[1]!.errors[0]).toMatch(/using a\.csv \(the first one read\)$/);
    expect(firstWins.cards[0]!.categoryScores).toEqual({ django: 3, comms: 4 });
  });

  it("prefers this browser's own copy of an interview over a file's", () => {
    const mine = own({ ...sam, scores: { orm: 4, intro: 4 } });
    const { cards, reports } = readScorecards(files(['sam.csv', itemsCsv(sam)]), kits, [mine]);
    expect(cards).toEqual([mine]);
    expect(reports[0]!.notes).toEqual(["sam.csv: interview sam-0001 (Sam, Screening) is also in this browser; the browser's copy is used"]);
  });
});

describe('the merged view', () => {
  const read = () => readScorecards(files(['kim.csv', interviewsCsv(kim)], ['lee.csv', interviewsCsv(lee)]), kits, [own(sam)]).cards;

  it('shows each interviewer per category with mean, min, max, spread, disagreement and minimums', () => {
    const debrief = buildDebrief(read(), { candidate: 'ana lima', kits, override: false })!;
    expect(debrief.visibility).toEqual({ others: 'shown', because: 'own-submitted' });
    expect(debrief.columns.map((c) => [c.label, c.total])).toEqual([
      ['Sam', 4.6],
      ['Kim', 3.4],
      ['Lee', 2.4],
    ]);
    const [django, comms] = debrief.panel.categories;
    expect(django).toMatchObject({ min: 2, max: 5, spread: 3, disagreement: true, belowMinimum: true });
    expect(django!.mean).toBeCloseTo(10 / 3, 10);
    expect(comms).toMatchObject({ min: 3, max: 4, spread: 1, disagreement: false, belowMinimum: false });
    expect(debrief.panel.weightedTotal).toBeCloseTo((10 / 3) * 0.6 + (11 / 3) * 0.4, 10);
    expect(debrief.panel.meetsThreshold).toBe(false);
    expect(debrief.panel.failedMinimums).toEqual(['django']);
    expect(debrief.tally).toEqual([
      { decisionId: 'strong-yes', label: 'Strong Yes', votes: 1 },
      { decisionId: 'yes', label: 'Yes', votes: 1 },
      { decisionId: 'no', label: 'No', votes: 1 },
    ]);
    expect(debrief.concerns).toEqual([{ kind: 'red', text: 'Blamed the previous team', at: '5:00', by: 'Lee' }]);
    expect(debrief.strengths).toEqual([{ kind: 'green', text: 'Explained trade-offs clearly', at: '12:40', by: 'Sam' }]);
  });

  it('a spread of exactly 2 is a disagreement; 1 is not', () => {
    const cards = readScorecards(
      files(['k.csv', itemsCsv({ ...kim, scores: { orm: 3, intro: 4 } })], ['l.csv', itemsCsv({ ...lee, scores: { orm: 5, intro: 3 } })]),
      kits,
      [own(sam)],
    ).cards;
    const [django, comms] = buildDebrief(cards, { candidate: 'Ana Lima', kits, override: false })!.panel.categories;
    expect([django!.spread, django!.disagreement, comms!.spread, comms!.disagreement]).toEqual([2, true, 1, false]);
  });

  it("leaves other interviewers' scorecards out until this browser's own is submitted, unless overridden", () => {
    const cards = readScorecards(files(['kim.csv', interviewsCsv(kim)], ['lee.csv', interviewsCsv(lee)]), kits, [
      own({ ...sam, status: 'draft' }),
    ]).cards;
    const hidden = buildDebrief(cards, { candidate: 'Ana Lima', kits, override: false })!;
    expect(hidden.visibility).toEqual({ others: 'hidden', because: 'own-draft' });
    expect(hidden.hidden).toBe(2);
    expect(hidden.columns.map((c) => c.label)).toEqual(['Sam']);
    expect(hidden.panel.categories[0]!.scores).toEqual([{ interviewer: 'Sam', score: 5 }]);
    expect(hidden.concerns).toEqual([]);
    expect(JSON.stringify(hidden)).not.toMatch(/Kim|Lee|Blamed/);

    const shown = buildDebrief(cards, { candidate: 'Ana Lima', kits, override: true })!;
    expect(shown.visibility).toEqual({ others: 'shown', because: 'override' });
    expect(shown.columns.map((c) => c.label)).toEqual(['Sam', 'Kim', 'Lee']);

    const noOwn = readScorecards(files(['kim.csv', itemsCsv(kim)]), kits).cards;
    expect(othersVisibility(noOwn, false)).toEqual({ others: 'hidden', because: 'no-own-scorecard' });
    expect(buildDebrief(noOwn, { candidate: 'Ana Lima', kits, override: false })!.columns).toEqual([]);
  });

  it('separates candidates, labels one person’s two rounds apart, and sets aside another kit’s scorecards', () => {
    const otherKit = { ...testKit, id: 'other-kit' };
    const cards = readScorecards(
      files(
        ['a.csv', itemsCsv(kim, { ...kim, id: 'kim-second', candidate: 'Bob Stone' })],
        ['b.csv', itemsCsv({ ...lee, id: 'lee-other', kit: otherKit })],
        ['c.csv', itemsCsv({ ...kim, id: 'kim-again', decisionId: undefined, reason: '' })],
      ),
      [testKit, otherKit],
      [own(sam)],
    ).cards;
    expect(candidatesIn(cards)).toEqual([
      { name: 'Ana Lima', scorecards: 4 },
      { name: 'Bob Stone', scorecards: 1 },
    ]);
    const debrief = buildDebrief(cards, { candidate: 'Ana Lima', kits: [testKit, otherKit], override: false })!;
    expect(debrief.columns.map((c) => c.label)).toEqual(['Sam', 'Kim · Screening #1', 'Kim · Screening #2']);
    expect(debrief.excluded.map((e) => [e.card.interviewer, e.reason])).toEqual([
      ['Lee', 'run with kit "other-kit"; a debrief combines the categories of one kit ("test-kit")'],
    ]);
    expect(debrief.undecided).toEqual(['Kim · Screening #2']);
  });

  it('built from items files only, shows each interviewer’s decision and reason and gathers their flags', () => {
    const { cards, reports } = readScorecards(
      files(['sam.csv', itemsCsv(sam)], ['kim.csv', itemsCsv(kim)], ['lee.csv', itemsCsv(lee)]),
      kits,
    );
    expect(reports.map((r) => [r.shape, r.errors])).toEqual([
      ['items', []],
      ['items', []],
      ['items', []],
    ]);
    const debrief = buildDebrief(cards, { candidate: 'Ana Lima', kits, override: true })!;
    expect(debrief.columns.map((c) => [c.label, c.card.hasDecision, c.card.decisionId, c.card.decisionReason])).toEqual([
      ['Sam', true, 'strong-yes', 'Deep ORM knowledge'],
      ['Kim', true, 'yes', 'Good, some gaps'],
      ['Lee', true, 'no', 'Could not explain select_related'],
    ]);
    expect(debrief.undecided).toEqual([]);
    expect(debrief.tally.map((t) => t.votes)).toEqual([1, 1, 1]);
    expect(debrief.concerns).toEqual([{ kind: 'red', text: 'Blamed the previous team', at: '5:00', by: 'Lee' }]);
    expect(debrief.strengths).toEqual([{ kind: 'green', text: 'Explained trade-offs clearly', at: '12:40', by: 'Sam' }]);
    const table = parseCsv(debriefCsv(debrief)).rows;
    expect(table.find((r) => r.item === 'reason')).toMatchObject({
      Sam: 'Deep ORM knowledge',
      Kim: 'Good, some gaps',
      Lee: 'Could not explain select_related',
    });
  });

  it('exports the debrief as one rectangular CSV table', () => {
    const debrief = buildDebrief(read(), { candidate: 'Ana Lima', kits, override: false })!;
    const parsed = parseCsv(debriefCsv(debrief));
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual([
      'part',
      'item',
      'weight_pct',
      'min_score',
      'Sam',
      'Kim',
      'Lee',
      'mean',
      'min',
      'max',
      'spread',
      'disagreement',
      'below_minimum',
      'notes',
    ]);
    expect(parsed.rows[0]).toMatchObject({
      part: 'category',
      item: 'Django Expertise',
      Sam: '5',
      Kim: '3',
      Lee: '2',
      mean: '3.33',
      spread: '3',
      disagreement: 'yes',
      below_minimum: 'yes',
    });
    expect(parsed.rows.find((r) => r.part === 'total')).toMatchObject({
      Sam: '4.6',
      mean: '3.47',
      notes: 'threshold 3.5: below the threshold',
    });
    expect(parsed.rows.find((r) => r.item === 'decision')).toMatchObject({
      Sam: 'Strong Yes',
      Lee: 'No',
      notes: 'votes: Strong Yes 1, Yes 1, No 1',
    });
    expect(parsed.rows.find((r) => r.part === 'concern (red flag)')).toMatchObject({
      item: 'Blamed the previous team',
      Lee: '5:00',
      Sam: '',
    });
  });
});
