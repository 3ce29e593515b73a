import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/domain/csv';
import { readScorecards, scorecardFromStore } from '@/utils/domain/debrief/scorecards';
import type { DebriefScorecard } from '@/utils/domain/debrief/read-files';
import { buildDebrief, othersVisibility } from '@/utils/domain/debrief/build';
import { outcomeCsv, outcomeOf } from '@/utils/domain/debrief/outcome';
import { KitSchema } from '@/utils/domain/kit/schema';
import { testKit, testKitInput } from '../../support/store';
import { exportable, interviewsCsv, itemsCsv, kim, lee, sam, type CardSpec } from '../../support/debrief-fixtures';

const kits = [testKit];
const files = (...list: [string, string][]) => list.map(([name, text]) => ({ name, text }));
const options = (override = false) => ({ kit: testKit, kits, override });

/** This browser's own scorecard, as the desk builds it from the store. */
function own(spec: CardSpec): DebriefScorecard {
  const card = exportable(spec);
  return scorecardFromStore(card.kit, card.interview, card.candidate.name, card.answers);
}

describe('the merged view', () => {
  const read = () => readScorecards(files(['kim.csv', interviewsCsv(kim)], ['lee.csv', interviewsCsv(lee)]), kits, [own(sam)]).cards;

  it('shows each interviewer and round per category with mean, min, max, spread, disagreement and minimums', () => {
    const debrief = buildDebrief('Ana Lima', read(), options());
    expect(debrief.visibility).toEqual({ others: 'shown', because: 'own-submitted' });
    expect(debrief.columns.map((c) => [c.label, c.interviewer, c.roundTitle, c.total])).toEqual([
      ['Sam · Screening', 'Sam', 'Screening', 4.6],
      ['Kim · Screening', 'Kim', 'Screening', 3.4],
      ['Lee · Screening', 'Lee', 'Screening', 2.4],
    ]);
    const [django, comms] = debrief.scores.categories;
    expect(django).toMatchObject({ min: 2, max: 5, spread: 3, disagreement: true, belowMinimum: true });
    expect(django!.mean).toBeCloseTo(10 / 3, 10);
    expect(comms).toMatchObject({ min: 3, max: 4, spread: 1, disagreement: false, belowMinimum: false });
    expect(debrief.scores.weightedTotal).toBeCloseTo((10 / 3) * 0.6 + (11 / 3) * 0.4, 10);
    expect(debrief.scores.meetsThreshold).toBe(false);
    expect(debrief.scores.failedMinimums).toEqual(['django']);
    expect(debrief.tally).toEqual([
      { decisionId: 'strong-yes', label: 'Strong Yes', votes: 1 },
      { decisionId: 'yes', label: 'Yes', votes: 1 },
      { decisionId: 'no', label: 'No', votes: 1 },
    ]);
    expect(debrief.concerns).toEqual([{ kind: 'red', text: 'Blamed the previous team', at: '5:00', by: 'Lee · Screening' }]);
    expect(debrief.strengths).toEqual([{ kind: 'green', text: 'Explained trade-offs clearly', at: '12:40', by: 'Sam · Screening' }]);
  });

  it('a spread of exactly 2 is a disagreement; 1 is not', () => {
    const cards = readScorecards(
      files(['k.csv', itemsCsv({ ...kim, scores: { orm: 3, intro: 4 } })], ['l.csv', itemsCsv({ ...lee, scores: { orm: 5, intro: 3 } })]),
      kits,
      [own(sam)],
    ).cards;
    const [django, comms] = buildDebrief('Ana Lima', cards, options()).scores.categories;
    expect([django!.spread, django!.disagreement, comms!.spread, comms!.disagreement]).toEqual([2, true, 1, false]);
  });

  it("leaves other interviewers' scorecards out until this browser's own is submitted, unless overridden", () => {
    const cards = readScorecards(files(['kim.csv', interviewsCsv(kim)], ['lee.csv', interviewsCsv(lee)]), kits, [
      own({ ...sam, status: 'draft' }),
    ]).cards;
    const hidden = buildDebrief('Ana Lima', cards, options());
    expect(hidden.visibility).toEqual({ others: 'hidden', because: 'own-draft' });
    expect(hidden.hidden).toBe(2);
    expect(hidden.columns.map((c) => c.label)).toEqual(['Sam · Screening']);
    expect(hidden.scores.categories[0]!.scores).toEqual([{ interviewer: 'Sam · Screening', score: 5 }]);
    expect(hidden.concerns).toEqual([]);
    expect(JSON.stringify(hidden)).not.toMatch(/Kim|Lee|Blamed/);

    const shown = buildDebrief('Ana Lima', cards, options(true));
    expect(shown.visibility).toEqual({ others: 'shown', because: 'override' });
    expect(shown.columns.map((c) => c.interviewer)).toEqual(['Sam', 'Kim', 'Lee']);

    const noOwn = readScorecards(files(['kim.csv', itemsCsv(kim)]), kits).cards;
    expect(othersVisibility(noOwn, false)).toEqual({ others: 'hidden', because: 'no-own-scorecard' });
    expect(buildDebrief('Ana Lima', noOwn, options()).columns).toEqual([]);
  });

  it('names every column with its interviewer and round, numbers one person’s repeats, and sets aside another kit’s scorecards', () => {
    const otherKit = { ...testKit, id: 'other-kit' };
    const cards = readScorecards(
      files(
        ['a.csv', itemsCsv(kim)],
        ['b.csv', itemsCsv({ ...lee, id: 'lee-other', kit: otherKit })],
        ['c.csv', itemsCsv({ ...kim, id: 'kim-again', decisionId: undefined, reason: '' })],
      ),
      [testKit, otherKit],
      [own(sam)],
    ).cards;
    const debrief = buildDebrief('Ana Lima', cards, { kit: testKit, kits: [testKit, otherKit], override: false });
    expect(debrief.columns.map((c) => c.label)).toEqual(['Sam · Screening', 'Kim · Screening #1', 'Kim · Screening #2']);
    expect(debrief.people.map((p) => [p.name, p.columns.length])).toEqual([
      ['Sam', 1],
      ['Kim', 2],
    ]);
    expect(debrief.excluded.map((e) => [e.card.interviewer, e.reason, e.text])).toEqual([
      ['Lee', 'other-kit', 'run with kit "other-kit"; this debrief combines the categories of "test-kit"'],
    ]);
    // Kim decided in one of her two scorecards: she is not undecided, and she counts once.
    expect(debrief.undecided).toEqual([]);
    expect(debrief.tally.map((t) => t.votes)).toEqual([1, 1, 0]);
  });

  it('counts an interviewer who ran two rounds once, with their latest round’s decision', () => {
    const first: CardSpec = { ...kim, id: 'kim-first', decisionId: 'no', reason: 'Weak screen' };
    const later: CardSpec = { ...kim, id: 'kim-later', decisionId: 'yes', reason: 'Strong on the take-home' };
    const cards = readScorecards(files(['k1.csv', itemsCsv(first)], ['k2.csv', itemsCsv(later)]), kits, [own(sam)]).cards;
    const laterCard = cards.find((c) => c.interviewId === 'kim-later')!;
    laterCard.date = cards.find((c) => c.interviewId === 'kim-first')!.date! + 86_400_000;
    const debrief = buildDebrief('Ana Lima', cards, options());
    expect(debrief.columns).toHaveLength(3);
    expect(debrief.tally).toEqual([
      { decisionId: 'strong-yes', label: 'Strong Yes', votes: 1 },
      { decisionId: 'yes', label: 'Yes', votes: 1 },
      { decisionId: 'no', label: 'No', votes: 0 },
    ]);
  });

  it('combines another version of the kit whose categories are the same, and sets aside one whose categories differ', () => {
    const v2 = KitSchema.parse({ ...testKitInput, version: 2 });
    const v3 = KitSchema.parse({
      ...testKitInput,
      version: 3,
      categories: [
        { id: 'django', name: 'Django Expertise', weightPct: 50, minScore: 4 },
        { id: 'comms', name: 'Communication', weightPct: 50, minScore: 3 },
      ],
    });
    const all = [testKit, v2, v3];
    const cards = readScorecards(files(['k.csv', itemsCsv({ ...kim, kit: v2 })], ['l.csv', itemsCsv({ ...lee, kit: v3 })]), all, [
      own(sam),
    ]).cards;
    const debrief = buildDebrief('Ana Lima', cards, { kit: testKit, kits: all, override: false });
    expect(debrief.columns.map((c) => [c.interviewer, c.card.kitVersion])).toEqual([
      ['Sam', 1],
      ['Kim', 2],
    ]);
    expect(debrief.excluded.map((e) => e.text)).toEqual(['run with version 3 of "test-kit", whose categories differ from version 1\'s']);
  });

  it('exports the outcome as one rectangular CSV table, every column named by interviewer and round', () => {
    const debrief = buildDebrief('Ana Lima', read(), options());
    const parsed = parseCsv(outcomeCsv(outcomeOf(debrief, { votes: [] }, [])));
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual([
      'part',
      'item',
      'weight_pct',
      'min_score',
      'Sam · Screening',
      'Kim · Screening',
      'Lee · Screening',
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
      weight_pct: '60',
      min_score: '4',
      'Sam · Screening': '5',
      'Kim · Screening': '3',
      'Lee · Screening': '2',
      mean: '3.33',
      spread: '3',
      disagreement: 'yes',
      below_minimum: 'yes',
    });
    expect(parsed.rows.find((r) => r.part === 'total')).toMatchObject({
      'Sam · Screening': '4.6',
      mean: '3.47',
      notes: 'Weighted 3.47, below the threshold of 3.5, and 1 category is below their minimum.',
    });
    expect(parsed.rows.find((r) => r.item === 'decision')).toMatchObject({ 'Sam · Screening': 'Strong Yes', 'Lee · Screening': 'No' });
    expect(parsed.rows.find((r) => r.part === 'concern (red flag)')).toMatchObject({
      item: 'Blamed the previous team',
      'Lee · Screening': '5:00',
      'Sam · Screening': '',
    });
    expect(parsed.rows.find((r) => r.part === 'panel decision')).toMatchObject({ item: 'not recorded' });
  });
});
