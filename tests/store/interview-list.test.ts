import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, CandidateSchema, InterviewSchema, type Interview } from '@/utils/domain/interview/schema';
import { completeScorecard, makeStore, startScreening } from '../support/store';
import { makeCountingStore } from '../support/read-counter';

// Thousands of rows on fake-indexeddb take a while on a loaded machine; nothing here is timed. What
// is asserted is how many rows a page reads, which does not depend on the size (the bench measures
// 10,000 and 50,000 interviews in Chromium).

describe('interviews.list', () => {
  it('filters by candidate, kit, round, interviewer, status, dates and candidate name; newest first; paged', async () => {
    const store = await makeStore();
    const ana = await startScreening(store);
    store.clock.now += 60_000;
    const bob = await startScreening(store, { candidateName: 'Bob Stone', interviewer: 'Kim', roundId: 'takehome' });
    store.clock.now += 60_000;
    const ana2 = await startScreening(store, { candidateName: 'Ana Lima' });
    await completeScorecard(store, ana2.interview.id);
    await store.call('interviews.submit', { id: ana2.interview.id });

    const ids = async (filter: Parameters<typeof store.call<'interviews.list'>>[1]) =>
      (await store.call('interviews.list', filter)).rows.map((r) => r.interview.id);
    expect(await ids({})).toEqual([ana2.interview.id, bob.interview.id, ana.interview.id]);
    expect(await ids({ candidateId: ana.candidate.id })).toEqual([ana2.interview.id, ana.interview.id]);
    expect(await ids({ status: 'submitted' })).toEqual([ana2.interview.id]);
    expect(await ids({ status: 'draft', candidateId: ana.candidate.id })).toEqual([ana.interview.id]);
    expect(await ids({ roundId: 'takehome' })).toEqual([bob.interview.id]);
    expect(await ids({ kitId: 'test-kit', interviewer: ' kim ' })).toEqual([bob.interview.id]);
    expect(await ids({ kitId: 'other-kit' })).toEqual([]);
    expect(await ids({ from: ana.interview.createdAt + 1, to: bob.interview.createdAt })).toEqual([bob.interview.id]);
    expect(await ids({ search: 'STONE' })).toEqual([bob.interview.id]);
    expect(await ids({ search: 'nobody' })).toEqual([]);
    expect(await ids({ search: 'lima', status: 'draft' })).toEqual([ana.interview.id]);

    const page = await store.call('interviews.list', { offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.interview.id, r.candidate.name, r.kitTitle, r.roundTitle])).toEqual([
      [bob.interview.id, 'Bob Stone', 'Test kit', 'Take-home review'],
    ]);
    const filteredPage = await store.call('interviews.list', { search: 'lima', offset: 1, limit: 1 });
    expect([filteredPage.total, filteredPage.rows.map((r) => r.interview.id)]).toEqual([2, [ana.interview.id]]);
  });

  it('shows each row’s decision and weighted total, scored from that interview’s answers', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await completeScorecard(store, interview.id);
    const [row] = (await store.call('interviews.list', {})).rows;
    // django 5 (60%) and comms 3 (40%): 4.2
    expect(row).toMatchObject({ decisionLabel: 'Yes', weightedTotal: 4.2 });
  });

  it('history.ids gives every match newest first, and history.interviewers each name once', async () => {
    const store = await makeStore();
    const a = await startScreening(store, { interviewer: 'Sam' });
    store.clock.now += 1;
    const b = await startScreening(store, { interviewer: 'sam', candidateName: 'Bob' });
    store.clock.now += 1;
    await startScreening(store, { interviewer: 'Kim', roundId: 'takehome' });
    expect(await store.call('interviews.ids', { roundId: 'screen' })).toEqual([b.interview.id, a.interview.id]);
    expect(await store.call('interviews.ids', { status: 'draft', from: a.interview.createdAt + 1 })).toHaveLength(2);
    expect(await store.call('interviews.ids', {})).toHaveLength(3);
    expect(await store.call('interviews.interviewers', {})).toEqual(['Kim', 'Sam']);
  });
});

describe('history at 4,000 interviews', () => {
  const store = makeCountingStore();
  const total = 4_000;
  const interviewers = ['Sam', 'Kim', 'Lee', 'Ola'];
  const start = Date.UTC(2024, 0, 1);

  beforeAll(async () => {
    const { db } = await store;
    const candidates = Array.from({ length: 1_000 }, (_, n) =>
      CandidateSchema.parse({ id: `c${n}`, name: `Candidate ${n}`, createdAt: start }),
    );
    const interviews: Interview[] = Array.from({ length: total }, (_, n) =>
      InterviewSchema.parse({
        id: `i${String(n).padStart(5, '0')}`,
        candidateId: `c${n % 1_000}`,
        kitId: 'test-kit',
        kitVersion: 1,
        roundId: n % 2 ? 'takehome' : 'screen',
        interviewer: interviewers[n % 4],
        platform: 'meet',
        createdAt: start + n * 60_000,
        updatedAt: start + n * 60_000,
        status: n % 3 === 0 ? 'submitted' : 'draft',
      }),
    );
    const answers = interviews.map((i) =>
      AnswerSchema.parse({ id: `${i.id}:orm`, interviewId: i.id, questionId: 'orm', score: 4, updatedAt: i.createdAt }),
    );
    await db.transaction('rw', [db.candidates, db.interviews, db.answers], async () => {
      await db.candidates.bulkAdd(candidates);
      await db.interviews.bulkAdd(interviews);
      await db.answers.bulkAdd(answers);
    });
  }, 120_000);

  it('a page deep in the list reads only that page’s interviews and answers', async () => {
    const s = await store;
    s.resetReads();
    const page = await s.call('interviews.list', { offset: 2_000, limit: 50 });
    expect(page.total).toBe(total);
    expect(page.rows).toHaveLength(50);
    expect(page.rows[0]!.interview.id).toBe('i01999');
    expect(s.rowsRead('interviews')).toBe(50);
    expect(s.rowsRead('answers')).toBe(50);
    expect(s.rowsRead('candidates')).toBeLessThanOrEqual(50);
    // A reverse cursor over just the page and the index's own count: no list of every key either.
    expect(s.keysListed('interviews')).toBe(0);
  });

  it('a candidate’s history, a status or a kit and round is one index range: the page and a count, nothing else', async () => {
    const s = await store;
    for (const filter of [{ candidateId: 'c7' }, { status: 'submitted' as const }, { kitId: 'test-kit', roundId: 'screen' }]) {
      s.resetReads();
      const page = await s.call('interviews.list', { ...filter, limit: 25 });
      expect(page.rows.length).toBe(Math.min(25, page.total));
      expect([filter, s.rowsRead('interviews'), s.keysListed('interviews')]).toEqual([filter, page.rows.length, 0]);
    }
    expect((await s.call('interviews.list', { candidateId: 'c7' })).total).toBe(4);
  });

  it('filtering by interviewer, round and status still reads only the page shown', async () => {
    const s = await store;
    s.resetReads();
    const page = await s.call('interviews.list', { interviewer: 'kim', roundId: 'takehome', status: 'submitted', limit: 25 });
    // n % 4 === 1 (Kim) is odd (take-home); submitted when n % 3 === 0: n ≡ 9 (mod 12)
    expect(page.total).toBe(Math.ceil((total - 9) / 12));
    expect(page.rows.every((r) => r.interview.interviewer === 'Kim' && r.interview.status === 'submitted')).toBe(true);
    expect(s.rowsRead('interviews')).toBe(25);
    // Answers only for the rows whose totals no earlier page here kept (tests/store/score-totals.test.ts).
    expect(s.rowsRead('answers')).toBeLessThanOrEqual(25);
  });

  it('searching by candidate name reads that candidate’s page, not every interview', async () => {
    const s = await store;
    s.resetReads();
    const page = await s.call('interviews.list', { search: 'Candidate 123', limit: 50 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.candidate.name)).toEqual(Array(4).fill('Candidate 123'));
    expect(s.rowsRead('interviews')).toBe(4);
  });
});
