import { describe, expect, it } from 'vitest';
import { CandidateSchema } from '@/utils/domain/interview/schema';
import { makeStore, startScreening, testKit } from '../support/store';

/** What the panel's start form and the history filters list: the same kits and candidates as before, nothing counted. */

const teamKit = { ...testKit, id: 'team-kit', title: 'A team kit' };
const oldKit = { ...testKit, id: 'old-kit', title: 'Old kit' };

describe('kits.summaries', () => {
  it('lists what kits.list lists, in its order, newest version of each, archived ones only when asked', async () => {
    const store = await makeStore();
    await store.call('kits.save', { kit: teamKit });
    await store.call('kits.save', { kit: { ...teamKit, version: 2, title: 'Team kit v2' } });
    await store.call('kits.save', { kit: oldKit });
    await store.call('kits.archive', { id: 'old-kit', archived: true });
    await startScreening(store);
    for (const includeArchived of [false, true]) {
      const library = await store.call('kits.list', { includeArchived });
      const summaries = await store.call('kits.summaries', { includeArchived });
      expect(summaries).toEqual(
        library.map(({ id, version, title, role, builtIn, archived, rounds }) => ({ id, version, title, role, builtIn, archived, rounds })),
      );
    }
    expect((await store.call('kits.summaries', {})).map((k) => [k.id, k.version])).toEqual([
      ['test-kit', 1],
      ['team-kit', 2],
    ]);
    expect((await store.call('kits.summaries', { includeArchived: true })).map((k) => k.id)).toEqual(['test-kit', 'team-kit', 'old-kit']);
  });
});

describe('candidates.find', () => {
  it('gives the first candidates by name that match in name or email, ignoring case, at most the limit', async () => {
    const store = await makeStore();
    const names = ['Zoe Park', 'ana lima', 'Ben Ode', 'Anabel Ruiz', 'Carl Annan', 'Dee Fox'];
    await store.db.candidates.bulkAdd(
      names.map((name, n) => CandidateSchema.parse({ id: `c${n}`, name, email: n === 5 ? 'dee@ANA.example' : '', createdAt: n })),
    );
    const named = async (payload: { search?: string; limit?: number }) => (await store.call('candidates.find', payload)).map((c) => c.name);
    expect(await named({ limit: 3 })).toEqual(['Anabel Ruiz', 'Ben Ode', 'Carl Annan']);
    expect(await named({ search: ' ANA ' })).toEqual(['Anabel Ruiz', 'Dee Fox', 'ana lima']);
    expect(await named({ search: 'ana', limit: 2 })).toEqual(['Anabel Ruiz', 'Dee Fox']);
    expect(await named({ search: 'nobody' })).toEqual([]);
  });
});
