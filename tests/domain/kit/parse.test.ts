import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUILTIN_KITS } from '../../../utils/domain/kit/builtin';
import { KIT_UPGRADES, migrateKit } from '../../../utils/domain/kit/migrate';
import { formatIssues, formatPath, parseKit } from '../../../utils/domain/kit/parse';
import { KIT_SCHEMA_VERSION } from '../../../utils/domain/kit/schema';

/** A fresh, mutable copy of the built-in kit as a file would hold it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the kit on purpose
const kitFile = (): any => JSON.parse(JSON.stringify(BUILTIN_KITS[0]));
const errorsOf = (raw: unknown) => {
  const result = parseKit(raw);
  if (result.ok) throw new Error('expected the kit to be rejected');
  return result.errors;
};

describe('parseKit error lines', () => {
  it('names the missing prompt by its full path', () => {
    const raw = kitFile();
    delete raw.rounds[0].sections[0].questions[0].prompt;
    expect(errorsOf(raw)).toEqual(['rounds[0].sections[0].questions[0].prompt: required']);
  });

  it('treats a blank prompt as missing', () => {
    const raw = kitFile();
    raw.rounds[3].sections[1].questions[0].prompt = '   ';
    expect(errorsOf(raw)).toEqual(['rounds[3].sections[1].questions[0].prompt: required']);
  });

  it('says what type was expected and what was got', () => {
    const raw = kitFile();
    raw.rounds[2].sections[0].durationMin = 'ten';
    raw.categories[0].weightPct = '20%';
    raw.rounds[1].sections[0].questions = 'none';
    raw.ratingScale[0].score = 4.5;
    expect(errorsOf(raw)).toEqual([
      'ratingScale[0].score: expected a whole number, got 4.5',
      'categories[0].weightPct: expected a number, got "20%"',
      'rounds[1].sections[0].questions: expected a list, got "none"',
      'rounds[2].sections[0].durationMin: expected a number, got "ten"',
    ]);
  });

  it('reports out-of-range numbers and empty lists with the offending value', () => {
    const raw = kitFile();
    raw.offerThreshold = 9;
    raw.decisionOptions = [];
    raw.rounds[1].sections[0].durationMin = -5;
    raw.rounds[4].sections = [];
    expect(errorsOf(raw)).toEqual([
      'offerThreshold: expected a number ≤ 5, got 9',
      'decisionOptions: expected at least 1 item, got 0',
      'rounds[1].sections[0].durationMin: expected a positive number of minutes, got -5',
      'rounds[4].sections: a round needs at least one section',
    ]);
  });

  it('passes the cross-checks of the schema through (unknown category, duplicate id)', () => {
    const raw = kitFile();
    raw.rounds[5].categoryIds.push('charisma');
    raw.rounds[1].sections[0].questions[1].id = raw.rounds[1].sections[0].questions[0].id;
    expect(errorsOf(raw)).toEqual([
      'rounds[1].sections[0].questions[1].id: duplicate question id "phone-screen.part-a.q1"',
      'rounds[5].categoryIds[3]: unknown category "charisma"',
    ]);
  });

  it('says when the file is not a kit at all', () => {
    expect(errorsOf('hello')).toEqual(['kit: expected an object, got "hello"']);
    expect(errorsOf([1, 2])).toEqual(['kit: expected an object, got a list of 2']);
  });

  it('accepts a valid kit and fills in defaults', () => {
    const raw = kitFile();
    delete raw.rounds[0].greenFlags;
    const result = parseKit(raw);
    expect(result.ok && result.kit.rounds[0]!.greenFlags).toEqual([]);
  });
});

describe('formatIssues', () => {
  it('puts array indexes in brackets and object keys after dots', () => {
    expect(formatPath(['rounds', 3, 'sections', 1, 'questions', 0, 'prompt'])).toBe('rounds[3].sections[1].questions[0].prompt');
    expect(formatPath([])).toBe('kit');
    expect(formatPath(['categoryRatings', 'deep dive'])).toBe('categoryRatings["deep dive"]');
  });

  it('still reads well for errors parsed without the input attached', () => {
    const schema = z.object({ title: z.string(), minutes: z.number(), tags: z.array(z.string()).min(2) });
    const result = schema.safeParse({ minutes: 'ten', tags: ['a'] });
    expect(formatIssues(result.error!)).toEqual([
      'title: required',
      'minutes: expected a number, got string',
      'tags: expected at least 2 items',
    ]);
  });
});

describe('kit schema versions', () => {
  it('reads a kit exported before versioning as schema 1, upgraded to the current schema', () => {
    const raw = kitFile();
    delete raw.schemaVersion;
    const result = parseKit(raw);
    expect(result.ok && result.kit.schemaVersion).toBe(KIT_SCHEMA_VERSION);
    expect(raw.schemaVersion).toBeUndefined();
  });

  it('refuses a kit from a newer Panelist and says to update', () => {
    const raw = { ...kitFile(), schemaVersion: KIT_SCHEMA_VERSION + 1 };
    expect(errorsOf(raw)).toEqual([
      `schemaVersion: this kit was made by a newer Panelist (schema ${KIT_SCHEMA_VERSION + 1}); ` +
        `update Panelist to open it (this version reads schema ${KIT_SCHEMA_VERSION} and older)`,
    ]);
  });

  it('rejects a schemaVersion that is not a number with the usual expected-vs-got line', () => {
    expect(errorsOf({ ...kitFile(), schemaVersion: '1' })).toEqual([`schemaVersion: expected ${KIT_SCHEMA_VERSION}, got "1"`]);
  });

  it('has one upgrade per schema before the current one', () => {
    expect(KIT_SCHEMA_VERSION).toBe(2);
    expect(Object.keys(KIT_UPGRADES)).toEqual(['1']);
  });

  it('chains upgrades one version at a time up to the current schema', () => {
    const upgrades = {
      1: (kit: Record<string, unknown>) => ({ ...kit, renamed: kit.old, trail: ['1→2'] }),
      2: (kit: Record<string, unknown>) => ({ ...kit, trail: [...(kit.trail as string[]), '2→3'] }),
    };
    expect(migrateKit({ old: 'x' }, upgrades, 3)).toEqual({
      ok: true,
      kit: { old: 'x', renamed: 'x', trail: ['1→2', '2→3'], schemaVersion: 3 },
    });
    expect(migrateKit({ schemaVersion: 2, trail: [] }, upgrades, 3)).toEqual({
      ok: true,
      kit: { schemaVersion: 3, trail: ['2→3'] },
    });
  });

  it('says so when a step in the upgrade chain is missing', () => {
    expect(migrateKit({ schemaVersion: 1 }, {}, 2)).toEqual({
      ok: false,
      error: 'schemaVersion: no upgrade from schema 1 to 2 in this Panelist',
    });
  });
});

describe('kit schema 2', () => {
  const v1Round = (criteria: unknown[], questions: unknown[]) => ({
    id: 'design',
    title: 'System Design',
    sections: [{ id: 'challenge', title: 'Challenge', questions }],
    evaluationCriteria: criteria,
  });
  const fivePoints = ['Service Design', 'Data Architecture', 'Communication', 'Scalability', 'Reliability'].map((name) => ({
    name,
    weightPct: 20,
    points: [`${name} point`],
  }));
  const v1Kit = (round: unknown) => ({ ...kitFile(), schemaVersion: 1, rounds: [round] });

  it("moves a v1 round's weighted criteria onto its one scored question, each with an id", () => {
    const result = parseKit(v1Kit(v1Round(fivePoints, [{ id: 'q', prompt: 'Design it' }])));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const question = result.kit.rounds[0]!.sections[0]!.questions[0]!;
    expect(question.criteria.map((c) => [c.id, c.name, c.weightPct])).toEqual([
      ['service-design', 'Service Design', 20],
      ['data-architecture', 'Data Architecture', 20],
      ['communication', 'Communication', 20],
      ['scalability', 'Scalability', 20],
      ['reliability', 'Reliability', 20],
    ]);
    expect(result.kit.rounds[0]!.assessmentAreas).toEqual([]);
  });

  it('keeps them beside the round as assessment areas when the round has several scored questions', () => {
    const result = parseKit(
      v1Kit(
        v1Round(fivePoints, [
          { id: 'a', prompt: 'One' },
          { id: 'b', prompt: 'Two' },
        ]),
      ),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.kit.rounds[0]!.assessmentAreas.map((a) => a.name)).toEqual(fivePoints.map((c) => c.name));
    expect(result.kit.rounds[0]!.sections[0]!.questions.every((q) => q.criteria.length === 0)).toBe(true);
  });

  it('rejects criteria whose weights do not total 100%, naming the question and the sum', () => {
    const raw = kitFile();
    raw.rounds[4].sections[0].questions[0].criteria[0].weightPct = 15;
    expect(errorsOf(raw)).toEqual(['rounds[4].sections[0].questions[0].criteria: weights add up to 95%; they must total 100%']);
  });

  it('rejects category weights that do not total 100%', () => {
    const raw = kitFile();
    raw.categories = raw.categories.map((c: { weightPct: number }) => ({ ...c, weightPct: c.weightPct * 3 }));
    expect(errorsOf(raw)).toEqual(['categories: weights add up to 300%; they must total 100%']);
  });

  it('rejects duplicate round, section, category and decision ids at the duplicate', () => {
    const raw = kitFile();
    raw.rounds[1].id = raw.rounds[0].id;
    raw.rounds[1].sections[1].id = raw.rounds[1].sections[0].id;
    raw.categories[1].id = raw.categories[0].id;
    raw.decisionOptions[2].id = raw.decisionOptions[0].id;
    const errors = errorsOf(raw);
    expect(errors).toEqual(
      expect.arrayContaining([
        `categories[1].id: duplicate category id "${raw.categories[0].id}"`,
        `decisionOptions[2].id: duplicate decision id "${raw.decisionOptions[0].id}"`,
        `rounds[1].id: duplicate round id "${raw.rounds[0].id}"`,
        `rounds[1].sections[1].id: duplicate section id "${raw.rounds[1].sections[0].id}"`,
      ]),
    );
  });

  it('rejects a rubric band that starts above where it ends', () => {
    const raw = kitFile();
    raw.rounds[1].rubric[0] = { ...raw.rounds[1].rubric[0], minScore: 5, maxScore: 4 };
    expect(errorsOf(raw)).toEqual([`rounds[1].rubric[0].minScore: "${raw.rounds[1].rubric[0].label}" starts at 5, above its end 4`]);
  });

  it('keeps a field it does not know, and says so', () => {
    const raw = { ...kitFile(), owner: 'Hiring team B' };
    raw.rounds[0].sections[0].questions[0].difficulty = 'easy';
    const result = parseKit(raw);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect([...result.warnings].sort()).toEqual([
      'owner: not a field Panelist uses; kept as it is',
      'rounds[0].sections[0].questions[0].difficulty: not a field Panelist uses; kept as it is',
    ]);
    expect((result.kit as unknown as { owner: string }).owner).toBe('Hiring team B');
    expect(result.kit.rounds[0]!.sections[0]!.questions[0]).toMatchObject({ difficulty: 'easy' });
  });
});
