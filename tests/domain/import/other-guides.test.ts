import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importMarkdownGuide, type ImportResult } from '../../../utils/domain/import/markdown';
import type { Kit } from '../../../utils/domain/kit/schema';

/* Guides written in other styles than the shipped one; each file is in ./guides. */

function importGuide(name: string): { result: ImportResult; kit: Kit; source: string } {
  const source = readFileSync(fileURLToPath(new URL(`./guides/${name}`, import.meta.url)), 'utf8');
  const result = importMarkdownGuide(source);
  if (!result.parsed.ok) throw new Error(`${name} did not give a valid kit:\n${result.parsed.errors.join('\n')}`);
  return { result, kit: result.parsed.kit, source };
}

/** The 1-based line of the first source line containing `needle`. */
function lineOf(source: string, needle: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the guide`);
  return index + 1;
}

describe('"Stage N —" / "Interview N:" headings, Q1. questions, a 1-4 rubric table', () => {
  const { result, kit, source } = importGuide('stages-data-engineer.md');

  it('takes rounds from Stage/Interview headings with min, mins, m and hour durations', () => {
    expect(kit.id).toBe('data-engineer');
    expect(kit.role).toBe('Data Engineer');
    expect(kit.rounds.map((r) => [r.id, r.number, r.title, r.durationMin])).toEqual([
      ['screening', 1, 'Screening', 20],
      ['coding', 2, 'Coding', 60],
      ['system-design', 3, 'System Design', 90],
    ]);
    expect(kit.rounds[1]!.sections.map((s) => [s.id, s.durationMin])).toEqual([
      ['warm-up', 10],
      ['live-exercise', 45],
    ]);
  });

  it('reads Q1. paragraphs with their Look for / Listen for / Follow-ups, and a quoted blockquote', () => {
    const [q1, q2, q3] = kit.rounds[0]!.sections[0]!.questions;
    expect(q1).toMatchObject({
      id: 'screening.questions.q1',
      prompt: 'Walk me through the last pipeline you owned end to end.',
      expectedPoints: ['ownership', 'data volumes', 'failure handling'],
    });
    expect(q2).toMatchObject({
      prompt: 'Which orchestration tools have you used, and why?',
      expectedPoints: ['trade-offs', 'not just names'],
      followUps: ['What broke?', 'How did you find out?'],
    });
    expect(q3!.prompt).toBe('What would make you leave your current role?');
    expect(kit.rounds[0]!.objectives).toEqual(['confirm the basics', 'explain the role']);
  });

  it('makes the code exercise one question: task as prompt, steps as follow-ups, captioned code', () => {
    const exercise = kit.rounds[1]!.sections[1]!;
    expect(exercise.questions).toHaveLength(1);
    expect(exercise.questions[0]).toMatchObject({
      title: 'Live exercise',
      prompt: 'Make this query return daily active users for the last 30 days.',
      followUps: ['Add a date filter', 'Group by day', 'Discuss indexes'],
      expectedPoints: ['Uses a date truncation', 'Filters before grouping', 'Mentions partitioning'],
      code: { language: 'sql', source: 'SELECT user_id, COUNT(*) FROM events GROUP BY 1;', caption: 'Share this file with the candidate' },
    });
  });

  it('reads the 1-4 rubric table as the round rubric and, lacking a stated scale, as the kit scale', () => {
    expect(kit.rounds[1]!.rubric.map((l) => [l.label, l.minScore, l.maxScore])).toEqual([
      ['Excellent', 4, 4],
      ['Good', 3, 3],
      ['Weak', 2, 2],
      ['Poor', 1, 1],
    ]);
    expect(kit.ratingScale.map((p) => [p.score, p.label])).toEqual([
      [4, 'Excellent'],
      [3, 'Good'],
      [2, 'Weak'],
      [1, 'Poor'],
    ]);
    expect(result.recognised).toContainEqual(
      expect.objectContaining({ what: 'rating scale', text: expect.stringContaining("rubric table's 1-4 scale") }),
    );
  });

  it('reads a scenario round without sub-headings, a fractional-weight matrix with an {#id}, a hiring bar and decisions', () => {
    const design = kit.rounds[2]!;
    expect(design.sections).toHaveLength(1);
    expect(design.sections[0]!.briefing).toEqual(['Late events arrive up to 3 days late', 'Exactly-once reporting']);
    expect(design.sections[0]!.questions[0]).toMatchObject({
      prompt: 'Design an ingestion pipeline for 2 billion events a day.',
      expectedPoints: ['Partitioning strategy', 'Idempotent writes', 'Backfill plan'],
    });
    expect(design.redFlags).toEqual(['no monitoring', 'ignores late data']);
    expect(kit.categories.map((c) => [c.id, c.weightPct, c.minScore, c.notes])).toEqual([
      ['sql', 40, 3, 'Fluent, correct'],
      ['pipelines', 40, 3, 'Reliable design'],
      ['communication', 20, 2, 'Clear trade-offs'],
    ]);
    expect(kit.offerThreshold).toBe(3);
    expect(kit.decisionOptions).toEqual([
      { id: 'hire', label: 'Hire', meaning: 'strong across the board', nextStep: 'none' },
      { id: 'no-hire', label: 'No hire', meaning: 'below the bar in SQL or pipelines', nextStep: 'none' },
    ]);
  });

  it('lists prose it could not place, with its line, instead of dropping it', () => {
    expect(result.leftOver).toEqual([
      expect.objectContaining({ line: lineOf(source, 'Use this kit for every'), text: expect.stringContaining('Use this kit') }),
      expect.objectContaining({ line: lineOf(source, 'Interviewer tip'), text: 'Interviewer tip: keep this part friendly and short.' }),
    ]);
  });
});

describe('no durations and no "Round" words', () => {
  const { result, kit, source } = importGuide('no-durations-frontend.md');

  it('makes rounds of the headings that hold questions and sections of their sub-headings', () => {
    expect(kit.title).toBe('Frontend Engineer Interviews');
    expect(kit.rounds.map((r) => [r.id, r.number, r.durationMin])).toEqual([
      ['culture-conversation', 1, undefined],
      ['javascript-fundamentals', 2, undefined],
    ]);
    expect(kit.rounds[1]!.sections.map((s) => s.title)).toEqual(['Closures', 'The event loop']);
    expect(kit.rounds[1]!.sections[1]!.questions.map((q) => q.prompt)).toEqual([
      'What runs first: a resolved promise callback or a `setTimeout(0)` callback?',
      'Why?',
    ]);
  });

  it('reads bold-titled items with a quoted prompt, "Good answer:" points and "Probe:" follow-ups', () => {
    expect(kit.rounds[0]!.sections[0]!.questions).toEqual([
      expect.objectContaining({
        title: 'Ownership',
        prompt: 'Tell me about a time you shipped something you were not proud of.',
        expectedPoints: ['takes responsibility', 'explains what changed'],
      }),
      expect.objectContaining({
        title: 'Feedback',
        followUps: ['What happened next?', 'Would you do it again?'],
      }),
    ]);
  });

  it('reads a "4 = Strong hire — ..." list as the rating scale and fills the rest with reported defaults', () => {
    expect(kit.ratingScale).toEqual([
      { score: 4, label: 'Strong hire', description: 'would raise the bar' },
      { score: 3, label: 'Hire', description: 'meets the bar' },
      { score: 2, label: 'Lean no', description: 'gaps in key areas' },
      { score: 1, label: 'No hire', description: 'clear gaps' },
    ]);
    // The guide states no bar, so none is made up.
    expect(kit.offerThreshold).toBeUndefined();
    expect(kit.categories).toEqual([]);
    const defaults = result.recognised.filter((r) => r.what === 'default').map((r) => r.text);
    expect(defaults).toEqual([
      expect.stringContaining('the kit sets no offer threshold'),
      expect.stringContaining('no decision options found'),
      expect.stringContaining('no scoring matrix'),
    ]);
  });

  it('reports the text before the first heading and the interviewer notes as left over', () => {
    expect(result.leftOver.map((l) => [l.line, l.what.split(' ')[0]])).toEqual([
      [lineOf(source, 'Draft, last edited'), 'paragraph'],
      [lineOf(source, '## Notes for interviewers'), 'heading'],
      [lineOf(source, 'Please submit your scorecard'), 'paragraph'],
    ]);
  });
});

describe('a question bank only', () => {
  const { result, kit } = importGuide('question-bank-sre.md');

  it('gives one round with a section per group, from numbered, Q1. and quoted questions', () => {
    expect(kit.role).toBe('Site Reliability Engineer');
    expect(kit.rounds).toHaveLength(1);
    expect(kit.rounds[0]!.sections.map((s) => [s.id, s.questions.map((q) => q.prompt)])).toEqual([
      ['linux', ['How would you find which process is holding a port?', 'What does load average measure?']],
      ['networking', ['What happens when you type a URL into a browser?', 'How does TCP handle packet loss?']],
      ['incident-response', ['How do you run a blameless postmortem?', 'Walk me through your last on-call incident.']],
    ]);
    expect(kit.rounds[0]!.sections[1]!.questions[1]!.id).toBe('question-bank.networking.q2');
    expect(result.recognised).toContainEqual(
      expect.objectContaining({ what: 'default', text: expect.stringContaining('no rounds found') }),
    );
    expect(result.recognised).toContainEqual(expect.objectContaining({ text: expect.stringContaining('used the 1-5 default') }));
    expect(kit.ratingScale.map((p) => p.score)).toEqual([5, 4, 3, 2, 1]);
    expect(kit.offerThreshold).toBeUndefined();
  });

  it('leaves the instructions under the title over', () => {
    expect(result.leftOver.map((l) => l.text)).toEqual(['Pick two or three questions per area.']);
  });
});

describe('rounds as top-level headings, nested lists, a rubric table with a column per score', () => {
  const { result, kit, source } = importGuide('nested-backend.md');

  it('uses the first H1 as a round when it is one, and a title-less "Round 2 (90m)"', () => {
    expect(kit.title).toBe('Imported interview guide');
    expect(kit.rounds.map((r) => [r.id, r.title, r.durationMin])).toEqual([
      ['phone-screen', 'Phone Screen', 45],
      ['round-2', 'Round 2', 90],
    ]);
    expect(kit.rounds[0]!.sections.map((s) => s.id)).toEqual(['part-1-warm-up', 'part-2-debugging']);
  });

  it('reads nested "Listen for:" and "Follow-ups:" lists and a second quoted line', () => {
    expect(kit.rounds[0]!.sections[0]!.questions[0]).toMatchObject({
      title: 'Scaling story',
      prompt: 'Tell me about a system you scaled.',
      extraPrompts: ['What broke first?'],
      expectedPoints: ['measured before changing anything', 'load testing'],
      followUps: ['What would you do differently?', 'Who else was involved?'],
    });
  });

  it("keeps a fenced block inside a list item as that question's code", () => {
    const q = kit.rounds[0]!.sections[1]!.questions[0]!;
    expect(q.prompt).toBe('Why is this endpoint slow?');
    expect(q.expectedPoints).toEqual(['filters in memory', 'loads every order']);
    expect(q.code?.language).toBe('js');
    expect(q.code?.source.split('\n')[0]).toBe("app.get('/orders', async (req, res) => {");
    expect(kit.rounds[0]!.redFlags).toEqual(['Blames the framework', 'Never asks about data size']);
  });

  it('reads a criteria × score table as a 1-4 rubric whose levels describe each criterion', () => {
    expect(kit.rounds[1]!.rubric).toEqual([
      { label: 'Poor', minScore: 1, maxScore: 1, description: 'Design: No structure; Communication: Hard to follow' },
      { label: 'Fair', minScore: 2, maxScore: 2, description: 'Design: Some structure; Communication: Needs prompting' },
      { label: 'Good', minScore: 3, maxScore: 3, description: 'Design: Clear components; Communication: Clear' },
      {
        label: 'Excellent',
        minScore: 4,
        maxScore: 4,
        description: 'Design: Clear, justified trade-offs; Communication: Clear and concise',
      },
    ]);
    expect(kit.ratingScale.map((p) => p.score)).toEqual([1, 2, 3, 4]);
  });

  it('makes a "Problem:" section one question with its follow-up questions', () => {
    const section = kit.rounds[1]!.sections.find((s) => s.id === 'design-exercise')!;
    expect(section.questions).toEqual([
      expect.objectContaining({
        title: 'Design exercise',
        prompt: 'Design a URL shortener for 10k writes per second.',
        followUps: ['How do you generate short codes?', 'How do you expire links?'],
      }),
    ]);
  });

  it('reports the HTML comment as left over with its line', () => {
    expect(result.leftOver).toEqual([
      { line: lineOf(source, '<!-- TODO'), what: 'HTML under "Design exercise"', text: '<!-- TODO: add a capacity estimate table -->' },
    ]);
  });
});
