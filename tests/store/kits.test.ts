import { describe, expect, it } from 'vitest';
import { makeStore, startScreening, testKit } from '../support/store';

/** The kit library's store requests, on a real Dexie over fake-indexeddb. */

const userKit = { ...testKit, id: 'team-kit', title: 'Team kit' };

describe('kits.list', () => {
  it('lists every kit once (newest version) with its versions, question count and interviews using it', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    await store.call('kits.save', { kit: { ...userKit, version: 2, title: 'Team kit v2' } });
    await startScreening(store);
    await startScreening(store, { candidateName: 'Bob' });
    const library = await store.call('kits.list', { includeArchived: true });
    expect(library.map((k) => [k.id, k.version, k.versions, k.questions, k.interviews, k.builtIn])).toEqual([
      ['test-kit', 1, [1], 4, 2, true],
      ['team-kit', 2, [2, 1], 4, 0, false],
    ]);
    expect(library[1]!.title).toBe('Team kit v2');
  });
});

describe('kits.rename', () => {
  it('renames every version of a user kit', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    await store.call('kits.save', { kit: { ...userKit, version: 2 } });
    const renamed = await store.call('kits.rename', { id: 'team-kit', title: '  Platform team kit ' });
    expect(renamed).toMatchObject({ id: 'team-kit', version: 2, title: 'Platform team kit' });
    expect((await store.call('kits.get', { id: 'team-kit', version: 1 })).title).toBe('Platform team kit');
  });

  it('refuses a built-in kit, an empty title and an unknown kit', async () => {
    const store = await makeStore();
    await expect(store.call('kits.rename', { id: 'test-kit', title: 'Mine' })).rejects.toThrow(
      /builtin: "Test kit" is built into Panelist .*Duplicate it/,
    );
    await expect(store.call('kits.rename', { id: 'test-kit', title: '  ' })).rejects.toThrow(/invalid: kits.rename: title: required/);
    await expect(store.call('kits.rename', { id: 'ghost', title: 'x' })).rejects.toThrow(/not-found: No kit "ghost"/);
    expect((await store.call('kits.get', { id: 'test-kit' })).title).toBe('Test kit');
  });
});

describe('kits.duplicate', () => {
  it('copies a built-in kit as an editable user kit under a free id, at version 1', async () => {
    const store = await makeStore();
    const first = await store.call('kits.duplicate', { id: 'test-kit' });
    expect(first).toMatchObject({ id: 'test-kit-copy', version: 1, title: 'Test kit (copy)', builtIn: false, archived: false });
    const second = await store.call('kits.duplicate', { id: 'test-kit-copy', title: 'Second copy' });
    expect(second).toMatchObject({ id: 'test-kit-copy-2', title: 'Second copy' });
    const copy = await store.call('kits.get', { id: 'test-kit-copy' });
    expect(copy.rounds).toEqual(testKit.rounds);
    // The copy can be renamed, unlike its source.
    await expect(store.call('kits.rename', { id: 'test-kit-copy', title: 'Renamed' })).resolves.toMatchObject({ title: 'Renamed' });
  });
});

describe('kits.archive', () => {
  it('hides a kit (every version) from the pickers but keeps it in the library, and brings it back', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    await store.call('kits.archive', { id: 'team-kit', archived: true });
    expect((await store.call('kits.list', {})).map((k) => k.id)).toEqual(['test-kit']);
    expect((await store.call('kits.list', { includeArchived: true })).find((k) => k.id === 'team-kit')).toMatchObject({ archived: true });
    await store.call('kits.archive', { id: 'team-kit', archived: false });
    expect((await store.call('kits.list', {})).map((k) => k.id)).toContain('team-kit');
  });

  it('a built-in kit can be archived too', async () => {
    const store = await makeStore();
    await expect(store.call('kits.archive', { id: 'test-kit', archived: true })).resolves.toMatchObject({ archived: true });
  });
});

describe('kits.delete', () => {
  it('deletes every version of an unused user kit', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    await store.call('kits.save', { kit: { ...userKit, version: 2 } });
    expect(await store.call('kits.delete', { id: 'team-kit' })).toEqual({ id: 'team-kit', versions: 2 });
    expect(await store.db.kits.where('id').equals('team-kit').count()).toBe(0);
  });

  it('refuses a kit that interviews use (archive instead) and a built-in kit, deleting nothing', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    await startScreening(store, { kitId: 'team-kit' });
    await expect(store.call('kits.delete', { id: 'team-kit' })).rejects.toThrow(
      /in-use: "Team kit" cannot be deleted: 1 interview uses it .*Archive it instead/,
    );
    await expect(store.call('kits.delete', { id: 'test-kit' })).rejects.toThrow(/builtin: .*Archive it/);
    expect(await store.db.kits.count()).toBe(2);
  });
});

describe('kits.save', () => {
  it('refuses to change a version that interviews used, naming them and the version to save as instead', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    const first = await startScreening(store, { kitId: 'team-kit' });
    await startScreening(store, { kitId: 'team-kit', candidateName: 'Bea' });
    await store.db.interviews.update(first.interview.id, { status: 'submitted' });
    const changed = structuredClone(userKit);
    changed.rounds[0]!.sections[0]!.questions[0]!.prompt = 'A different question';
    await expect(store.call('kits.save', { kit: changed })).rejects.toThrow(
      'in-use: "Team kit" version 1 is used by 1 submitted scorecard and 1 draft, which keep the questions they were run with; save as version 2.',
    );
    expect((await store.call('kits.get', { id: 'team-kit', version: 1 })).rounds).toEqual(userKit.rounds);
    // The same kit again is no change, and the next version is free to save.
    await expect(store.call('kits.save', { kit: userKit })).resolves.toMatchObject({ version: 1 });
    await expect(store.call('kits.save', { kit: { ...changed, version: 2 } })).resolves.toMatchObject({ version: 2 });
    expect((await store.call('kits.get', { id: 'team-kit' })).rounds[0]!.sections[0]!.questions[0]!.prompt).toBe('A different question');
  });

  it('changes a version no interview used in place', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: userKit });
    await store.call('kits.save', { kit: { ...userKit, title: 'Renamed in place' } });
    expect(await store.db.kits.where('id').equals('team-kit').count()).toBe(1);
  });

  it('stores a kit claiming to be built in as a user kit, which can then be deleted', async () => {
    const store = await makeStore();
    await store.send({ panelist: 1, name: 'kits.save', payload: { kit: { ...userKit, builtIn: true, archived: true } } });
    expect(await store.db.kits.get(['team-kit', 1])).toMatchObject({ builtIn: false, archived: false });
    await expect(store.call('kits.delete', { id: 'team-kit' })).resolves.toEqual({ id: 'team-kit', versions: 1 });
  });
});
