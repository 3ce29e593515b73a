import { describe, expect, it } from 'vitest';
import { dispatch, isStoreMessage, type Handlers } from '@/utils/store/dispatch';
import { StoreFailure } from '@/utils/store/errors';
import { makeStore } from '../support/store';

describe('dispatch: malformed messages get a clear reply, never a throw', () => {
  it.each([
    ['null', null, 'bad-envelope'],
    ['a string', 'ping', 'bad-envelope'],
    ['the wrong protocol version', { panelist: 2, name: 'ping', payload: {} }, 'bad-envelope'],
    ['no name', { panelist: 1, payload: {} }, 'bad-envelope'],
    ['an unknown name', { panelist: 1, name: 'interviews.delete', payload: {} }, 'unknown-request'],
    ['a name from Object.prototype', { panelist: 1, name: 'toString', payload: {} }, 'unknown-request'],
  ])('%s', async (_label, message, code) => {
    const store = await makeStore();
    const reply = await store.send(message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe(code);
      expect(reply.error.message.length).toBeGreaterThan(10);
    }
  });

  it('names the bad field of a payload that fails its schema', async () => {
    const store = await makeStore();
    const reply = await store.send({
      panelist: 1,
      name: 'answers.put',
      payload: { interviewId: 'x', questionId: 'orm', patch: { score: 7 } },
    });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringContaining('answers.put: patch.score:') } });
  });

  it('names nested array paths (timer event, flag text)', async () => {
    const store = await makeStore();
    const reply = await store.send({
      panelist: 1,
      name: 'interviews.flag',
      payload: { id: 'x', flag: { id: 'f', kind: 'amber', text: '', roundElapsedMs: 0, raisedAt: 0 } },
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.message).toMatch(/flag\.kind:/);
      expect(reply.error.message).toMatch(/flag\.text: required/);
    }
  });

  it('rejects unknown patch keys (strict patches) naming them', async () => {
    const store = await makeStore();
    const reply = await store.send({ panelist: 1, name: 'interviews.update', payload: { id: 'x', patch: { status: 'draft' } } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/status/);
  });

  it('turns a handler failure into an error reply with its code', async () => {
    const handlers = {
      ping: async () => {
        throw new StoreFailure('locked', 'nope');
      },
    } as unknown as Handlers;
    await expect(dispatch(handlers, { panelist: 1, name: 'ping', payload: {} })).resolves.toEqual({
      ok: false,
      error: { code: 'locked', message: 'nope' },
    });
  });

  it('maps a quota error thrown deep in IndexedDB to a message the user can act on', async () => {
    const quota = Object.assign(new Error('QuotaExceededError: write failed'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    const handlers = { ping: async () => Promise.reject(quota) } as unknown as Handlers;
    const reply = await dispatch(handlers, { panelist: 1, name: 'ping', payload: {} });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('quota');
      expect(reply.error.message).toMatch(/storage for Panelist is full.*not saved/);
    }
  });

  it('requires the payload field, even for requests without fields', async () => {
    const store = await makeStore();
    const reply = await store.send({ panelist: 1, name: 'ping' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-envelope', message: expect.stringMatching(/payload:/) } });
    expect(await store.send({ panelist: 1, name: 'ping', payload: {} })).toEqual({
      ok: true,
      data: { ok: true, at: store.clock.now, database: store.db.name },
    });
  });

  it('recognises store messages by their envelope marker only', () => {
    expect(isStoreMessage({ panelist: 1, name: 'ping' })).toBe(true);
    expect(isStoreMessage({ type: 'panel-frame' })).toBe(false);
    expect(isStoreMessage(null)).toBe(false);
  });
});
