import { describe, expect, it } from 'vitest';
import { completeScorecard, makeStore, startScreening, testKit, type TestStore } from '../support/store';

/** A store with a bit of everything: a submitted scorecard, a draft with flags and timer, an imported kit, settings. */
async function populated(): Promise<TestStore> {
  const store = await makeStore();
  const a = await startScreening(store);
  await completeScorecard(store, a.interview.id);
  await store.call('interviews.submit', { id: a.interview.id });
  const b = await startScreening(store, { candidateName: 'José 李', platform: 'teams' });
  await store.call('interviews.timer', { id: b.interview.id, event: { type: 'start', at: store.clock.now } });
  await store.call('interviews.flag', {
    id: b.interview.id,
    flag: { id: 'f1', kind: 'green', text: 'Clear "trade-offs", 2 of them', roundElapsedMs: 5000, raisedAt: 1 },
  });
  await store.call('answers.put', {
    interviewId: b.interview.id,
    questionId: 'orm',
    patch: { notes: 'line 1\nline 2', pointsTicked: [1] },
  });
  await store.call('kits.save', { kit: { ...testKit, id: 'imported', title: 'Imported' } });
  await store.call('settings.set', { patch: { interviewerName: 'Sam', soundAlerts: true } });
  return store;
}

const withoutExportedAt = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

async function snapshot(store: TestStore) {
  const { db } = store;
  return {
    kits: await db.kits.toArray(),
    candidates: await db.candidates.toArray(),
    interviews: await db.interviews.toArray(),
    answers: await db.answers.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('backup → restore', () => {
  it('restores into an empty store and re-exports byte-identical (apart from exportedAt)', async () => {
    const source = await populated();
    const { json, filename } = await source.call('backup.export', {});
    expect(filename).toMatch(/^panelist-backup-.*\.json$/);
    const target = await makeStore({ kits: [] });
    target.clock.now += 86_400_000;
    const counts = await target.call('backup.restore', { json, mode: 'replace' });
    expect(counts).toEqual({ kits: 2, candidates: 2, interviews: 2, answers: 3 });
    const again = await target.call('backup.export', {});
    expect(again.json).not.toBe(json);
    expect(withoutExportedAt(again.json)).toBe(withoutExportedAt(json));
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('merge writes over records with the same key and keeps the others; replace drops them', async () => {
    const source = await populated();
    const { json } = await source.call('backup.export', {});
    const target = await makeStore({ idPrefix: 'local' });
    const mine = await startScreening(target, { candidateName: 'Only Here', meetingCode: 'mine' });
    await target.call('settings.set', { patch: { interviewerName: 'Kim', lastKitId: 'test-kit' } });
    await target.call('backup.restore', { json, mode: 'merge' });
    expect(await target.db.interviews.get(mine.interview.id)).toBeDefined();
    expect(await target.call('settings.get', {})).toEqual({ interviewerName: 'Sam', soundAlerts: true, lastKitId: 'test-kit' });
    expect(await target.db.interviews.count()).toBe(3);
    await target.call('backup.restore', { json, mode: 'replace' });
    expect(await target.db.interviews.get(mine.interview.id)).toBeUndefined();
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('a corrupted file changes nothing, in either mode, and the error names the path', async () => {
    const store = await populated();
    const before = await snapshot(store);
    const { json } = await store.call('backup.export', {});
    const backup = JSON.parse(json);
    backup.interviews[1].status = 'archived';
    for (const mode of ['merge', 'replace'] as const) {
      await expect(store.call('backup.restore', { json: JSON.stringify(backup), mode })).rejects.toThrow(
        /^invalid-backup: The backup was not restored; nothing changed\. interviews\[1\]\.status: /,
      );
      await expect(store.call('backup.restore', { json: json.slice(0, json.length / 2), mode })).rejects.toThrow(/not valid JSON/);
    }
    expect(await snapshot(store)).toEqual(before);
  });

  it('a failure while writing rolls the whole restore back', async () => {
    const store = await populated();
    const before = await snapshot(store);
    const other = await populated();
    await other.db.settings.put({ key: 'zz', value: 1 });
    const { json } = await other.call('backup.export', {});
    // Settings are written last; make that write fail after everything else was put.
    const original = store.db.settings.bulkPut.bind(store.db.settings);
    store.db.settings.bulkPut = (() => Promise.reject(new Error('disk went away'))) as unknown as typeof original;
    await expect(store.call('backup.restore', { json, mode: 'replace' })).rejects.toThrow(/disk went away/);
    store.db.settings.bulkPut = original;
    expect(await snapshot(store)).toEqual(before);
  });
});
