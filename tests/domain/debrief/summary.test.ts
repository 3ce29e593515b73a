import { describe, expect, it } from 'vitest';
import { readScorecards, scorecardFromStore } from '@/utils/domain/debrief/scorecards';
import { buildDebrief } from '@/utils/domain/debrief/build';
import { debriefSummary, outcomeOf } from '@/utils/domain/debrief/outcome';
import { escapeMarkdown, scorecardSummary } from '@/utils/domain/summary-text';
import type { ReferenceCheckRecord } from '@/utils/domain/debrief/references';
import { KitSchema } from '@/utils/domain/kit/schema';
import { testKit, testKitInput } from '../../support/store';
import { exportable, interviewsCsv, kim, lee, sam } from '../../support/debrief-fixtures';

const kit = KitSchema.parse({
  ...testKitInput,
  decisionOptions: [
    { id: 'strong-yes', label: 'Strong Yes', meaning: 'Make offer immediately' },
    { id: 'yes', label: 'Yes', meaning: 'Make offer after reference checks', nextStep: 'reference-checks' },
    { id: 'no', label: 'No', meaning: 'Reject with specific feedback' },
  ],
});
const samCard = exportable(sam);
const local = scorecardFromStore(kit, samCard.interview, 'Ana Lima', samCard.answers);
const cards = readScorecards(
  [
    { name: 'kim.csv', text: interviewsCsv(kim) },
    { name: 'lee.csv', text: interviewsCsv(lee) },
  ],
  [kit],
  [local],
).cards;
const reference: ReferenceCheckRecord = {
  id: 'r1',
  candidateId: 'c',
  kitId: 'test-kit',
  kitVersion: 1,
  kind: 'technical',
  title: 'Technical Reference',
  refereeName: 'Jo Park',
  relationship: 'former manager',
  answers: [{ question: 'Would you hire them again?', notes: 'In a heartbeat' }],
  wouldHireAgain: 'yes',
  by: 'Sam',
  status: 'complete',
  createdAt: 0,
  updatedAt: 0,
  revision: 1,
};
const outcome = outcomeOf(
  buildDebrief('Ana Lima', cards, { kit, override: false }),
  {
    votes: [
      { voter: 'Sam', decisionId: 'yes', at: 1 },
      { voter: 'Kim', decisionId: 'yes', at: 2 },
      { voter: 'Lee', decisionId: 'no', at: 3 },
      { voter: 'Dana', decisionId: 'yes', at: 4 },
    ],
    decision: { decisionId: 'yes', reason: 'Strong *Django*; check [references]', at: 5, by: 'Sam' },
  },
  [reference],
);

describe('the debrief summary', () => {
  it('reads as clean Markdown: headings, lists, and user text that cannot turn into markup', () => {
    expect(debriefSummary(outcome, 'markdown')).toBe(
      [
        '# Debrief: Ana Lima',
        '',
        'Test kit; 3 scorecards from 3 interviewers.',
        '',
        'Panel decision: Yes (Make offer after reference checks). Reason: Strong \\*Django\\*; check \\[references\\]',
        '',
        'Weighted 3.47, below the threshold of 3.5, and 1 category is below their minimum.',
        '',
        '## Votes (Strong Yes 0, Yes 3, No 1)',
        '',
        '- Sam: Yes',
        '- Kim: Yes',
        '- Lee: No',
        '- Dana: Yes (no scorecard in this debrief)',
        '',
        '## By category',
        '',
        '- Django Expertise: mean 3.33 (minimum 4), below minimum, disagreement, spread 3',
        '- Communication: mean 3.67 (minimum 3)',
        '',
        '## Interviewers',
        '',
        '- Sam · Screening: 4.6, Strong Yes: Deep ORM knowledge',
        '- Kim · Screening: 3.4, Yes: Good, some gaps',
        '- Lee · Screening: 2.4, No: Could not explain select\\_related',
        '',
        '## Concerns (red flags)',
        '',
        '- Blamed the previous team (Lee · Screening at 5:00)',
        '',
        '## Strengths (green flags)',
        '',
        '- Explained trade-offs clearly (Sam · Screening at 12:40)',
        '',
        '## Reference checks (1; would hire again: yes 1, no 0, unsure 0)',
        '',
        '- Technical Reference: Jo Park (former manager), would hire again: yes, complete',
        '',
      ].join('\n'),
    );
  });

  it('reads as plain text without any markup', () => {
    const text = debriefSummary(outcome, 'text');
    expect(text).toContain('Debrief: Ana Lima\n\nTest kit;');
    expect(text).toContain('Reason: Strong *Django*; check [references]');
    expect(text).toContain('Votes (Strong Yes 0, Yes 3, No 1):\n\n- Sam: Yes');
    expect(text).toContain('- Lee · Screening: 2.4, No: Could not explain select_related');
    expect(text).not.toMatch(/^#|\\/m);
  });

  it('says a decision is not recorded yet, and leaves out what is hidden until this browser’s own scorecard is submitted', () => {
    const draft = scorecardFromStore(kit, exportable({ ...sam, status: 'draft' }).interview, 'Ana Lima', samCard.answers);
    const hidden = readScorecards([{ name: 'kim.csv', text: interviewsCsv(kim) }], [kit], [draft]).cards;
    const text = debriefSummary(outcomeOf(buildDebrief('Ana Lima', hidden, { kit, override: false }), { votes: [] }, []), 'text');
    expect(text).toContain('Panel decision: not recorded yet.');
    expect(text).toContain('1 other scorecard(s) not included: hidden until your own is submitted.');
    expect(text).not.toContain('Kim');
  });
});

describe('a single scorecard’s summary', () => {
  it('gives who, round, decision, scores per category, flags and evidence, in Markdown and in plain text', () => {
    const card = exportable({ ...sam, flags: [{ kind: 'red', text: 'Late # again', roundElapsedMs: 65_000 }] });
    card.answers[0]!.notes = 'Named select_related and prefetch_related';
    const md = scorecardSummary(testKit, card.interview, 'Ana Lima', card.answers, 'markdown');
    expect(md.split('\n').slice(0, 12)).toEqual([
      '# Scorecard: Ana Lima, Screening',
      '',
      'Sam, Test kit; submitted.',
      '',
      'Decision: Strong Yes: Deep ORM knowledge',
      '',
      'Score: weighted total 4.6 against a threshold of 3.5.',
      '',
      '## Scores by category',
      '',
      '- Django Expertise: 5',
      '- Communication: 4',
    ]);
    expect(md).toContain('## Red flags\n\n- Late # again (at 1:05)');
    expect(md).toContain('- ORM Optimization (5/5): Named select\\_related and prefetch\\_related');
    const text = scorecardSummary(testKit, card.interview, 'Ana Lima', card.answers, 'text');
    expect(text).toContain('Scores by category:\n\n- Django Expertise: 5');
    expect(text).toContain('- ORM Optimization (5/5): Named select_related and prefetch_related');
  });

  it('escapes what would start markup at the beginning of a line too', () => {
    expect(escapeMarkdown('a *b* `c` <d> [e](f) | g ~h~\nnext')).toBe('a \\*b\\* \\`c\\` \\<d\\> \\[e\\](f) \\| g \\~h\\~ next');
  });
});
