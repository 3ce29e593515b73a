import { describe, expect, it } from 'vitest';
import { readScorecards, scorecardFromStore } from '@/utils/domain/debrief/scorecards';
import type { DebriefScorecard } from '@/utils/domain/debrief/types';
import { decodeCsvBytes } from '@/utils/domain/csv';
import { exportable, interviewsCsv, itemsCsv, kim, lee, sam } from '../../support/debrief-fixtures';
import { testKit } from '../../support/store';
import { excelSemicolons, rewrite } from '../csv/resave';

const kits = [testKit];
const read = (...files: [string, string][]) =>
  readScorecards(
    files.map(([name, text]) => ({ name, text })),
    kits,
  );
/** What the debrief says of a scorecard's seal: nothing ('intact') unless the file does not vouch for it. */
const mark = (card: DebriefScorecard | undefined) => card && (card.integrity ?? (card.status === 'submitted' ? 'intact' : 'draft'));
const markOf = (result: ReturnType<typeof read>, interviewer: string) => mark(result.cards.find((c) => c.interviewer === interviewer));

describe("the debrief checks each file's seals", () => {
  it('marks genuine exports intact and says nothing more', () => {
    const result = read(['kim.csv', itemsCsv(kim)], ['lee.csv', interviewsCsv(lee)]);
    expect(markOf(result, 'Kim')).toBe('intact');
    expect(markOf(result, 'Lee')).toBe('intact');
    expect(result.reports.flatMap((r) => r.notes)).toEqual([]);
  });

  it('marks a score edited 1 → 5 as "edited after submission" on that scorecard, naming where', () => {
    const low = { ...kim, scores: { orm: 1, intro: 4 }, reason: 'Could not explain the N+1 problem' };
    const edited = rewrite(itemsCsv(low, lee), (_, rows) => {
      rows.find((r) => r.interview_id === low.id && r.question_id === 'orm')!.score = '5';
    });
    const result = read(['kim.csv', edited]);
    expect(markOf(result, 'Kim')).toBe('edited-after-submission');
    expect(markOf(result, 'Lee')).toBe('intact');
    expect(result.reports[0]!.notes).toEqual([
      expect.stringMatching(/^kim\.csv lines 2-4: edited after submission: its cells no longer match its seal/),
    ]);
    // The scorecard is still read, with what the file now says: the mark is how the panel knows.
    expect(result.cards.find((c) => c.interviewer === 'Kim')!.categoryScores.django).toBe(5);
  });

  it('marks a category edited 4.00 → 1.00 in an interviews file as edited', () => {
    const edited = rewrite(interviewsCsv(kim), (_, rows) => (rows[0]!.score_comms = '1.00'));
    const result = read(['kim.csv', edited]);
    expect(markOf(result, 'Kim')).toBe('edited-after-submission');
    expect(result.reports[0]!.notes[0]).toMatch(/^kim\.csv line 2: edited after submission/);
  });

  it('marks a draft relabelled "submitted" with a made-up seal as edited', () => {
    const draft = { ...sam, status: 'draft' as const };
    const forged = rewrite(itemsCsv(draft), (_, rows) =>
      rows.forEach((r) => Object.assign(r, { status: 'submitted', seal: 'ab'.repeat(32) })),
    );
    const result = read(['sam.csv', forged]);
    expect(result.cards[0]).toMatchObject({ status: 'submitted', integrity: 'edited-after-submission' });
    expect(mark(read(['sam.csv', itemsCsv(draft)]).cards[0])).toBe('draft');
  });

  it('marks a submitted scorecard without a seal "not sealed"', () => {
    const stripped = rewrite(interviewsCsv(kim), (_, rows) => (rows[0]!.seal = ''));
    const result = read(['kim.csv', stripped]);
    expect(markOf(result, 'Kim')).toBe('not-sealed');
    expect(result.reports[0]!.notes[0]).toMatch(/^kim\.csv line 2: not sealed: marked submitted but carries no seal/);
  });

  it('reads a re-saved file, keeping its seal, and reports how it was read; a refused file says why', () => {
    const decoded = decodeCsvBytes(excelSemicolons(itemsCsv(kim)));
    const result = readScorecards([{ name: 'kim.csv', text: decoded.text, notes: decoded.notes }], kits);
    expect(markOf(result, 'Kim')).toBe('intact');
    expect(result.reports[0]!.notes).toEqual([expect.stringMatching(/^kim\.csv: columns separated by semicolons/)]);
    const refused = readScorecards(
      [{ name: 'big.csv', text: '', problem: 'the file is 25.0 MB, over the 20.0 MB a scorecard CSV may be' }],
      kits,
    );
    expect(refused.reports[0]!.errors).toEqual(['big.csv: the file is 25.0 MB, over the 20.0 MB a scorecard CSV may be']);
  });

  it("marks this browser's own scorecards by their store seal", () => {
    const card = exportable(sam);
    expect(mark(scorecardFromStore(testKit, card.interview, 'Ana Lima', card.answers))).toBe('intact');
    const changed = card.answers.map((a) => (a.questionId === 'orm' ? { ...a, score: 1 } : a));
    expect(mark(scorecardFromStore(testKit, card.interview, 'Ana Lima', changed))).toBe('edited-after-submission');
  });
});
