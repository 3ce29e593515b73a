import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/domain/csv';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { makeStore } from '../support/store';

const CHALLENGE = 'system-design.challenge.q1';

async function scoredSystemDesign() {
  const store = await makeStore({ kits: BUILTIN_KITS });
  store.clock.now = Date.UTC(2026, 11, 1, 15, 0, 0);
  const { interview } = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId: 'system-design',
    interviewer: 'Sam Rivera',
    platform: 'meet',
  });
  const id = interview.id;
  await store.call('interviews.timer', { id, event: { type: 'start', at: store.clock.now } });
  const criteriaScores = { 'service-design': 4, 'data-architecture': 3, communication: 3, scalability: 4, reliability: 3 };
  await store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores, notes: 'Event bus first' } });
  await store.call('interviews.update', { id, patch: { overallNotes: 'Calm under pressure;\nasked about on-call', decisionId: 'maybe' } });
  return { store, id };
}

describe('export.csv of one scorecard', () => {
  it('names the file after the candidate, the round, the interviewer and the interview’s date', async () => {
    const { store, id } = await scoredSystemDesign();
    const items = await store.call('export.csv', { shape: 'items', ids: [id] });
    expect(items.filename).toBe('panelist-items-ana-lima-system-design-sam-rivera-2026-12-01.csv');
    const rows = await store.call('export.csv', { shape: 'interviews', ids: [id] });
    expect(rows.filename).toBe('panelist-interviews-ana-lima-system-design-sam-rivera-2026-12-01.csv');
    // Several scorecards are named by what was asked for.
    expect((await store.call('export.csv', { shape: 'items' })).filename).toMatch(/^panelist-items-all-2026-12-01\.csv$/);
  });

  it('carries the overall notes, the criteria scores and the totals in the items shape', async () => {
    const { store, id } = await scoredSystemDesign();
    const csv = parseCsv((await store.call('export.csv', { shape: 'items', ids: [id] })).csv);
    expect(csv.errors).toEqual([]);
    const challenge = csv.rows.find((r) => r.question_id === CHALLENGE)!;
    expect(challenge).toMatchObject({
      score: '',
      criteria_scores: 'service-design=4 | data-architecture=3 | communication=3 | scalability=4 | reliability=3',
      question_score: '3.40',
      notes: 'Event bus first',
      overall_notes: 'Calm under pressure;\nasked about on-call',
      weighted_total: '3.40',
      threshold: '3.5',
      threshold_met: 'no',
      failed_minimums: '',
    });
  });

  it('carries the overall notes and every criterion in the interviews shape', async () => {
    const { store, id } = await scoredSystemDesign();
    const csv = parseCsv((await store.call('export.csv', { shape: 'interviews', ids: [id] })).csv);
    expect(csv.rows[0]).toMatchObject({
      'score_system-design': '3.40',
      weighted_total: '3.40',
      overall_notes: 'Calm under pressure;\nasked about on-call',
      criteria_scores: `${CHALLENGE}/service-design=4 | ${CHALLENGE}/data-architecture=3 | ${CHALLENGE}/communication=3 | ${CHALLENGE}/scalability=4 | ${CHALLENGE}/reliability=3`,
    });
  });
});
