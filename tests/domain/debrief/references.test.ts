import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/domain/csv';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import {
  REFERENCE_COLUMNS,
  ReferenceCheckRecordSchema,
  referenceLine,
  referenceSetsOf,
  referencesCsv,
  summarizeReferences,
} from '@/utils/domain/debrief/references';

const check = (over: Partial<Record<string, unknown>> = {}) =>
  ReferenceCheckRecordSchema.parse({
    id: 'r1',
    candidateId: 'c1',
    kitId: 'middleware-architect',
    kitVersion: 1,
    kind: 'technical',
    title: 'Technical Reference',
    refereeName: 'Jo Park',
    relationship: 'Engineering manager, 2019-2023',
    answers: [
      { question: 'How would you rate their Django expertise?', notes: 'Best on the team, "by far"' },
      { question: 'Would you hire them again?', notes: '' },
    ],
    wouldHireAgain: 'yes',
    by: 'Sam',
    createdAt: Date.UTC(2025, 0, 7),
    updatedAt: Date.UTC(2025, 0, 7),
    ...over,
  });

describe('reference checks', () => {
  it('offer the kit’s question sets by kind', () => {
    expect(referenceSetsOf(BUILTIN_KITS[0]!).map((s) => [s.index, s.kind, s.title, s.questions.length])).toEqual([
      [0, 'technical', 'Technical Reference', 4],
      [1, 'leadership', 'Leadership Reference', 4],
    ]);
  });

  it('are checked records: a referee needs a name, and "would hire again" is yes, no, unsure or not yet', () => {
    expect(check()).toMatchObject({ status: 'draft', revision: 0 });
    expect(() => check({ refereeName: ' ' })).toThrow(/required/);
    expect(() => check({ wouldHireAgain: 'maybe' })).toThrow();
    expect(check({ wouldHireAgain: null }).wouldHireAgain).toBeNull();
  });

  it('export as CSV, one row per question, and summarise for the debrief', () => {
    const checks = [
      check(),
      check({
        id: 'r2',
        kind: 'leadership',
        title: 'Leadership Reference',
        refereeName: 'Max',
        relationship: '',
        wouldHireAgain: null,
        status: 'complete',
      }),
    ];
    const csv = parseCsv(referencesCsv('Ana Lima', checks));
    expect(csv.errors).toEqual([]);
    expect(csv.header).toEqual([...REFERENCE_COLUMNS]);
    expect(csv.rows).toHaveLength(4);
    expect(csv.rows[0]).toMatchObject({
      candidate: 'Ana Lima',
      referee: 'Jo Park',
      would_hire_again: 'yes',
      question_number: '1',
      notes: 'Best on the team, "by far"',
      date: '2025-01-07T00:00:00.000Z',
    });
    expect(summarizeReferences(checks)).toEqual({ total: 2, complete: 1, wouldHireAgain: { yes: 1, no: 0, unsure: 0 }, unanswered: 1 });
    expect(checks.map(referenceLine)).toEqual([
      'Technical Reference: Jo Park (Engineering manager, 2019-2023), would hire again: yes, in progress',
      'Leadership Reference: Max, would hire again: not answered, complete',
    ]);
  });
});
