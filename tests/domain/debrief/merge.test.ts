import { describe, expect, it } from 'vitest';
import { mergeScorecards } from '@/utils/domain/debrief/merge';
import { contentId, parseDebriefFile, uniqueName } from '@/utils/domain/debrief/parse-file';
import { testKit } from '../../support/store';
import { interviewsCsv, itemsCsv, kim, lee, sam, type CardSpec } from '../../support/debrief-fixtures';

const kits = [testKit];
let n = 0;
const parse = (name: string, text: string, candidate = 'Ana Lima') => ({
  id: `f${++n}`,
  addedAt: 0,
  ...parseDebriefFile({ name, text }, kits, candidate),
});

describe('one file dropped into a debrief', () => {
  it('keeps the candidate’s scorecards, and names and sets aside everyone else’s', () => {
    const file = parse(
      'all.csv',
      itemsCsv(sam, { ...kim, id: 'kim-bob', candidate: 'Bob Stone' }, { ...lee, id: 'lee-bob', candidate: 'bob stone' }),
    );
    expect(file.cards.map((c) => c.interviewer)).toEqual(['Sam']);
    expect(file.otherCandidates).toEqual([{ name: 'Bob Stone', scorecards: 2 }]);
    expect(file.report.scorecards).toBe(1);
    expect(file.report.notes).toEqual(['all.csv: 2 scorecards about Bob Stone, not Ana Lima: set aside']);

    const nobody = parse('bob.csv', itemsCsv({ ...kim, candidate: 'Bob Stone' }));
    expect(nobody.cards).toEqual([]);
    expect(nobody.report.notes).toEqual(['bob.csv: 1 scorecard about Bob Stone, not Ana Lima: set aside']);
  });

  it('reads the evidence notes, date and seal of an items export; an interviews export says it carries no notes', () => {
    const withNotes: CardSpec = { ...kim, scores: { orm: 3, intro: 4 } };
    const items = parse('kim.csv', itemsCsv(withNotes));
    expect(items.cards[0]).toMatchObject({
      hasEvidence: true,
      seal: expect.stringMatching(/^fs2:[0-9a-f]{64}$/),
      date: Date.UTC(2025, 0, 6, 9),
    });
    expect(items.cards[0]!.evidence.map((e) => [e.questionId, e.question, e.categoryId, e.score])).toEqual([
      ['orm', 'ORM Optimization', 'django', 3],
      ['intro', 'Tell me about yourself', 'comms', 4],
      ['close', 'Any questions for us?', '', null],
    ]);
    const rows = parse('kim-i.csv', interviewsCsv(withNotes));
    expect(rows.cards[0]).toMatchObject({ hasEvidence: false, evidence: [] });
  });

  it('is known by its content: the same text gives the same id, a different text another, whatever the names', async () => {
    const a = await contentId(itemsCsv(kim));
    expect(await contentId(itemsCsv(kim))).toBe(a);
    expect(await contentId(itemsCsv(lee))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(uniqueName('all.csv', [])).toBe('all.csv');
    expect(uniqueName('all.csv', ['all.csv', 'all.csv (2)'])).toBe('all.csv (3)');
  });
});

describe('folding the reads of one interview', () => {
  it('reports two files with the same submitted interview and different scores, and uses the one the user chooses', () => {
    const first = parse('kim-monday.csv', itemsCsv(kim));
    const second = parse('kim-tuesday.csv', itemsCsv({ ...kim, scores: { orm: 5, intro: 5 } }));
    const byDefault = mergeScorecards([first, second]);
    expect(byDefault.conflicts).toHaveLength(1);
    expect(byDefault.conflicts[0]).toMatchObject({
      interviewId: 'kim-0002-interview',
      label: 'interview kim-0002 (Kim, Screening)',
      what: 'scores',
      chosen: first.id,
      chosenBy: 'default',
    });
    expect(byDefault.conflicts[0]!.options.map((o) => [o.files, o.card.categoryScores])).toEqual([
      [['kim-monday.csv'], { django: 3, comms: 4 }],
      [['kim-tuesday.csv'], { django: 5, comms: 5 }],
    ]);
    expect(byDefault.cards[0]!.categoryScores).toEqual({ django: 3, comms: 4 });
    expect(byDefault.messages[second.id]!.errors).toEqual([
      'kim-tuesday.csv: interview kim-0002 (Kim, Screening) is also in kim-monday.csv with different scores; using kim-monday.csv (the first one read); choose in the debrief',
    ]);

    const chosen = mergeScorecards([first, second], [], { 'kim-0002-interview': second.id });
    expect(chosen.cards[0]!.categoryScores).toEqual({ django: 5, comms: 5 });
    expect(chosen.conflicts[0]).toMatchObject({ chosen: second.id, chosenBy: 'you' });
  });

  it('counts a file sent twice once, and completes an interview from both export shapes without a conflict', () => {
    const items = parse('sam-items.csv', itemsCsv(sam));
    const again = parse('sam-items (2).csv', itemsCsv(sam));
    const rows = parse('sam-rows.csv', interviewsCsv(sam));
    const merged = mergeScorecards([items, again, rows]);
    expect(merged.cards).toHaveLength(1);
    expect(merged.conflicts).toEqual([]);
    expect(merged.cards[0]).toMatchObject({ sources: ['sam-items.csv', 'sam-items (2).csv', 'sam-rows.csv'], hasEvidence: true });
    expect(merged.messages[again.id]!.notes).toEqual([
      'sam-items (2).csv: interview sam-0001 (Sam, Screening) is also in sam-items.csv, identical; counted once',
    ]);
  });
});
