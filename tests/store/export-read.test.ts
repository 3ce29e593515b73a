import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/utils/domain/interview/schema';
import type { KitRecord } from '@/utils/store/database';
import { readBatch } from '@/utils/store/export-csv';
import { readCards } from '@/utils/store/export-read';
import { completeScorecard, makeStore, startScreening, testKit } from '../support/store';

const otherKit = { ...testKit, id: 'other' };

/** Six interviews over two kits: one whose candidate is deleted, one whose kit version is, one whose answers all are. */
async function seeded() {
  const store = await makeStore({ kits: [testKit, otherKit] });
  const ids: string[] = [];
  for (const [n, kitId] of ['test-kit', 'other', 'test-kit', 'other', 'test-kit', 'test-kit'].entries()) {
    const { interview } = await startScreening(store, { candidateName: `Candidate ${n}`, kitId });
    await completeScorecard(store, interview.id);
    if (n % 2 === 0) await store.call('interviews.submit', { id: interview.id });
    ids.push(interview.id);
    store.clock.now += 1000;
  }
  const interviews = await store.db.interviews.bulkGet(ids);
  await store.db.candidates.delete(interviews[2]!.candidateId);
  await store.db.answers.where('interviewId').equals(ids[4]!).delete();
  // A kit version of its own, then gone: the interview that ran with it is skipped.
  await store.db.interviews.update(ids[5]!, { kitVersion: 99 });
  return { store, ids };
}

const records = (cards: { interview: unknown; candidate: unknown; kit: unknown; answers: unknown }[]) =>
  cards.map(({ interview, candidate, kit, answers }) => ({ interview, candidate, kit, answers }));

describe('readCards (the export workers’ batch read)', () => {
  it('reads the same interviews, candidates, kits and answers as readBatch, skipping what is missing', async () => {
    const { store, ids } = await seeded();
    const asked = ['no-such-interview', ...ids, ids[1]!];
    const direct = await readCards(store.ctx, asked, { kits: new Map(), candidates: new Map() });
    const viaDexie = await readBatch(store.ctx, asked, new Map());
    expect(records(direct)).toEqual(records(viaDexie));
    // Not empty alike: the deleted candidate, the missing kit version and the unknown id are left out, in order.
    expect(direct.map((c) => c.interview.id)).toEqual([ids[0], ids[1], ids[3], ids[4], ids[1]]);
    expect(direct.map((c) => c.answers.length)).toEqual([2, 2, 2, 0, 2]);
    expect(direct[0]!.answers.every((a) => a.interviewId === ids[0])).toBe(true);
    expect(direct.map((c) => c.kit.id)).toEqual(['test-kit', 'other', 'other', 'test-kit', 'other']);
  });

  it('reads each kit version and candidate once into the caches and takes the ones already there from them', async () => {
    const { store, ids } = await seeded();
    const caches = { kits: new Map<string, KitRecord | undefined>(), candidates: new Map<string, Candidate | undefined>() };
    const interviews = (await store.db.interviews.bulkGet(ids)).map((i) => i!);
    await readCards(store.ctx, ids.slice(0, 2), caches);
    expect([...caches.kits.keys()].sort()).toEqual(['other@1', 'test-kit@1']);
    expect([...caches.candidates.keys()]).toEqual([interviews[0]!.candidateId, interviews[1]!.candidateId]);
    // A kit version or candidate the caches say is gone stays gone, even though the store has it.
    caches.kits.set('test-kit@1', undefined);
    caches.candidates.set(interviews[3]!.candidateId, undefined);
    const cards = await readCards(store.ctx, ids, caches);
    expect(cards.map((c) => c.interview.id)).toEqual([ids[1]]);
    expect(caches.kits.has('test-kit@99')).toBe(true);
    expect(caches.kits.get('test-kit@99')).toBeUndefined();
    // The deleted candidate is cached as gone; the others as read.
    expect(caches.candidates.get(interviews[2]!.candidateId)).toBeUndefined();
    expect(caches.candidates.get(interviews[5]!.candidateId)?.name).toBe('Candidate 5');
  });
});
