import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, type InterviewBundle, type LiveFromStore, type QueryName, type Reply } from '@/utils/protocol';
import { serveLivePort, type LivePortLike } from '@/utils/store/live';
import { completeScorecard, makeStore, startScreening } from '../support/store';
import { debriefKit } from '../support/debrief-fixtures';

/** A port double: records what the background posts and lets the test play the view. */
function fakePort() {
  const listeners: { message: ((m: unknown) => void)[]; disconnect: (() => void)[] } = { message: [], disconnect: [] };
  const posted: LiveFromStore[] = [];
  const waiters: (() => void)[] = [];
  const port: LivePortLike = {
    onMessage: { addListener: (l) => listeners.message.push(l) },
    onDisconnect: { addListener: (l) => listeners.disconnect.push(l) },
    postMessage: (m) => {
      posted.push(m as LiveFromStore);
      waiters.splice(0).forEach((w) => w());
    },
  };
  return {
    port,
    posted,
    send: (m: unknown) => listeners.message.forEach((l) => l(m)),
    disconnect: () => listeners.disconnect.forEach((l) => l()),
    /** Resolves once `count` messages have been posted. */
    until: async (count: number) => {
      while (posted.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    /** The latest reply posted for one subscription. */
    last: (subscription: number): Reply<unknown> | undefined => posted.filter((p) => p.subscription === subscription).at(-1)?.reply,
  };
}

const bundleOf = (reply: Reply<unknown> | undefined) => {
  if (!reply?.ok) throw new Error(`expected a bundle, got ${JSON.stringify(reply)}`);
  return reply.data as InterviewBundle;
};

describe('live ports', () => {
  it('answer a followed scorecard now and after every change, from any writer, until disconnect', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const view = fakePort();
    serveLivePort(store.handlers, view.port);
    view.send({ subscribe: 1, name: 'interviews.get', payload: { id: interview.id } });
    await view.until(1);
    expect(bundleOf(view.posted[0]!.reply)).toMatchObject({ answers: [], kit: { id: 'test-kit', version: 1 } });

    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 3 } });
    await view.until(2);
    expect(bundleOf(view.last(1)).answers).toEqual([expect.objectContaining({ questionId: 'orm', score: 3 })]);

    const seen = view.posted.length;
    await store.db.candidates.update(interview.candidateId, { name: 'Ana Lima-Souza' });
    await view.until(seen + 1);
    expect(bundleOf(view.last(1)).candidate.name).toBe('Ana Lima-Souza');

    view.disconnect();
    const afterDisconnect = view.posted.length;
    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 4 } });
    // A change to another table round-trips through liveQuery too; once it has been read back, nothing more can arrive.
    await store.call('interviews.get', { id: interview.id });
    expect(view.posted.length).toBe(afterDisconnect);
  });

  it('keep two views in step; a missing interview is answered not-found; junk is ignored', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const [a, b] = [fakePort(), fakePort()];
    for (const view of [a, b]) {
      serveLivePort(store.handlers, view.port);
      view.send('junk');
      view.send({ subscribe: 'x', name: 'interviews.get', payload: { id: interview.id } });
      view.send({ subscribe: 7, name: 'interviews.get', payload: { id: interview.id } });
    }
    await Promise.all([a.until(1), b.until(1)]);
    await store.call('interviews.update', { id: interview.id, patch: { overallNotes: 'typed in tab B' } });
    await Promise.all([a.until(2), b.until(2)]);
    expect(bundleOf(a.last(7)).interview.overallNotes).toBe('typed in tab B');
    expect(bundleOf(b.last(7)).interview.overallNotes).toBe('typed in tab B');
    expect(a.posted.every((p) => p.subscription === 7)).toBe(true);

    const c = fakePort();
    serveLivePort(store.handlers, c.port);
    c.send({ subscribe: 1, name: 'interviews.get', payload: { id: 'missing' } });
    await c.until(1);
    expect(c.posted[0]!.reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('re-answer a list when a scorecard in it is submitted, and stop after unsubscribe', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const view = fakePort();
    serveLivePort(store.handlers, view.port);
    view.send({ subscribe: 3, name: 'interviews.list', payload: { status: 'draft' } });
    await view.until(1);
    expect(view.last(3)).toMatchObject({ ok: true, data: { total: 1 } });

    await completeScorecard(store, interview.id);
    await store.call('interviews.submit', { id: interview.id });
    while ((view.last(3) as { data?: { total: number } }).data?.total !== 0) await view.until(view.posted.length + 1);
    expect(view.last(3)).toMatchObject({ ok: true, data: { rows: [], total: 0 } });

    view.send({ unsubscribe: 3 });
    const before = view.posted.length;
    await startScreening(store, { meetingCode: 'second' });
    await store.call('interviews.list', { status: 'draft' });
    expect(view.posted.length).toBe(before);
  });

  it('refuse a request that writes, and a query whose payload is wrong, with the reason', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const view = fakePort();
    serveLivePort(store.handlers, view.port);
    view.send({ subscribe: 1, name: 'answers.put', payload: { interviewId: interview.id, questionId: 'orm', patch: { score: 1 } } });
    view.send({ subscribe: 2, name: 'interviews.get', payload: { id: 42 } });
    await view.until(2);
    expect(view.last(1)).toMatchObject({ ok: false, error: { code: 'not-a-query' } });
    expect(view.last(2)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^interviews\.get: id/) } });
    expect(await store.db.answers.count()).toBe(0);
  });

  it('answer every query the protocol allows, with filters and searches, through live ports as through requests', async () => {
    // Dexie's live queries are stricter about what a read transaction may await than one-off
    // reads are (a long chain could commit early); every query must work both ways.
    const store = await makeStore();
    for (let n = 0; n < 4; n++) {
      store.clock.now += 60_000;
      const { interview } = await startScreening(store, { candidateName: `Person 4${n}`, interviewer: n % 2 ? 'Kim' : 'Sam' });
      if (n % 2) {
        await completeScorecard(store, interview.id);
        await store.call('interviews.submit', { id: interview.id });
      }
    }
    const { rows } = await store.call('interviews.list', {});
    const first = rows[0]!;
    const debrief = await store.call('debriefs.open', { candidateId: first.candidate.id, kitId: 'test-kit', meetingCode: 'debrief-call' });
    await store.call('debriefs.vote', { id: debrief.id, voter: 'Kim', decisionId: 'yes' });
    await store.call('kits.save', { kit: { ...debriefKit, id: 'ref-kit' } });
    await store.call('references.start', { candidateId: first.candidate.id, kitId: 'ref-kit', setIndex: 0, refereeName: 'Jo Park' });
    const payloads: { [N in QueryName]: unknown[] } = {
      ping: [{}],
      'kits.list': [{}, { includeArchived: true }],
      'kits.summaries': [{}, { includeArchived: true }],
      'kits.get': [{ id: 'test-kit' }, { id: 'test-kit', version: 1 }],
      'candidates.list': [{}, { search: 'person 4' }, { search: 'PERSON', offset: 1, limit: 2 }],
      'candidates.find': [{}, { search: 'person 4' }, { search: 'PERSON', limit: 2 }],
      'candidates.scorecards': [{ candidateId: first.candidate.id }],
      'interviews.get': [{ id: first.interview.id }],
      'interviews.openForMeeting': [{ meetingCode: 'abc-defg-hij' }],
      'interviews.submittedForMeeting': [{ meetingCode: 'abc-defg-hij' }, { meetingCode: 'nobody-here' }],
      'interviews.list': [
        {},
        { search: 'person 4' },
        { search: 'person 4', status: 'submitted', interviewer: 'kim', kitId: 'test-kit', roundId: 'screen', limit: 1 },
        { candidateId: first.candidate.id, from: 0, to: store.clock.now },
      ],
      'interviews.page': [
        {},
        { search: 'person 4', offset: 1, limit: 2 },
        { search: 'person 4', status: 'submitted', interviewer: 'kim', kitId: 'test-kit', roundId: 'screen', limit: 1 },
        { candidateId: first.candidate.id, from: 0, to: store.clock.now },
      ],
      'interviews.count': [{}, { search: 'person 4' }, { status: 'draft', interviewer: 'Sam' }, { from: 0, to: store.clock.now }],
      'interviews.ids': [{}, { search: 'person 41' }, { status: 'draft', interviewer: 'Sam' }],
      'interviews.interviewers': [{}],
      'backup.journal': [{}],
      'settings.get': [{}],
      'debriefs.get': [{ id: debrief.id }],
      'debriefs.list': [{}, { candidateId: first.candidate.id }, { meetingCode: 'debrief-call', status: 'running' }],
      'debriefs.kits': [{}],
      'debriefs.calibration': [{}, { excludeId: debrief.id }],
      'references.list': [{ candidateId: first.candidate.id }],
    };
    expect(Object.keys(payloads).sort()).toEqual([...QUERY_NAMES].sort());
    const view = fakePort();
    serveLivePort(store.handlers, view.port);
    let id = 0;
    const expected: [number, unknown][] = [];
    for (const [name, list] of Object.entries(payloads))
      for (const payload of list) {
        id += 1;
        view.send({ subscribe: id, name, payload });
        expected.push([id, await store.call(name as QueryName, payload as never)]);
      }
    await view.until(id);
    while (expected.some(([n]) => !view.last(n))) await view.until(view.posted.length + 1);
    for (const [n, data] of expected) expect([n, view.last(n)]).toEqual([n, { ok: true, data }]);
  });
});
