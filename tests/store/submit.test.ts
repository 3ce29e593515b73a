import { describe, expect, it } from 'vitest';
import { computeSeal, sealStatus, verifySeal } from '@/utils/domain/seal';
import { completeScorecard, makeStore, startScreening } from '../support/store';

describe('interviews.submit', () => {
  it('lists everything missing: decision, reason and evidence on each 1 or 5, naming the questions', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    await store.call('answers.put', { interviewId: id, questionId: 'orm', patch: { score: 5 } });
    await store.call('answers.put', { interviewId: id, questionId: 'intro', patch: { score: 1, notes: '   ' } });
    await store.call('answers.put', { interviewId: id, questionId: 'close', patch: { score: 3 } });
    const attempt = store.call('interviews.submit', { id });
    await expect(attempt).rejects.toThrow(/^incomplete: /);
    await expect(attempt).rejects.toThrow(/Choose a decision \(Strong Yes, Yes, No\)/);
    await expect(attempt).rejects.toThrow(/Write a one-line reason/);
    await expect(attempt).rejects.toThrow(/"ORM Optimization" \(scored 5\), "Tell me about yourself" \(scored 1\)\./);
    expect((await store.call('interviews.get', { id })).interview.status).toBe('draft');
  });

  it('locks and seals: the seal is SHA-256 of the canonical scorecard and verifies', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    await completeScorecard(store, id);
    store.clock.now += 90_000;
    const submitted = await store.call('interviews.submit', { id });
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: store.clock.now });
    expect(submitted.seal).toMatch(/^[0-9a-f]{64}$/);
    const bundle = await store.call('interviews.get', { id });
    expect(submitted.seal).toBe(await computeSeal(bundle.interview, bundle.answers));
    expect(await verifySeal(bundle)).toBe(true);
  });

  it('detects an edit made behind the lock (straight into the database)', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    await completeScorecard(store, id);
    await store.call('interviews.submit', { id });
    await store.db.answers.update(`${id}:intro`, { score: 4 });
    expect(await sealStatus(await store.call('interviews.get', { id }))).toBe('tampered');
    await store.db.answers.update(`${id}:intro`, { score: 3 });
    expect(await sealStatus(await store.call('interviews.get', { id }))).toBe('intact');
    await store.db.interviews.update(id, { decisionId: 'strong-yes' });
    expect(await verifySeal(await store.call('interviews.get', { id }))).toBe(false);
  });

  it('reopen records when, why and the previous seal; resubmitting seals the new content', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    await completeScorecard(store, id);
    const first = await store.call('interviews.submit', { id });
    await expect(store.call('interviews.reopen', { id, reason: '  ' })).rejects.toThrow(/reason: say why the scorecard is reopened/);
    store.clock.now += 1000;
    const reopened = await store.call('interviews.reopen', { id, reason: 'Wrong decision recorded' });
    expect(reopened.reopenings).toEqual([{ at: store.clock.now, reason: 'Wrong decision recorded', previousSeal: first.seal }]);
    expect(reopened.seal).toBeUndefined();
    expect(reopened.submittedAt).toBeUndefined();
    expect(await sealStatus(await store.call('interviews.get', { id }))).toBe('unsealed');
    await expect(store.call('interviews.reopen', { id, reason: 'again' })).rejects.toThrow(/not-submitted/);
    await store.call('interviews.update', { id, patch: { decisionId: 'no' } });
    const second = await store.call('interviews.submit', { id });
    expect(second.seal).not.toBe(first.seal);
    expect(second.reopenings).toHaveLength(1);
    expect(await verifySeal(await store.call('interviews.get', { id }))).toBe(true);
  });
});
