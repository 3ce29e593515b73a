import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, CandidateSchema, InterviewSchema, type Candidate, type Interview } from '@/utils/domain/interview/schema';
import type { InterviewFilter } from '@/utils/protocol';
import { makeStore, testKit, type TestStore } from '../support/store';

/**
 * The history's queries against the plain definition of the filter (every interview read, kept
 * when it passes each criterion, newest first with ties broken by id, then sliced): the pages and
 * totals must be the same for every combination the desk can send, whichever indexes answer them.
 */

const otherKit = { ...testKit, id: 'other-kit', title: 'Other kit' };
const STATUSES = ['draft', 'submitted'] as const;
const INTERVIEWERS = ['Sam', 'sam', 'Kim', 'Lee'];
const START = Date.UTC(2024, 0, 1);

let store: TestStore;
let interviews: Interview[];
let candidates: Candidate[];

beforeAll(async () => {
  store = await makeStore({ kits: [testKit, otherKit] });
  candidates = Array.from({ length: 40 }, (_, n) =>
    CandidateSchema.parse({ id: `c${String(n).padStart(2, '0')}`, name: n % 7 === 0 ? `Ana Lima ${n}` : `Person ${n}`, createdAt: START }),
  );
  interviews = Array.from({ length: 400 }, (_, n) =>
    InterviewSchema.parse({
      // Ids not in date order, and many interviews sharing a createdAt: ties are broken by id.
      id: `i${String((n * 37) % 400).padStart(3, '0')}`,
      candidateId: candidates[(n * 13) % 40]!.id,
      kitId: n % 5 === 0 ? 'other-kit' : 'test-kit',
      kitVersion: 1,
      roundId: n % 3 === 0 ? 'takehome' : 'screen',
      interviewer: INTERVIEWERS[n % 4],
      platform: 'meet',
      createdAt: START + Math.floor(n / 3) * 60_000,
      updatedAt: START,
      status: STATUSES[n % 2],
    }),
  );
  const { db } = store;
  await db.candidates.bulkAdd(candidates);
  await db.interviews.bulkAdd(interviews);
  await db.answers.bulkAdd(
    interviews.map((i) => AnswerSchema.parse({ id: `${i.id}:orm`, interviewId: i.id, questionId: 'orm', score: 3, updatedAt: START })),
  );
});

function reference(filter: Omit<InterviewFilter, 'offset' | 'limit'>): string[] {
  const names = new Map(candidates.map((c) => [c.id, c.name.toLowerCase()]));
  const search = filter.search?.trim().toLowerCase();
  const who = filter.interviewer?.trim().toLowerCase();
  return interviews
    .filter(
      (i) =>
        (!filter.candidateId || i.candidateId === filter.candidateId) &&
        (!filter.kitId || i.kitId === filter.kitId) &&
        (!filter.roundId || i.roundId === filter.roundId) &&
        (!filter.status || i.status === filter.status) &&
        (!who || i.interviewer.toLowerCase() === who) &&
        (!search || names.get(i.candidateId)!.includes(search)) &&
        (filter.from === undefined || i.createdAt >= filter.from) &&
        (filter.to === undefined || i.createdAt <= filter.to),
    )
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
    .map((i) => i.id);
}

/** Every combination of the criteria the desk and the popup send, each on or off. */
function filters(): Omit<InterviewFilter, 'offset' | 'limit'>[] {
  const options: Record<string, unknown[]> = {
    candidateId: [undefined, 'c07'],
    kitId: [undefined, 'test-kit'],
    roundId: [undefined, 'takehome'],
    status: [undefined, 'submitted'],
    interviewer: [undefined, ' SAM '],
    search: [undefined, 'ana lima', 'person'],
    dates: [undefined, [START + 10 * 60_000, START + 90 * 60_000]],
  };
  let out: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(options))
    out = out.flatMap((f) =>
      values.map((v) =>
        v === undefined ? f : key === 'dates' ? { ...f, from: (v as number[])[0], to: (v as number[])[1] } : { ...f, [key]: v },
      ),
    );
  return out as Omit<InterviewFilter, 'offset' | 'limit'>[];
}

describe('history pages', () => {
  it('match the plain definition of the filter for every combination of criteria, page by page', async () => {
    const all = filters();
    expect(all).toHaveLength(2 ** 6 * 3);
    for (const filter of all) {
      const expected = reference(filter);
      expect([filter, await store.call('interviews.ids', filter)]).toEqual([filter, expected]);
      for (const [offset, limit] of [
        [0, 25],
        [25, 25],
        [90, 50],
      ] as const) {
        const page = await store.call('interviews.list', { ...filter, offset, limit });
        expect([filter, offset, page.total, page.rows.map((r) => r.interview.id)]).toEqual([
          filter,
          offset,
          expected.length,
          expected.slice(offset, offset + limit),
        ]);
        // History's own pair: the page without its total, and the total on its own.
        const rowsOnly = await store.call('interviews.page', { ...filter, offset, limit });
        expect([filter, offset, rowsOnly]).toEqual([filter, offset, { rows: page.rows }]);
      }
      expect([filter, await store.call('interviews.count', filter)]).toEqual([filter, { total: expected.length }]);
    }
  });

  it('count every interview from the table when nothing is filtered, and follow the store as it grows', async () => {
    expect(await store.call('interviews.count', {})).toEqual({ total: interviews.length });
    const extra = InterviewSchema.parse({ ...interviews[0]!, id: 'i999', createdAt: START + 999 * 60_000 });
    await store.db.interviews.add(extra);
    try {
      expect(await store.call('interviews.count', {})).toEqual({ total: interviews.length + 1 });
      expect((await store.call('interviews.page', { limit: 1 })).rows.map((r) => r.interview.id)).toEqual(['i999']);
    } finally {
      await store.db.interviews.delete('i999');
    }
  });

  it('score each row from its own answers only, and name its kit and round', async () => {
    const page = await store.call('interviews.list', { kitId: 'other-kit', roundId: 'takehome', limit: 5 });
    expect(page.rows.length).toBe(5);
    for (const row of page.rows) {
      expect(row).toMatchObject({ kitTitle: 'Other kit', roundTitle: 'Take-home review' });
      expect(row.candidate.id).toBe(row.interview.candidateId);
    }
  });
});
