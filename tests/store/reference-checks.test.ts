import { describe, expect, it } from 'vitest';
import { makeStore, startScreening } from '../support/store';
import { debriefKit } from '../support/debrief-fixtures';

describe('reference checks in the store', () => {
  it('start from a candidate with the kit’s questions for that kind of referee, copied in', async () => {
    const store = await makeStore({ kits: [debriefKit] });
    const { candidate } = await startScreening(store);
    const check = await store.call('references.start', {
      candidateId: candidate.id,
      kitId: 'test-kit',
      setIndex: 1,
      refereeName: ' Max Roe ',
      relationship: 'Team lead at Acme',
      by: 'Sam',
    });
    expect(check).toMatchObject({
      candidateId: candidate.id,
      kind: 'leadership',
      title: 'Leadership Reference',
      refereeName: 'Max Roe',
      answers: [{ question: 'How effective were they at mentoring?', notes: '' }],
      wouldHireAgain: null,
      status: 'draft',
      revision: 0,
    });
    await expect(
      store.call('references.start', { candidateId: candidate.id, kitId: 'test-kit', setIndex: 2, refereeName: 'X' }),
    ).rejects.toThrow('invalid: setIndex: kit "test-kit" has 2 sets of reference questions; there is no set 3.');
    await expect(
      store.call('references.start', { candidateId: 'nobody', kitId: 'test-kit', setIndex: 0, refereeName: 'X' }),
    ).rejects.toThrow(/not-found/);
  });

  it('keep notes per question, "would hire again" and completion, each write counted', async () => {
    const store = await makeStore({ kits: [debriefKit] });
    const { candidate } = await startScreening(store);
    const { id } = await store.call('references.start', { candidateId: candidate.id, kitId: 'test-kit', setIndex: 0, refereeName: 'Jo' });
    await store.call('references.update', { id, patch: { note: { index: 1, notes: 'Yes, without hesitation' } } });
    await store.call('references.update', { id, patch: { wouldHireAgain: 'yes' } });
    store.clock.now += 1000;
    const done = await store.call('references.update', { id, patch: { complete: true } });
    expect(done).toMatchObject({
      answers: [{ notes: '' }, { question: 'Would you hire them again?', notes: 'Yes, without hesitation' }],
      wouldHireAgain: 'yes',
      status: 'complete',
      completedAt: store.clock.now,
      revision: 3,
    });
    await expect(store.call('references.update', { id, patch: { note: { index: 5, notes: 'x' } } })).rejects.toThrow(
      /there is no question 6/,
    );
    await expect(store.call('references.update', { id, patch: { refereeName: '' } })).rejects.toThrow(/referee’s name/);
    expect(await store.call('references.list', { candidateId: candidate.id })).toEqual([done]);
    await store.call('references.delete', { id });
    expect(await store.call('references.list', { candidateId: candidate.id })).toEqual([]);
  });
});
