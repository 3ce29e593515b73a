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
  };
}

describe('importing docs/guides/middleware-architect-interview-guide.md', () => {
  it('gives a kit that passes the kit schema', () => {
    expect(result.parsed.ok ? [] : result.parsed.errors).toEqual([]);
  });

  it('reproduces the built-in kit exactly, apart from the listed hand-made choices', () => {
    expect(comparable(importedKit(), true)).toEqual(comparable(builtin, false));
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
    expect(partB!.briefing).toContain('Volume: 100K transactions/day');
    expect(partC!.questions[0]!.followUps).toEqual([
      'Identify all performance issues',
      'Provide optimized solution',
      'Discuss caching strategy',
      'Suggest database indexes',
    ]);
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
    expect(headings).toEqual([
      '## Overview',
      '## Interview Process Flow',
      '### Format',
      '### Agenda',
      '## Candidate Experience Best Practices',
      '### Before Interview',
      '### During Interview',
      '### After Interview',
      '## Common Mistakes to Avoid',
      '### Interviewer Mistakes',
      '### Process Mistakes',
    ]);
    const lines = source.split('\n');
    for (const item of result.leftOver) {
      expect(lines[item.line - 1]!.trim(), `line ${item.line}`).toBe(item.text.split('\n')[0]!.trim());
    }
    const texts = result.leftOver.map((l) => l.text).join('\n');
    expect(texts).toContain('This guide provides a structured framework');
    expect(texts).toContain('**Round-robin initial impressions** (5 min)');
    expect(texts).toContain('❌ Asking trivia questions');
    // Nothing that became part of the kit is also reported as left over.
    expect(texts).not.toContain('Walk me through your career journey');
    expect(texts).not.toContain('Proceed if');
  });

  it('says where each recognised part came from', () => {
    const rounds = result.recognised.filter((r) => r.what === 'round');
    expect(rounds.map((r) => r.line)).toEqual(source.split('\n').flatMap((line, i) => (/^## Round \d/.test(line) ? [i + 1] : [])));
    expect(result.recognised.find((r) => r.what === 'scoring matrix')?.text).toContain('Django Expertise 20% min 4');
    // The guide states all of these, so no default is reported.
    expect(result.recognised.filter((r) => r.what === 'default')).toEqual([]);
  });
});
