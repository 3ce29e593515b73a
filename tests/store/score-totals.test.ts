import { describe, expect, it } from 'vitest';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { kitScoreStamp, scoreStamp, textDigest } from '@/utils/domain/score-stamp';
import { dropKeptTotals, dropsSoFar, keepTotals, keptTotals } from '@/utils/store/score-totals';
import { completeScorecard, makeStore, startScreening, testKit, type TestStore } from '../support/store';
import { makeCountingStore } from '../support/read-counter';
import { backupOf, restoreInto } from '../support/backup';

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

/**
 * One scorecard in two browsers that went on from the same copy, each writing one other answer:
 * the same revision in both, with other answers and another total.
 */
async function forked(): Promise<{ here: TestStore; elsewhere: TestStore; id: string }> {
  const here = await makeStore();
  const { interview } = await startScreening(here);
  await completeScorecard(here, interview.id);
  const elsewhere = await makeStore({ name: `${here.db.name}-elsewhere` });
  await restoreInto(elsewhere, (await backupOf(here)).blob, 'replace');
  await here.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { score: 1 } });
  await elsewhere.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { score: 5 } });
  return { here, elsewhere, id: interview.id };
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

  it('a score, a rating, a submit and a reopen each make the copy old, and the page shows the new total', async () => {
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
      const kept = (await store.db.scoreTotals.get(interview.id))!.stamp;
      await write();
      // The write raised the revision, so the copy's stamp is no longer the current one.
      const now = (await store.db.interviews.get(interview.id))!;
      expect(scoreStamp(kitScoreStamp((await store.db.kits.get([now.kitId, now.kitVersion]))!), now.revision), step).not.toBe(kept);
      const { shown, fresh } = await shownAndFresh(store);
      expect(shown, step).toEqual(fresh);
      seen.push(shown[0]!);
    }
    // The steps really moved the total, so a stale copy would have shown.
    expect(new Set(seen).size).toBeGreaterThan(2);
  });

  it('a restore that replaces the store drops every copy: the file may hold the same revision with other answers', async () => {
    // Two browsers go on from the same scorecard, each writing one answer: the same revision, other totals.
    const { here, elsewhere, id } = await forked();
    expect(await listAndKeep(here)).toBe(1);
    const before = await shownAndFresh(here);
    await restoreInto(here, (await backupOf(elsewhere)).blob, 'replace');
    expect((await here.db.interviews.get(id))!.revision).toBe((await elsewhere.db.interviews.get(id))!.revision);
    expect(await here.db.scoreTotals.count()).toBe(0);
    const after = await shownAndFresh(here);
    expect(after.shown).toEqual(after.fresh);
    expect(after.shown).not.toEqual(before.shown);
  });

  it('erasing a candidate drops the copies of their interviews, so a restore bringing them back shows the file’s totals', async () => {
    const { here, elsewhere, id } = await forked();
    expect(await listAndKeep(here)).toBe(1);
    const before = await shownAndFresh(here);
    const { candidateId } = (await here.db.interviews.get(id))!;
    await here.call('candidates.delete', { id: candidateId });
    expect(await here.db.scoreTotals.count()).toBe(0);
    await restoreInto(here, (await backupOf(elsewhere)).blob, 'merge');
    const after = await shownAndFresh(here);
    expect(after.shown).toEqual(after.fresh);
    expect(after.shown).not.toEqual(before.shown);
  });

  it('a total worked out before a drop is not kept after it (its answers may be the ones the drop came with)', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    // What a history read does: note the drops so far, work the total out, keep it after the read.
    const since = dropsSoFar();
    keepTotals(store.ctx, [{ id: interview.id, stamp: 'old answers', weightedTotal: 1 }], since);
    // A restore drops copies before that keep write runs.
    await store.db.transaction('rw', store.db.scoreTotals, () => dropKeptTotals(store.ctx, [interview.id]));
    await keptTotals();
    expect(await store.db.scoreTotals.count()).toBe(0);
    // One worked out after the drop is kept.
    keepTotals(store.ctx, [{ id: interview.id, stamp: 'new answers', weightedTotal: 2 }], dropsSoFar());
    await keptTotals();
    expect((await store.db.scoreTotals.get(interview.id))?.stamp).toBe('new answers');
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
