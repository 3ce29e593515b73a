import { describe, expect, it } from 'vitest';
import { parseDuration, splitHeading } from '../../../utils/domain/import/headings';
import { classifyLabel } from '../../../utils/domain/import/labels';
import { importMarkdownGuide } from '../../../utils/domain/import/markdown';
import { kebab, sectionIdFor, splitList, splitQuestions, unquote } from '../../../utils/domain/import/text';

describe('durations in headings', () => {
  it.each([
    ['30 minutes', 30],
    ['45 min', 45],
    ['45 mins', 45],
    ['1 hour', 60],
    ['1.5 hours', 90],
    ['90m', 90],
    ['1h 30m', 90],
    ['~20 min', 20],
  ])('"%s" is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ minutes });
  });

  it.each(['3-6 hours', '2 to 3 hours', 'Submitted Before', 'take-home'])('"%s" is untimed with a note', (text) => {
    expect(parseDuration(text)).toEqual({ note: text });
  });

  it.each(['Python', '2024', 'hybrid'])('"%s" is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('splits round words, numbers, durations and {#ids} off a heading', () => {
    expect(splitHeading('Stage 1 — Screening (20 mins)')).toMatchObject({
      title: 'Screening',
      number: 1,
      roundWord: true,
      duration: { minutes: 20 },
    });
    expect(splitHeading('Interview 2: Coding (1 hour)')).toMatchObject({ title: 'Coding', number: 2, duration: { minutes: 60 } });
    expect(splitHeading('Round 3: Take-Home Review (Submitted Before)')).toMatchObject({
      title: 'Take-Home Review',
      duration: { note: 'Submitted Before' },
    });
    expect(splitHeading('Round 2 (45 min)')).toMatchObject({ title: 'Round 2', number: 2 });
    expect(splitHeading('Part A: Django Deep Dive (15 minutes)')).toMatchObject({ title: 'Part A: Django Deep Dive', roundWord: false });
    expect(splitHeading('Onsite — 2 hours')).toMatchObject({ title: 'Onsite', duration: { minutes: 120 } });
    expect(splitHeading('Phone Screen (30 min) {#phone}')).toMatchObject({ title: 'Phone Screen', id: 'phone' });
    expect(splitHeading('Interview Guide: Platform Engineer')).toMatchObject({ roundWord: false, duration: null });
  });
});

describe('text of one node', () => {
  it('splits lists on commas outside brackets and questions on question marks', () => {
    expect(splitList('Squashing, zero-downtime strategies (expand, contract), backwards compatibility.')).toEqual([
      'Squashing',
      'zero-downtime strategies (expand, contract)',
      'backwards compatibility',
    ]);
    expect(splitQuestions('Resistance faced? How convinced stakeholders? Lessons learned?')).toEqual([
      'Resistance faced?',
      'How convinced stakeholders?',
      'Lessons learned?',
    ]);
    expect(splitQuestions('"Why?" "And then?"')).toEqual(['Why?', 'And then?']);
  });

  it('unquotes whole quoted lines only', () => {
    expect(unquote('"What is wrong here?"')).toBe('What is wrong here?');
    expect(unquote('“Tell me about it.”')).toBe('Tell me about it.');
    expect(unquote('"A" and "B"')).toBeNull();
    expect(unquote('Plain text')).toBeNull();
  });

  it('makes kebab ids, using a short "X:" label for sections', () => {
    expect(kebab("Design MyBambu's Next-Generation Architecture")).toBe('design-mybambus-next-generation-architecture');
    expect(kebab('Behavioral & Leadership')).toBe('behavioral-and-leadership');
    expect(sectionIdFor('Part A: Django Deep Dive')).toBe('part-a');
    expect(sectionIdFor('Questions with STAR Method')).toBe('questions-with-star-method');
  });

  it('classifies labels by their words', () => {
    expect(classifyLabel('Expected Improvements')).toBe('points');
    expect(classifyLabel('Listen for')).toBe('points');
    expect(classifyLabel('Follow-up Questions')).toBe('followUps');
    expect(classifyLabel('Decision Criteria')).toBe('decisionCriteria');
    expect(classifyLabel('Evaluation Criteria')).toBe('criteria');
    expect(classifyLabel('Minimum Total Score for Offer')).toBe('threshold');
    expect(classifyLabel('Team Assessment Areas')).toBe('areas');
    expect(classifyLabel('Warning Signs')).toBe('redFlags');
    expect(classifyLabel('Positive Signals')).toBe('greenFlags');
    expect(classifyLabel('Deal-breakers')).toBe('redFlags');
    expect(classifyLabel('What we expect')).toBe('points');
    expect(classifyLabel('Provide context')).toBe('materials');
    expect(classifyLabel('Tasks')).toBe('tasks');
    expect(classifyLabel('Decision Meeting Agenda')).toBe('agenda');
    expect(classifyLabel('Review Focus Areas')).toBe('questions');
    expect(classifyLabel('Part A: Code Review Exercise')).toBeNull();
  });
});

describe('structure and left-overs', () => {
  it('reports an unplaced line of a labelled paragraph with its own line number', () => {
    const md = [
      '## Round 1: Screen (30 min)',
      '',
      '1. "Why this job?"',
      '',
      '✅ **Proceed if**: clear motivation, relevant experience  ',
      '**Note to self**: bring the laptop',
    ].join('\n');
    const result = importMarkdownGuide(md);
    expect(result.kit.rounds[0]!.proceedIf).toEqual(['clear motivation', 'relevant experience']);
    expect(result.leftOver).toEqual([
      { line: 6, what: 'line under "Round 1: Screen (30 min)"', text: '**Note to self**: bring the laptop' },
    ]);
  });

  it('leaves an unknown bold label and its list over, together', () => {
    const md = ['## Round 1: Screen (30 min)', '', '1. "Why this job?"', '', '**Interviewer tips:**', '', '- Smile', '- Take notes'].join(
      '\n',
    );
    const result = importMarkdownGuide(md);
    expect(result.leftOver.map((l) => [l.line, l.what.split(' ')[0]])).toEqual([
      [5, 'paragraph'],
      [7, 'list'],
    ]);
    expect(result.kit.rounds[0]!.sections[0]!.questions).toHaveLength(1);
  });

  it('does not pin section-wide follow-ups on one of several questions: they are left over', () => {
    const md = [
      '## Round 1: Screen (30 min)',
      '',
      '1. **Motivation**',
      '   - "Why this job?"',
      '2. **Experience**',
      '   - "What did you build last?"',
      '',
      '**Follow-ups:**',
      '',
      '- Anything else?',
    ].join('\n');
    const result = importMarkdownGuide(md);
    expect((result.kit.rounds[0]!.sections[0]!.questions ?? []).every((q) => !q.followUps?.length)).toBe(true);
    expect(result.leftOver.map((l) => l.line)).toEqual([8, 10]);
  });

  it('treats an hour range as an untimed round and a minute heading inside it as a timed section', () => {
    const md = ['# Kit', '', '## Take-home (2-3 hours)', '', '### Review (30 min)', '', '1. Walk through your solution'].join('\n');
    const { kit } = importMarkdownGuide(md);
    expect(kit.rounds[0]).toMatchObject({ title: 'Take-home', durationNote: '2-3 hours' });
    expect(kit.rounds[0]!.durationMin).toBeUndefined();
    expect(kit.rounds[0]!.sections[0]).toMatchObject({ title: 'Review', durationMin: 30 });
  });

  it('gives an invalid result with reasons when there is nothing to interview with', () => {
    const result = importMarkdownGuide('# Notes\n\nJust some thoughts about hiring.\n');
    expect(result.parsed.ok).toBe(false);
    if (!result.parsed.ok) expect(result.parsed.errors).toContain('rounds: a kit needs at least one round');
    expect(result.recognised).toContainEqual(
      expect.objectContaining({ what: 'missing', text: expect.stringContaining('no rounds found') }),
    );
    expect(result.leftOver).toEqual([expect.objectContaining({ line: 3, text: 'Just some thoughts about hiring.' })]);
  });

  it('reads only the heads of decision and scale items: what is nested under them is left over', () => {
    const md = [
      '## Round 1: Screen (30 min)',
      '',
      '1. "Why this job?"',
      '',
      '## Decision Options',
      '',
      '- **Hire**: make an offer',
      '  - ask the VP first',
      '- **No hire**: thank them',
      '',
      '> ```',
      '> quoted code',
      '> ```',
    ].join('\n');
    const result = importMarkdownGuide(md);
    expect(result.kit.decisionOptions.map((d) => d.label)).toEqual(['Hire', 'No hire']);
    expect(result.leftOver.map((l) => [l.line, l.text])).toEqual([
      [8, '- ask the VP first'],
      [11, '> ```\n> quoted code\n> ```'],
    ]);
  });

  it('keeps ids unique when titles repeat', () => {
    const md = [
      '## Round 1: Screen (30 min)',
      '',
      '1. "A?"',
      '',
      '## Round 2: Screen (30 min)',
      '',
      '1. "B?"',
      '',
      '## Round 3: Screen (30 min)',
      '',
      '1. "C?"',
    ].join('\n');
    const { kit, parsed } = importMarkdownGuide(md);
    expect(parsed.ok).toBe(true);
    expect(kit.rounds.map((r) => r.id)).toEqual(['screen', 'screen-2', 'screen-3']);
    expect(kit.rounds[2]!.sections[0]!.questions![0]!.id).toBe('screen-3.questions.q1');
  });

  it('uses the id option for the kit id', () => {
    expect(importMarkdownGuide('## Round 1 (30 min)\n\n1. "Hi?"', { id: 'my-kit' }).kit.id).toBe('my-kit');
  });
});
