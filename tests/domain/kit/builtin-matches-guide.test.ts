import { describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, BUILTIN_KITS } from '../../../utils/domain/kit/builtin';
import type { Kit, Round } from '../../../utils/domain/kit/schema';
import {
  decisionCriteria,
  followUpItems,
  listenForItems,
  numberedTitles,
  numberedTopics,
  plainBullets,
  quotedQuestions,
  readGuide,
  splitChapters,
  subsection,
  type GuideChapter,
} from './guide-reader';

// Every assertion reads the repo's copy of the guide, so deleting or mistyping
// a question in the built-in kit (or editing the guide without the kit) fails here.
const kit: Kit = BUILTIN_KITS.find((k) => k.id === BUILTIN_KIT_ID)!;
const guide = readGuide();
const chapters = splitChapters(guide);
const chapter = (prefix: string): GuideChapter => {
  const found = chapters.find((c) => c.heading.startsWith(prefix));
  if (!found) throw new Error(`guide has no chapter "${prefix}"`);
  return found;
};
const roundChapters = chapters.filter((c) => /^Round \d+:/.test(c.heading));

const questionsOf = (round: Round) => round.sections.flatMap((s) => s.questions);
/** What an interviewer can ask in a round. */
const askedIn = (round: Round) => new Set(questionsOf(round).flatMap((q) => [q.prompt, ...q.extraPrompts, ...q.followUps]));
/** Every other piece of guide text a round carries. */
const notesIn = (round: Round) =>
  new Set([
    ...round.objectives,
    ...round.format,
    ...round.greenFlags,
    ...round.redFlags,
    ...round.rubric.map((level) => level.description),
    ...round.assessmentAreas.flatMap((a) => a.points),
    ...questionsOf(round).flatMap((q) => q.criteria.flatMap((c) => c.points)),
    ...round.sections.flatMap((s) => [...s.briefing, ...s.evaluationPoints]),
    ...questionsOf(round).flatMap((q) => q.expectedPoints),
  ]);
const roundNumbered = (heading: string): Round => {
  const number = Number(/^Round (\d+):/.exec(heading)![1]);
  const round = kit.rounds.find((r) => r.number === number);
  if (!round) throw new Error(`kit has no round ${number}`);
  return round;
};

describe('the built-in kit carries every question of the guide', () => {
  it('reads eight rounds from the guide', () => {
    expect(roundChapters.map((c) => c.heading.split(':')[0])).toEqual([
      'Round 1',
      'Round 2',
      'Round 3',
      'Round 4',
      'Round 5',
      'Round 6',
      'Round 7',
      'Round 8',
    ]);
  });

  describe.each(roundChapters.map((c) => [c.heading, c] as const))('%s', (_heading, source) => {
    const round = roundNumbered(source.heading);

    it('asks every quoted question and numbered topic', () => {
      const asked = askedIn(round);
      const expected = [...quotedQuestions(source.lines), ...numberedTopics(source.lines), ...followUpItems(source.lines)];
      expect(expected.filter((line) => !asked.has(line))).toEqual([]);
    });

    it('keeps every question title and weighted criterion', () => {
      const titles = new Set([
        ...questionsOf(round).flatMap((q) => (q.title ? [q.title] : [])),
        ...questionsOf(round).flatMap((q) => q.criteria.map((c) => `${c.name} (${c.weightPct}%)`)),
      ]);
      expect(numberedTitles(source.lines).filter((title) => !titles.has(title))).toEqual([]);
    });

    it('keeps every expected point, objective, flag, briefing line and focus area', () => {
      // Round 3's focus areas are bullets that the kit asks as questions.
      const notes = new Set([...notesIn(round), ...askedIn(round)]);
      const expected = [...listenForItems(source.lines), ...plainBullets(source.lines)];
      expect(expected.filter((line) => !notes.has(line))).toEqual([]);
    });

    it('keeps the proceed / reject criteria', () => {
      expect(round.proceedIf).toEqual(decisionCriteria(source.lines, 'Proceed if'));
      expect(round.rejectIf).toEqual(decisionCriteria(source.lines, 'Reject if'));
    });
  });

  it('adds no question text that is not in the guide', () => {
    const kitTexts = kit.rounds.flatMap((round) => [...askedIn(round), ...notesIn(round)]);
    expect(kitTexts.filter((text) => !guide.includes(text))).toEqual([]);
  });

  it('shows the three code samples exactly as the guide prints them', () => {
    const guideSamples = roundChapters.flatMap((c) => c.blocks).filter((b) => b.language === 'python');
    const kitSamples = kit.rounds.flatMap((r) =>
      r.sections.flatMap((s) => [...(s.code ? [s.code] : []), ...s.questions.flatMap((q) => (q.code ? [q.code] : []))]),
    );
    expect(guideSamples).toHaveLength(3);
    expect(kitSamples.map(({ language, source }) => ({ language, source }))).toEqual(guideSamples);
  });

  it('holds the reference checks and question bank, group by group', () => {
    const groupsOf = (source: GuideChapter) =>
      source.lines
        .filter((line) => line.startsWith('### '))
        .map((line) => line.slice(4).trim())
        .map((title) => ({ title, questions: quotedQuestions(subsection(source, title)) }));
    expect(kit.referenceChecks.map(({ title, questions }) => ({ title, questions }))).toEqual(
      groupsOf(chapter('Reference Check Questions')),
    );
    expect(kit.referenceChecks.map((r) => r.kind)).toEqual(['technical', 'leadership']);
    expect(kit.questionBank).toEqual(groupsOf(chapter('Appendix: Question Bank')));
  });

  it('holds the rating scale, scoring matrix, threshold and decision options', () => {
    const framework = chapter('Interview Scoring Framework');
    const scale = subsection(framework, 'Rating Scale').flatMap((line) => {
      const match = /^- \*\*(\d) - (\w+)\*\*: (.+?)\s*$/.exec(line);
      return match ? [{ score: Number(match[1]), label: match[2], description: match[3] }] : [];
    });
    expect(kit.ratingScale).toEqual(scale);

    const rows = subsection(framework, 'Scoring Matrix')
      .filter((line) => /^\| [A-Z]/.test(line) && !line.startsWith('| Category'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(kit.categories.map((c) => [c.name, `${c.weightPct}%`, String(c.minScore), c.notes])).toEqual(rows);

    const threshold = /\*\*Minimum Total Score for Offer\*\*: ([\d.]+)\/5\.0/.exec(framework.lines.join('\n'));
    expect(kit.offerThreshold).toBe(Number(threshold![1]));

    const options = subsection(chapter('Decision Meeting Agenda'), 'Decision Options').flatMap((line) => {
      const match = /^- \*\*(.+?)\*\*: (.+?)\s*$/.exec(line);
      return match ? [{ label: match[1], meaning: match[2] }] : [];
    });
    expect(kit.decisionOptions.map(({ label, meaning }) => ({ label, meaning }))).toEqual(options);
  });

  it('times each round as its heading says', () => {
    for (const source of roundChapters) {
      const minutes = /\((\d+) minutes\)$/.exec(source.heading);
      expect(roundNumbered(source.heading).durationMin, source.heading).toBe(minutes ? Number(minutes[1]) : undefined);
    }
  });
});
