import { describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '@/utils/domain/interview/schema';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { kitScoreStamp, scoreStamp, textDigest } from '@/utils/domain/score-stamp';
import { keptTotals } from '@/utils/store/interviews';
import { completeScorecard, makeStore, startScreening, testKit, type TestStore } from '../support/store';
import { makeCountingStore } from '../support/read-counter';

/**
 * History rows show each interview's weighted total. The store keeps a copy of each total it has
 * worked out (`scoreTotals`), so a page shown again reads no answers; a copy is used only while
 * nothing it came from has changed. Every total shown is checked here against the total worked
 * out afresh from the stored answers, after every kind of write.
 */

/** Each listed interview's total as shown, and as worked out now from its stored answers and kit. */
async function shownAndFresh(store: TestStore): Promise<{ shown: (number | null)[]; fresh: (number | null)[] }> {
  const { rows } = await store.call('interviews.list', { limit: 100 });
  const fresh = await Promise.all(
    rows.map(async ({ interview }) => {
      const kit = await store.db.kits.get([interview.kitId, interview.kitVersion]);
      const answers = await store.db.answers.where('interviewId').equals(interview.id).toArray();
      return kit ? scoreInterview(scoreInputFor(kit, interview, answers)).weightedTotal : null;
    }),
  );
  return { shown: rows.map((r) => r.weightedTotal), fresh };
}

/** List, wait for the kept copies to be written, and say how many are kept. */
async function listAndKeep(store: TestStore): Promise<number> {
  await store.call('interviews.list', { limit: 100 });
  await keptTotals();
  return store.db.scoreTotals.count();
}

describe('kept weighted totals', () => {
  it('are kept after a page is shown, and a page shown again reads no answers', async () => {
    const s = await makeCountingStore();
    for (let n = 0; n < 3; n++) {
      const { interview } = await startScreening(s, { candidateName: `Person ${n}` });
      await completeScorecard(s, interview.id);
    }
    s.resetReads();
    const first = await s.call('interviews.list', {});
    expect(s.rowsRead('answers')).toBe(6);
    await keptTotals();
    expect(await s.db.scoreTotals.count()).toBe(3);
    s.resetReads();
    const again = await s.call('interviews.list', {});
    expect(s.rowsRead('answers')).toBe(0);
    expect(again.rows.map((r) => r.weightedTotal)).toEqual(first.rows.map((r) => r.weightedTotal));
    expect(again.rows.map((r) => r.weightedTotal)).toEqual([4.2, 4.2, 4.2]);
  });

  it('a kept copy is what the page shows while its stamp is current, and is passed over once it is not', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await completeScorecard(store, interview.id);
    expect(await listAndKeep(store)).toBe(1);
    const kept = (await store.db.scoreTotals.get(interview.id))!;
    const stored = (await store.db.interviews.get(interview.id))!;
    expect(kept.stamp).toBe(scoreStamp(kitScoreStamp((await store.db.kits.get(['test-kit', 1]))!), stored.revision));
    // A copy with the current stamp is trusted as it is (so the page really reads it)…
    await store.db.scoreTotals.put({ ...kept, weightedTotal: 1.5 });
    expect((await store.call('interviews.list', {})).rows[0]!.weightedTotal).toBe(1.5);
    // …one from an earlier revision of the interview is not.
    await store.db.scoreTotals.put({ ...kept, stamp: scoreStamp(kitScoreStamp(testKit), stored.revision - 1), weightedTotal: 1.5 });
    expect((await store.call('interviews.list', {})).rows[0]!.weightedTotal).toBe(4.2);
  });

  it('a score, a rating, a submit and a reopen each drop the copy, and the page shows the new total', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await completeScorecard(store, interview.id);
    const steps: [string, () => Promise<unknown>][] = [
      ['score', () => store.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { score: 4 } })],
      ['not asked', () => store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { notAsked: true } })],
      ['rating', () => store.call('interviews.update', { id: interview.id, patch: { categoryRatings: { django: 2 } } })],
      ['asked again', () => store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { notAsked: false } })],
      ['submit', () => store.call('interviews.submit', { id: interview.id })],
      ['reopen', () => store.call('interviews.reopen', { id: interview.id, reason: 'Typo in a note' })],
      ['cleared', () => store.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { score: null } })],
    ];
    const seen: (number | null)[] = [];
    for (const [step, write] of steps) {
      expect(await listAndKeep(store), `kept before: ${step}`).toBe(1);
      await write();
      expect(await store.db.scoreTotals.count(), `dropped by: ${step}`).toBe(0);
      const { shown, fresh } = await shownAndFresh(store);
      expect(shown, step).toEqual(fresh);
      seen.push(shown[0]!);
    }
    // The steps really moved the total, so a stale copy would have shown.
    expect(new Set(seen).size).toBeGreaterThan(2);
  });

  it('writes that bypass the request handlers drop copies too: a direct answer, a restore’s deletes, a cleared table', async () => {
    const store = await makeStore();
    const a = await startScreening(store);
    const b = await startScreening(store, { candidateName: 'Bob Stone' });
    await completeScorecard(store, a.interview.id);
    await completeScorecard(store, b.interview.id);

    expect(await listAndKeep(store)).toBe(2);
    // An answer written straight to the table, without the interview's revision moving.
    const direct: Answer = AnswerSchema.parse({
      id: `${a.interview.id}:intro`,
      interviewId: a.interview.id,
      questionId: 'intro',
      score: 1,
      updatedAt: 1,
    });
    await store.db.answers.put(direct);
    expect((await store.db.scoreTotals.toArray()).map((t) => t.id)).toEqual([b.interview.id]);
    let { shown, fresh } = await shownAndFresh(store);
    expect(shown).toEqual(fresh);
    expect(shown).toContain(3.4);

    expect(await listAndKeep(store)).toBe(2);
    await store.db.answers.where(':id').between(`${b.interview.id}:`, `${b.interview.id};`, true, false).delete();
    expect(await store.db.scoreTotals.count()).toBe(0);
    ({ shown, fresh } = await shownAndFresh(store));
    expect(shown).toEqual(fresh);
    expect(shown).toContain(null);

    expect(await listAndKeep(store)).toBe(2);
    await store.db.interviews.bulkPut(await store.db.interviews.toArray());
    expect(await store.db.scoreTotals.count()).toBe(0);

    expect(await listAndKeep(store)).toBe(2);
    await store.db.interviews.clear();
    expect(await store.db.scoreTotals.count()).toBe(0);
  });

  it('erasing a candidate drops the copies of their interviews', async () => {
    const store = await makeStore();
    const { interview, candidate } = await startScreening(store);
    await completeScorecard(store, interview.id);
    expect(await listAndKeep(store)).toBe(1);
    await store.call('candidates.delete', { id: candidate.id });
    expect(await store.db.scoreTotals.count()).toBe(0);
  });

  it('a kit version changed in place (a new weight) makes its copies old', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await completeScorecard(store, interview.id);
    expect(await listAndKeep(store)).toBe(1);
    const kit = (await store.db.kits.get(['test-kit', 1]))!;
    await store.db.kits.put({
      ...kit,
      categories: kit.categories.map((c) => ({ ...c, weightPct: c.id === 'django' ? 40 : 60 })),
    });
    // The kept copy still names the old kit, so it is passed over: django 5 (40%), comms 3 (60%).
    expect(await store.db.scoreTotals.count()).toBe(1);
    const { shown, fresh } = await shownAndFresh(store);
    expect(shown).toEqual([3.8]);
    expect(fresh).toEqual([3.8]);
  });

  it('a kit’s stamp follows every part of the kit record, and the digest tells texts apart', () => {
    const stamp = kitScoreStamp(testKit);
    expect(kitScoreStamp({ ...testKit })).toBe(stamp);
    expect(kitScoreStamp({ ...testKit, offerThreshold: 3 })).not.toBe(stamp);
    expect(kitScoreStamp({ ...testKit, rounds: testKit.rounds.slice(1) })).not.toBe(stamp);
    expect(textDigest('')).toMatch(/^[0-9a-f]{16}$/);
    const digests = new Set(Array.from({ length: 2_000 }, (_, n) => textDigest(`kit ${n}`)));
    expect(digests.size).toBe(2_000);
    expect(textDigest('ab')).not.toBe(textDigest('ba'));
  });
});
