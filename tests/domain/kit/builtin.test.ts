import { describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, BUILTIN_KITS, findBuiltinKit } from '../../../utils/domain/kit/builtin';
import { parseKit } from '../../../utils/domain/kit/parse';
import { KitSchema, type Kit } from '../../../utils/domain/kit/schema';

const kit: Kit = findBuiltinKit(BUILTIN_KIT_ID)!;
const round = (id: string) => kit.rounds.find((r) => r.id === id)!;
const allQuestions = kit.rounds.flatMap((r) => r.sections.flatMap((s) => s.questions.map((q) => ({ r, s, q }))));
/** Section ids: the kebab-cased label before a colon ("Part A: ..." → part-a), else the whole title. */
const sectionIdFor = (title: string) =>
  title
    .split(':')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('built-in Middleware Architect kit', () => {
  it('is shipped and validates against the kit schema', () => {
    expect(BUILTIN_KITS.map((k) => k.id)).toEqual([BUILTIN_KIT_ID]);
    expect(BUILTIN_KIT_ID).toBe('middleware-architect');
    expect(KitSchema.safeParse(kit).success).toBe(true);
    expect(kit).toMatchObject({ schemaVersion: 2, version: 2, role: 'Middleware Architect', organisation: 'MyBambu' });
  });

  it('survives an export/import round trip unchanged', () => {
    const imported = parseKit(JSON.parse(JSON.stringify(kit)));
    expect(imported).toEqual({ ok: true, kit, warnings: [] });
  });

  it('has the eight rounds in order with the guide durations', () => {
    expect(kit.rounds.map((r) => [r.number, r.id, r.durationMin])).toEqual([
      [1, 'recruiter-screen', 30],
      [2, 'phone-screen', 45],
      [3, 'take-home', undefined],
      [4, 'deep-dive', 90],
      [5, 'system-design', 60],
      [6, 'behavioral', 45],
      [7, 'team-fit', 30],
      [8, 'executive', 30],
    ]);
    expect(round('take-home').durationNote).toBe('3-6 hours, submitted before');
  });

  it.each([
    ['phone-screen', 15, 45, ['Django Deep Dive', 'Architecture Philosophy', 'Scenario Discussion']],
    ['deep-dive', 30, 90, ['Code Review Exercise', 'Architecture Whiteboard', 'Performance Optimization']],
  ] as const)('splits %s into Parts A/B/C of %i minutes filling the round', (id, partMin, roundMin, names) => {
    const sections = round(id).sections;
    expect(sections.map((s) => [s.id, s.title, s.durationMin])).toEqual([
      ['part-a', `Part A: ${names[0]}`, partMin],
      ['part-b', `Part B: ${names[1]}`, partMin],
      ['part-c', `Part C: ${names[2]}`, partMin],
    ]);
    expect(sections.reduce((sum, s) => sum + (s.durationMin ?? 0), 0)).toBe(roundMin);
  });

  it('weights the scoring matrix to 100% with the guide minimums and a 3.5 threshold', () => {
    expect(kit.categories.map((c) => [c.id, c.weightPct, c.minScore])).toEqual([
      ['django', 20, 4],
      ['architecture', 20, 4],
      ['deep-dive', 15, 3],
      ['system-design', 15, 3],
      ['leadership', 15, 3],
      ['communication', 10, 4],
      ['culture', 5, 3],
    ]);
    expect(kit.categories.reduce((sum, c) => sum + c.weightPct, 0)).toBe(100);
    expect(kit.offerThreshold).toBe(3.5);
  });

  it('offers the four decisions and a 5-to-1 rating scale', () => {
    expect(kit.decisionOptions.map((d) => d.id)).toEqual(['strong-yes', 'yes', 'maybe', 'no']);
    expect(kit.ratingScale.map((p) => [p.score, p.label])).toEqual([
      [5, 'Exceptional'],
      [4, 'Strong'],
      [3, 'Adequate'],
      [2, 'Below'],
      [1, 'Poor'],
    ]);
  });

  it('weights Round 5 on five criteria of 20% each', () => {
    const scored = round('system-design')
      .sections.flatMap((s) => s.questions)
      .filter((q) => q.scored);
    expect(scored).toHaveLength(1);
    const criteria = scored[0]!.criteria;
    expect(criteria.map((c) => [c.name, c.weightPct])).toEqual([
      ['Service Design', 20],
      ['Data Architecture', 20],
      ['Communication', 20],
      ['Scalability', 20],
      ['Reliability', 20],
    ]);
    expect(criteria.every((c) => c.points.length >= 3)).toBe(true);
  });

  it('gives Round 2 its Strong / Adequate / Weak rubric', () => {
    expect(round('phone-screen').rubric.map((l) => [l.label, l.minScore, l.maxScore])).toEqual([
      ['Strong', 4, 5],
      ['Adequate', 3, 3],
      ['Weak', 1, 2],
    ]);
  });

  it('names sections and questions by the stable id scheme, with no duplicates', () => {
    for (const r of kit.rounds) {
      for (const s of r.sections) {
        expect(s.id, s.title).toBe(sectionIdFor(s.title));
        s.questions.forEach((q, i) => expect(q.id).toBe(`${r.id}.${s.id}.q${i + 1}`));
      }
    }
    const ids = allQuestions.map(({ q }) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['phone-screen.part-a.q1', 'system-design.challenge.q1']));
  });

  it('ties every scored question to a category its round evidences', () => {
    for (const { r, q } of allQuestions.filter(({ q }) => q.scored)) {
      expect(q.categoryId, q.id).toBeDefined();
      expect(r.categoryIds, q.id).toContain(q.categoryId);
    }
  });

  it('gathers evidence for every category from at least one scored question', () => {
    const evidenced = new Set(allQuestions.filter(({ q }) => q.scored).map(({ q }) => q.categoryId));
    expect(kit.categories.filter((c) => !evidenced.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('leaves only logistics and the candidate’s own questions unscored', () => {
    expect(allQuestions.filter(({ q }) => !q.scored).map(({ q }) => q.prompt)).toEqual(['Logistics', 'Questions from candidate']);
  });

  it('treats each exercise as one question with its code and briefing', () => {
    const [partA, partB, partC] = round('deep-dive').sections;
    expect(partA!.questions).toHaveLength(1);
    expect(partA!.questions[0]!.code?.source).toMatch(/^# galileo\/services\.py\nclass GalileoService:/);
    // What the interviewer hands over is material, what the candidate does is a task: neither is a follow-up question.
    expect([partB!.materials.length, partB!.briefing.length]).toEqual([4, 0]);
    expect(partC!.questions[0]!.code?.source).toMatch(/^def get_user_transactions\(request, user_id\):/);
    expect([partC!.tasks.length, partC!.questions[0]!.followUps.length]).toEqual([4, 0]);
    const design = round('system-design').sections;
    expect(design).toHaveLength(1);
    expect(design[0]!.questions.map((q) => [q.prompt, q.followUps.length])).toEqual([["Design MyBambu's Next-Generation Architecture", 5]]);
    expect([design[0]!.briefingLabel, design[0]!.briefing.length, round('system-design').materials.length]).toEqual(['Requirements', 6, 2]);
  });

  it('carries the guide’s interviewer guidance: before, during and after, the mistakes, a nudge and three submit checks', () => {
    expect([kit.guidance.before.length, kit.guidance.during.length, kit.guidance.after.length]).toEqual([4, 5, 4]);
    expect(kit.guidance.after[0]).toBe('Thank you email within 24 hours');
    expect(kit.guidance.mistakes.map((m) => [m.title, m.items.length])).toEqual([
      ['Interviewer Mistakes', 5],
      ['Process Mistakes', 5],
    ]);
    expect(kit.guidance.nudges.map((n) => n.minutesLeft)).toEqual([5]);
    expect(kit.guidance.submitChecks).toHaveLength(3);
  });
});
