import { describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, itemRows, toCsv } from '@/utils/domain/csv';
import { readItemsFile } from '@/utils/domain/debrief/read-files';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { AnswerSchema, CandidateSchema, InterviewSchema } from '@/utils/domain/interview/schema';

const kit = BUILTIN_KITS[0]!;
const CHALLENGE = 'system-design.challenge.q1';

describe('an items file of a round scored by criteria, read for the debrief', () => {
  it('scores the category from the criteria the file carries', () => {
    const interview = InterviewSchema.parse({
      id: 'iv-5',
      candidateId: 'c',
      kitId: kit.id,
      kitVersion: kit.version,
      roundId: 'system-design',
      interviewer: 'Kim',
      platform: 'meet',
      createdAt: Date.UTC(2026, 11, 1),
      updatedAt: 1,
    });
    const answer = AnswerSchema.parse({
      id: `iv-5:${CHALLENGE}`,
      interviewId: 'iv-5',
      questionId: CHALLENGE,
      criteriaScores: { 'service-design': 4, 'data-architecture': 3, communication: 3, scalability: 4, reliability: 3 },
      updatedAt: 1,
    });
    const card = {
      interview,
      candidate: CandidateSchema.parse({ id: 'c', name: 'Ana Lima', createdAt: 0 }),
      kit,
      answers: [answer],
      categoryScores: {},
      weightedTotal: 3.4,
      meetsThreshold: false,
      failedMinimums: [],
    };
    const { cards, report } = readItemsFile({ name: 'kim.csv', text: toCsv(ITEM_COLUMNS, itemRows(card)) }, [kit]);
    expect(report.errors).toEqual([]);
    expect(cards[0]!.categoryScores['system-design']).toBeCloseTo(3.4, 10);
  });
});
