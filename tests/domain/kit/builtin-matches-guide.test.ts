import { describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, BUILTIN_KITS } from '../../../utils/domain/kit/builtin';
import type { Kit, Round } from '../../../utils/domain/kit/schema';
import {
  crossedItems,
  decisionCriteria,
  followUpItems,
  labelledList,
  listenForItems,
  numberedTitles,
  numberedTopics,
  plainBullets,
  quotedQuestions,
  readGuide,
  rubricBands,
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
/** What an interviewer can ask in a round, and the tasks the candidate is set. */
const askedIn = (round: Round) =>
  new Set([...questionsOf(round).flatMap((q) => [q.prompt, ...q.extraPrompts, ...q.followUps]), ...round.sections.flatMap((s) => s.tasks)]);
/** Every other piece of guide text a round carries. */
const notesIn = (round: Round) =>
  new Set([
    ...round.objectives,
    ...round.format,
    ...round.greenFlags,
    ...round.redFlags,
    ...round.rubric.map((level) => level.description),
    ...round.materials,
    ...round.assessmentAreas.flatMap((a) => [a.name, ...a.points]),
    ...questionsOf(round).flatMap((q) => q.criteria.flatMap((c) => c.points)),
    ...round.sections.flatMap((s) => [...s.briefing, ...s.evaluationPoints, ...s.materials]),
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

  it.each(roundChapters.map((c) => [c.heading, c] as const))('%s: objectives and rubric exactly as the guide lists them', (_h, source) => {
    const round = roundNumbered(source.heading);
    const objectives = source.lines.some((l) => l.trim() === '### Objectives') ? plainBullets(subsection(source, 'Objectives')) : [];
    expect(round.objectives).toEqual(objectives);
    const rubric = source.lines.some((l) => l.trim() === '### Evaluation Rubric')
      ? rubricBands(subsection(source, 'Evaluation Rubric'))
      : [];
    expect(round.rubric).toEqual(rubric);
  });

  it('gives every labelled list of the guide its own place, under the guide’s label', () => {
    const round = (n: number) => kit.rounds.find((r) => r.number === n)!;
    const section = (n: number, id: string) => round(n).sections.find((s) => s.id === id)!;
    const lines = (n: number) => roundChapters.find((c) => c.heading.startsWith(`Round ${n}:`))!.lines;
    const [a, b, c] = ['part-a', 'part-b', 'part-c'].map((id) => section(4, id));
    const challenge = section(5, 'challenge').questions[0]!;
    expect([a!.questions[0]!.pointsLabel, a!.questions[0]!.expectedPoints]).toEqual([
      'Expected Improvements',
      labelledList(lines(4), 'Expected Improvements'),
    ]);
    expect([b!.questions[0]!.pointsLabel, b!.questions[0]!.expectedPoints]).toEqual([
      'Evaluation Points',
      labelledList(lines(4), 'Evaluation Points'),
    ]);
    expect(b!.materials).toEqual(labelledList(lines(4), 'Provide context'));
    expect(b!.briefing).toEqual([]);
    expect(c!.tasks).toEqual(labelledList(lines(4), 'Tasks'));
    expect(c!.questions[0]!.followUps).toEqual([]);
    expect([c!.questions[0]!.pointsLabel, c!.questions[0]!.expectedPoints]).toEqual([
      'Expected Solutions',
      labelledList(lines(4), 'Expected Solutions'),
    ]);
    expect([section(5, 'challenge').briefingLabel, section(5, 'challenge').briefing]).toEqual([
      'Requirements',
      labelledList(lines(5), 'Requirements'),
    ]);
    expect(round(5).materials).toEqual(labelledList(lines(5), 'Provide'));
    expect(challenge.expectedPoints).toEqual([]);
    expect(challenge.followUps).toEqual(quotedQuestions(labelledList(lines(5), 'Follow-up Questions').map((q) => `- ${q}`)));
    const areas = plainBullets(
      subsection(
        roundChapters.find((ch) => ch.heading.startsWith('Round 7:'))!,
        'Team Assessment Areas',
      ),
    );
    expect(round(7).assessmentAreas).toEqual(areas.map((name) => ({ name, points: [] })));
    expect(round(7).sections.flatMap((s) => s.evaluationPoints)).toEqual([]);
  });

  it('holds the candidate-experience practices and the common mistakes word for word', () => {
    const practices = chapter('Candidate Experience Best Practices');
    expect(kit.guidance.before).toEqual(plainBullets(subsection(practices, 'Before Interview')));
    expect(kit.guidance.during).toEqual(plainBullets(subsection(practices, 'During Interview')));
    expect(kit.guidance.after).toEqual(plainBullets(subsection(practices, 'After Interview')));
    const mistakes = chapter('Common Mistakes to Avoid');
    const groups = mistakes.lines.filter((l) => l.startsWith('### ')).map((l) => l.slice(4).trim());
    expect(kit.guidance.mistakes).toEqual(groups.map((title) => ({ title, items: crossedItems(subsection(mistakes, title)) })));
  });

  it('words each submit check by a mistake of the guide, and nudges for the candidate’s questions before time runs out', () => {
    const mistakes = crossedItems(chapter('Common Mistakes to Avoid').lines);
    expect(kit.guidance.submitChecks.map((c) => c.check).sort()).toEqual([
      'candidate-questions-skipped',
      'decision-reason-short',
      'scored-without-notes',
    ]);
    expect(kit.guidance.submitChecks.filter((c) => !mistakes.includes(c.text))).toEqual([]);
    expect(kit.guidance.during).toContain('Allow candidate questions');
    expect(kit.guidance.nudges).toEqual([{ text: "Leave time for the candidate's questions", minutesLeft: 5 }]);
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
