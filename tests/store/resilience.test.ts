import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PanelistDb, SCHEMA_VERSIONS, withReopen, type SchemaVersion } from '@/utils/store/database';
import { toStoreFailure } from '@/utils/store/errors';
import { freshDbName, makeStore, startScreening } from '../support/store';

describe('a database closed under the store (MV3 worker suspended)', () => {
  it('reopens on demand and retries, so the write lands and the read finds it', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    store.db.close(); // Dexie 4 disables auto-open after close(): the next call fails with DatabaseClosedError
    await expect(store.db.interviews.get(interview.id)).rejects.toThrow(Dexie.DatabaseClosedError);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 4 } });
    store.db.close();
    expect((await store.call('interviews.get', { id: interview.id })).answers).toEqual([
      expect.objectContaining({ questionId: 'orm', score: 4 }),
    ]);
  });

  it('retries only once and only for a closed database', async () => {
    const db = new PanelistDb(freshDbName());
    let calls = 0;
    await expect(
      withReopen(db, async () => {
        calls++;
        throw new Error('constraint');
      }),
    ).rejects.toThrow('constraint');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withReopen(db, async () => {
        calls++;
        throw new Dexie.DatabaseClosedError('closed again');
      }),
    ).rejects.toThrow('closed again');
    expect(calls).toBe(2);
  });

  it('the write reaches disk: a new connection (a revived worker) reads it', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { notes: 'acknowledged' } });
    const revived = new PanelistDb(store.db.name);
    expect((await revived.answers.get(`${interview.id}:orm`))?.notes).toBe('acknowledged');
    revived.close();
  });
});

describe('storage errors become messages a user can act on', () => {
  it.each([
    [new Dexie.QuotaExceededError('quota'), 'quota', /storage for Panelist is full/],
    [Object.assign(new Dexie.AbortError('aborted'), { inner: new DOMException('x', 'QuotaExceededError') }), 'quota', /not saved/],
    [new Dexie.VersionError('The requested version (1) is less than the existing version (3).'), 'version', /newer version of Panelist/],
    [new Dexie.OpenFailedError('blocked by another connection'), 'unavailable', /could not be opened/],
    [new Error('boom'), 'internal', /boom/],
  ])('%s', (error, code, message) => {
    const failure = toStoreFailure(error);
    expect(failure.code).toBe(code);
    expect(failure.message).toMatch(message);
  });

  it('a database left by a newer Panelist (higher version, same tables) still opens and its records are found', async () => {
    const name = freshDbName();
    const newer = new Dexie(name);
    newer.version(5).stores({ ...SCHEMA_VERSIONS[0]!.stores, extra: 'id' });
    await newer.open();
    await newer.table('settings').put({ key: 'interviewerName', value: 'written by v5' });
    newer.close();
    const store = await makeStore({ name });
    expect(await store.call('settings.get', {})).toEqual({ interviewerName: 'written by v5' });
  });
});

describe('an upgrade blocked by an old connection', () => {
  it('answers with the "blocked" message instead of hanging, and works once the old connection closes', async () => {
    const name = freshDbName();
    const old = new PanelistDb(name);
    await old.open();
    // An old page that ignores "versionchange" keeps its raw connection open and blocks the upgrade.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.close();
    const next: SchemaVersion = {
      version: SCHEMA_VERSIONS.at(-1)!.version + 1,
      stores: { interviews: `${SCHEMA_VERSIONS[0]!.stores.interviews}, kitVersion` },
    };
    const upgraded = new PanelistDb(name, [...SCHEMA_VERSIONS, next]);
    const failure = await withReopen(upgraded, () => upgraded.settings.toArray()).catch((error: unknown) => error);
    expect(toStoreFailure(failure)).toMatchObject({ code: 'blocked', message: expect.stringMatching(/older Panelist tab/) });
    raw.close();
    expect(await withReopen(upgraded, () => upgraded.settings.toArray())).toEqual([]);
    expect(upgraded.verno).toBe(next.version);
  });
});
