import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importMarkdownGuide } from '../../../utils/domain/import/markdown';
import { BUILTIN_KIT_ID, findBuiltinKit } from '../../../utils/domain/kit/builtin';
import type { Kit } from '../../../utils/domain/kit/schema';

/*
 * The importer against the shipped guide: it must reproduce the built-in kit.
 *
 * Known, reported deviations (the built-in kit was written by hand and makes
 * editorial choices that the guide's Markdown does not state):
 *  - round ids are short names chosen by hand ("phone-screen" for "Technical Phone Screen");
 *    the importer derives them from the title, so question ids differ in their first part;
 *  - category ids likewise ("django" for "Django Expertise");
 *  - which category each round/question evidences (categoryIds / categoryId);
 *  - `scored: false` on the two non-scored items (Logistics, Questions from candidate);
 *  - the kit description (a hand-written summary of the Overview).
 * Everything else is compared exactly.
 *
 * Version 2 of the built-in kit (issue 13) places parts of the guide the importer does not read
 * yet: materials ("Provide context:", "Provide:"), tasks, team assessment areas, the labels of
 * point lists and briefings, and the interviewer guidance. `asImportedToday` folds those back to
 * where the importer puts them, so the rest still compares exactly; drop it once the importer
 * reads them.
 */

const source = readFileSync(
  fileURLToPath(new URL('../../../docs/guides/middleware-architect-interview-guide.md', import.meta.url)),
  'utf8',
);
const result = importMarkdownGuide(source);
const builtin = findBuiltinKit(BUILTIN_KIT_ID)!;

/** Imported id → built-in id, for the ids the built-in kit chose by hand. */
const ROUND_IDS: Record<string, string> = {
  'recruiter-screen': 'recruiter-screen',
  'technical-phone-screen': 'phone-screen',
  'take-home-challenge-review': 'take-home',
  'technical-deep-dive': 'deep-dive',
  'system-design': 'system-design',
  'behavioral-and-leadership': 'behavioral',
  'team-fit-session': 'team-fit',
  'executive-review': 'executive',
};
const CATEGORY_IDS: Record<string, string> = {
  'django-expertise': 'django',
  'architecture-experience': 'architecture',
  'technical-deep-dive': 'deep-dive',
  'system-design': 'system-design',
  leadership: 'leadership',
  communication: 'communication',
  'culture-fit': 'culture',
};

function importedKit(): Kit {
  if (!result.parsed.ok) throw new Error(`imported kit is invalid:\n${result.parsed.errors.join('\n')}`);
  return result.parsed.kit;
}

/*
 * The importer now reads parts of the guide that the built-in kit does not hold yet (another
 * change enriches the built-in kit with them): "Provide:" lists as section materials, "Tasks:" as
 * section tasks, "Team Assessment Areas" as round assessment areas, the Decision Meeting Agenda
 * and the interviewer guidance. Until the built-in kit has a part, the comparison folds the
 * imported part back to where the built-in kit keeps that text today (materials at the end of
 * the briefing, tasks as the exercise's follow-ups, assessment areas as the last section's
 * evaluation points) or leaves it out; once the built-in kit has it, it is compared exactly.
 * The parts themselves are checked word for word below.
 */
type Json = Record<string, unknown>;
const sectionsOf = (kit: Kit) => kit.rounds.flatMap((r) => r.sections);
const builtinHas = {
  materials: sectionsOf(builtin).some((s) => s.materials.length > 0),
  tasks: sectionsOf(builtin).some((s) => s.tasks.length > 0),
  areas: builtin.rounds.some((r) => r.assessmentAreas.length > 0),
  agenda: builtin.debriefAgenda.steps.length > 0 || builtin.debriefAgenda.format.length > 0,
  guidance: Object.values(builtin.guidance).some((v) => v.length > 0),
};

function asBuiltinHoldsIt(kit: Kit): Kit {
  const out = structuredClone(kit);
  for (const round of out.rounds) {
    for (const section of round.sections) {
      if (!builtinHas.materials) [section.briefing, section.materials] = [[...section.briefing, ...section.materials], []];
      if (!builtinHas.tasks && section.tasks.length && section.questions.length === 1)
        [section.questions[0]!.followUps, section.tasks] = [[...section.questions[0]!.followUps, ...section.tasks], []];
    }
    if (!builtinHas.areas && round.assessmentAreas.length) {
      const last = round.sections.at(-1)!;
      last.evaluationPoints = [...last.evaluationPoints, ...round.assessmentAreas.map((a) => a.name)];
      round.assessmentAreas = [];
    }
  }
  if (!builtinHas.agenda) out.debriefAgenda = builtin.debriefAgenda;
  if (!builtinHas.guidance) out.guidance = builtin.guidance;
  handMadeInBuiltin(out);
  return out;
}

/**
 * What the built-in kit chose by hand (issue 13), copied over (the materials only where the text is the same):
 * the labels of point lists and briefings, round 5's "Provide:" materials held by the round rather
 * than its section, the nudge and submit checks worded from the guide's common mistakes, and its
 * version.
 */
function handMadeInBuiltin(out: Kit): void {
  out.version = builtin.version;
  out.guidance = { ...out.guidance, nudges: builtin.guidance.nudges, submitChecks: builtin.guidance.submitChecks };
  out.rounds.forEach((round, r) => {
    const made = builtin.rounds[r];
    if (!made) return;
    const allMaterials = (x: Kit['rounds'][number]) => [...x.materials, ...x.sections.flatMap((s) => s.materials)].sort();
    if (JSON.stringify(allMaterials(round)) === JSON.stringify(allMaterials(made))) {
      round.materials = made.materials;
      round.sections.forEach((s, i) => (s.materials = made.sections[i]?.materials ?? s.materials));
    }
    round.sections.forEach((section, i) => {
      const madeSection = made.sections[i];
      if (madeSection?.briefingLabel !== undefined) section.briefingLabel = madeSection.briefingLabel;
      section.questions.forEach((q, j) => {
        const label = madeSection?.questions[j]?.pointsLabel;
        if (label !== undefined) q.pointsLabel = label;
      });
    });
  });
}

/** Drops the editorial fields and maps the hand-picked ids, so the rest can be compared exactly. */
function comparable(kit: Kit, mapIds: boolean): unknown {
  const roundId = (id: string) => (mapIds ? (ROUND_IDS[id] ?? `unmapped:${id}`) : id);
  return {
    ...kit,
    description: undefined,
    // The built-in agenda (issue 15) is checked against the guide in tests/domain/kit/builtin-debrief.test.ts;
    // reading it from Markdown is the importer's part of the agenda (issue 14), compared here once it does.
    debriefAgenda: undefined,
    categories: kit.categories.map((c) => ({ ...c, id: mapIds ? (CATEGORY_IDS[c.id] ?? `unmapped:${c.id}`) : c.id })),
    rounds: kit.rounds.map((round) => ({
      ...round,
      id: roundId(round.id),
      categoryIds: undefined,
      sections: round.sections.map((section) => ({
        ...section,
        questions: section.questions.map((q) => ({
          ...q,
          id: q.id.replace(/^[^.]+/, (r) => roundId(r)),
          categoryId: undefined,
          scored: undefined,
        })),
      })),
    })),
  } satisfies Json;
}

describe('importing docs/guides/middleware-architect-interview-guide.md', () => {
  it('gives a kit that passes the kit schema', () => {
    expect(result.parsed.ok ? [] : result.parsed.errors).toEqual([]);
  });

  it('reproduces the built-in kit exactly, apart from the listed hand-made choices', () => {
    expect(comparable(asBuiltinHoldsIt(importedKit()), true)).toEqual(comparable(builtin, false));
  });

  it('differs in ids only where the built-in kit chose them by hand', () => {
    const kit = importedKit();
    expect(kit.rounds.map((r) => r.id)).toEqual(Object.keys(ROUND_IDS));
    expect(builtin.rounds.map((r) => r.id)).toEqual(Object.values(ROUND_IDS));
    expect(kit.categories.map((c) => c.id)).toEqual(Object.keys(CATEGORY_IDS));
    expect(builtin.categories.map((c) => c.id)).toEqual(Object.values(CATEGORY_IDS));
    // Section ids and the question numbering follow the shared rule in both.
    const sectionIds = (k: Kit) => k.rounds.map((r) => r.sections.map((s) => s.id));
    expect(sectionIds(kit)).toEqual(sectionIds(builtin));
    const questionTails = (k: Kit) => k.rounds.flatMap((r) => r.sections.flatMap((s) => s.questions.map((q) => q.id.slice(r.id.length))));
    expect(questionTails(kit)).toEqual(questionTails(builtin));
  });

  it('reads rounds with their numbers, titles and durations, including the untimed take-home', () => {
    const rounds = importedKit().rounds.map((r) => [r.number, r.title, r.durationMin, r.durationNote]);
    expect(rounds).toEqual([
      [1, 'Recruiter Screen', 30, undefined],
      [2, 'Technical Phone Screen', 45, undefined],
      [3, 'Take-Home Challenge Review', undefined, '3-6 hours, submitted before'],
      [4, 'Technical Deep Dive', 90, undefined],
      [5, 'System Design', 60, undefined],
      [6, 'Behavioral & Leadership', 45, undefined],
      [7, 'Team Fit Session', 30, undefined],
      [8, 'Executive Review', 30, undefined],
    ]);
  });

  it('turns each exercise part into one question with its code, asks and expected points', () => {
    const [partA, partB, partC] = importedKit().rounds[3]!.sections;
    expect(partA!.questions).toHaveLength(1);
    expect(partA!.questions[0]).toMatchObject({
      title: 'Code Review Exercise',
      prompt: 'What issues do you see in this code?',
      followUps: ['How would you refactor this for production?', 'How would you test this effectively?'],
    });
    expect(partA!.questions[0]!.code?.source).toContain('class GalileoService:');
    expect(partA!.questions[0]!.code?.caption).toBe('Present actual MyBambu code (sanitized)');
    expect(partB!.materials).toEqual([
      'Current: 52 Django apps, single database',
      'Payment apps: transactions, cards, tabapay, galileo integration',
      'Volume: 100K transactions/day',
      'Requirement: Zero downtime migration',
    ]);
    expect(partC!.tasks).toEqual([
      'Identify all performance issues',
      'Provide optimized solution',
      'Discuss caching strategy',
      'Suggest database indexes',
    ]);
    expect(partC!.questions[0]!.prompt).toBe('Our transaction list API takes 15 seconds to load for users with >1000 transactions');
  });

  it('reads what the interviewer provides, the team assessment areas, the decision meeting agenda and the guidance', () => {
    const kit = importedKit();
    expect(kit.rounds[4]!.sections[0]!.materials).toEqual([
      'Current state overview (monolith diagram)',
      'Constraints (team size, timeline, budget indicators)',
    ]);
    expect(kit.rounds[6]!.assessmentAreas.map((a) => a.name)).toEqual([
      'Communication style fit',
      'Technical respect from peers',
      'Collaboration approach',
      'Culture add potential',
      'Red flags from team',
    ]);
    expect(kit.debriefAgenda).toEqual({
      format: ['30-minute debrief after all interviews', 'All interviewers present', 'Structured discussion'],
      steps: [
        { id: 'impressions', title: 'Round-robin initial impressions', kind: 'impressions', durationMin: 5 },
        { id: 'by-category', title: 'Review scoring by category', kind: 'by-category', durationMin: 10 },
        { id: 'concerns', title: 'Discuss concerns/red flags', kind: 'concerns', durationMin: 5 },
        { id: 'strengths', title: 'Highlight strengths', kind: 'strengths', durationMin: 5 },
        { id: 'vote', title: 'Final vote', kind: 'vote', durationMin: 5 },
      ],
    });
    expect(kit.guidance).toMatchObject({
      before: ['Send detailed agenda', 'Share architectural overview', 'Provide team bios', 'Include parking/logistics'],
      during: ['Start on time', 'Introduce each interviewer', 'Allow candidate questions', 'Provide breaks', 'Offer water/coffee'],
      after: [
        'Thank you email within 24 hours',
        'Timeline for decision',
        'Feedback regardless of outcome',
        'Keep candidate warm if process extends',
      ],
      mistakes: [
        {
          title: 'Interviewer Mistakes',
          items: [
            'Asking trivia questions',
            'Focusing only on current tech stack',
            'Not allowing candidate to ask questions',
            'Making decision on "gut feel" alone',
            'Not taking detailed notes',
          ],
        },
        {
          title: 'Process Mistakes',
          items: [
            'Too many rounds',
            'Unclear requirements',
            'Inconsistent evaluation',
            'Slow decision making',
            'Poor candidate communication',
          ],
        },
      ],
    });
  });

  it('keeps the scoring framework: matrix, threshold, scale and decisions', () => {
    const kit = importedKit();
    expect(kit.categories.map((c) => [c.name, c.weightPct, c.minScore])).toEqual([
      ['Django Expertise', 20, 4],
      ['Architecture Experience', 20, 4],
      ['Technical Deep Dive', 15, 3],
      ['System Design', 15, 3],
      ['Leadership', 15, 3],
      ['Communication', 10, 4],
      ['Culture Fit', 5, 3],
    ]);
    expect(kit.offerThreshold).toBe(3.5);
    expect(kit.ratingScale.map((p) => p.score)).toEqual([5, 4, 3, 2, 1]);
    expect(kit.decisionOptions.map((d) => d.id)).toEqual(['strong-yes', 'yes', 'maybe', 'no']);
  });

  it('reports the parts outside the kit model as left over, each with its source line', () => {
    const headings = result.leftOver.filter((l) => l.what === 'heading').map((l) => l.text);
    expect(headings).toEqual(['## Overview', '## Interview Process Flow']);
    const lines = source.split('\n');
    for (const item of result.leftOver) {
      expect(lines[item.line - 1]!.trim(), `line ${item.line}`).toBe(item.text.split('\n')[0]!.trim());
    }
    const texts = result.leftOver.map((l) => l.text).join('\n');
    expect(texts).toContain('This guide provides a structured framework');
    expect(texts).toContain('**Total Interview Time**: 4.5 - 5 hours');
    // Nothing that became part of the kit is also reported as left over.
    expect(texts).not.toContain('Walk me through your career journey');
    expect(texts).not.toContain('Proceed if');
    expect(texts).not.toContain('Round-robin initial impressions');
    expect(texts).not.toContain('Asking trivia questions');
  });

  it('says where each recognised part came from', () => {
    const rounds = result.recognised.filter((r) => r.what === 'round');
    expect(rounds.map((r) => r.line)).toEqual(source.split('\n').flatMap((line, i) => (/^## Round \d/.test(line) ? [i + 1] : [])));
    expect(result.recognised.find((r) => r.what === 'scoring matrix')?.text).toContain('Django Expertise 20% min 4');
    // The guide states all of these, so no default is reported.
    expect(result.recognised.filter((r) => r.what === 'default')).toEqual([]);
  });
});
