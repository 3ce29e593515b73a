import { describe, expect, it } from 'vitest';
import { completeScorecard, makeStore, startScreening } from '../support/store';

describe('candidates.list', () => {
  it('pages candidates by name with their interview count and latest interview, searchable', async () => {
    const store = await makeStore();
    const ana = await startScreening(store, { candidateName: 'Ana Lima' });
    store.clock.now += 1000;
    await startScreening(store, { candidateName: 'Ana Lima', roundId: 'takehome' });
    await startScreening(store, { candidateName: 'Bob Stone' });
    await startScreening(store, { candidateName: 'Carla Diaz' });
    const first = await store.call('candidates.list', { limit: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => [r.candidate.name, r.interviews, r.lastInterviewAt])).toEqual([
      ['Ana Lima', 2, ana.interview.createdAt + 1000],
      ['Bob Stone', 1, ana.interview.createdAt + 1000],
    ]);
    const second = await store.call('candidates.list', { offset: 2, limit: 2 });
    expect(second.rows.map((r) => r.candidate.name)).toEqual(['Carla Diaz']);
    const found = await store.call('candidates.list', { search: 'STONE' });
    expect([found.total, found.rows.map((r) => r.candidate.name)]).toEqual([1, ['Bob Stone']]);
  });
});

describe('candidates.scorecards', () => {
  it('gives every interview of one candidate in the order held, with answers and the kit versions used', async () => {
    const store = await makeStore();
    const first = await startScreening(store);
    await completeScorecard(store, first.interview.id);
    store.clock.now += 1000;
    const second = await startScreening(store, { roundId: 'takehome', interviewer: 'Kim' });
    await startScreening(store, { candidateName: 'Someone else' });
    const result = await store.call('candidates.scorecards', { candidateId: first.candidate.id });
    expect(result.candidate.name).toBe('Ana Lima');
    expect(result.scorecards.map((s) => [s.interview.id, s.answers.map((a) => a.questionId).sort()])).toEqual([
      [first.interview.id, ['intro', 'orm']],
      [second.interview.id, []],
    ]);
    expect(result.kits.map((k) => `${k.id}@${k.version}`)).toEqual(['test-kit@1']);
    expect(result.kits[0]).not.toHaveProperty('builtIn');
    await expect(store.call('candidates.scorecards', { candidateId: 'ghost' })).rejects.toThrow(/not-found/);
  });
});

describe('candidates.delete', () => {
  it('removes the candidate, their interviews and answers, and nobody else’s', async () => {
    const store = await makeStore();
    const ana = await startScreening(store);
    await completeScorecard(store, ana.interview.id);
    await store.call('interviews.submit', { id: ana.interview.id });
    await startScreening(store, { roundId: 'takehome' });
    const bob = await startScreening(store, { candidateName: 'Bob Stone' });
    await completeScorecard(store, bob.interview.id);

    const result = await store.call('candidates.delete', { id: ana.candidate.id });
    expect(result).toMatchObject({ candidate: { name: 'Ana Lima' }, interviews: 2, answers: 2 });
    expect(await store.db.candidates.toArray()).toEqual([bob.candidate]);
    expect((await store.db.interviews.toArray()).map((i) => i.id)).toEqual([bob.interview.id]);
    expect(new Set((await store.db.answers.toArray()).map((a) => a.interviewId))).toEqual(new Set([bob.interview.id]));
    await expect(store.call('candidates.delete', { id: ana.candidate.id })).rejects.toThrow(/not-found/);
  });

  it('deletes nothing when the transaction fails part-way', async () => {
    const store = await makeStore();
    const ana = await startScreening(store);
    await completeScorecard(store, ana.interview.id);
    // Make the last step (removing the candidate row) fail after answers and interviews were deleted.
    store.db.candidates.hook('deleting', () => {
      throw new Error('disk unplugged');
    });
    await expect(store.call('candidates.delete', { id: ana.candidate.id })).rejects.toThrow(/disk unplugged/);
    expect(await store.db.candidates.count()).toBe(1);
    expect(await store.db.interviews.count()).toBe(1);
    expect(await store.db.answers.count()).toBe(2);
  });
});
