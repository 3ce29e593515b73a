import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openReadOnlyStore } from '@/utils/store/read-only';
import { SCHEMA_VERSIONS } from '@/utils/store/database';
import { freshDbName, makeStore, startScreening } from '../support/store';

describe("the desk's read-only store", () => {
  it('reads what the background wrote and refuses every change', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const readOnly = await openReadOnlyStore(store.db.name);
    const { db } = readOnly.ctx;
    expect(await db.interviews.get(interview.id)).toEqual(interview);
    await expect(db.interviews.clear()).rejects.toThrow(/read-only view/);
    await expect(db.interviews.update(interview.id, { overallNotes: 'x' })).rejects.toThrow(/read-only view/);
    await expect(db.transaction('rw', db.settings, () => db.settings.put({ key: 'x', value: 1 }))).rejects.toThrow(/read-only view/);
    expect(await store.db.interviews.get(interview.id)).toEqual(interview);
    expect(await store.db.settings.get('x')).toBeUndefined();
    readOnly.close();
  });

  it('never upgrades: a store still at an older version, or none at all, is refused and left as it was', async () => {
    const name = freshDbName();
    const old = new Dexie(name);
    old.version(1).stores({ interviews: 'id' });
    await old.open();
    old.close();
    await expect(openReadOnlyStore(name)).rejects.toThrow(/being updated by the background/);
    const after = new Dexie(name);
    await after.open();
    expect(after.verno).toBe(1);
    expect(after.verno).not.toBe(SCHEMA_VERSIONS.at(-1)!.version);
    after.close();
    await expect(openReadOnlyStore(freshDbName())).rejects.toThrow(/has not been created yet/);
  });
});
