import { describe, expect, it } from 'vitest';
import { makeStore, startScreening, testKit, completeScorecard } from '../support/store';
import { LOCKED_MESSAGE } from '@/utils/store/errors';
import { seedBuiltinKits } from '@/utils/store/kits';
import { BUILTIN_KITS, BUILTIN_KIT_ID } from '@/utils/domain/kit/builtin';

describe('kits', () => {
  it('lists the seeded kit, gets it, and saves an imported one next to it', async () => {
    const store = await makeStore();
    const list = await store.call('kits.list', {});
    expect(list).toEqual([
      expect.objectContaining({
        id: 'test-kit',
        version: 1,
        builtIn: true,
        archived: false,
        rounds: [
          { id: 'screen', title: 'Screening', durationMin: 30 },
          { id: 'takehome', title: 'Take-home review' },
        ],
      }),
    ]);
    expect(await store.call('kits.get', { id: 'test-kit' })).toEqual(testKit);

    const imported = { ...testKit, id: 'imported', title: 'Imported kit' };
    const saved = await store.call('kits.save', { kit: imported });
    expect(saved).toMatchObject({ id: 'imported', builtIn: false });
    const v2 = await store.call('kits.save', { kit: { ...imported, version: 2, title: 'Imported kit v2' } });
    expect(v2.version).toBe(2);
    const after = await store.call('kits.list', {});
    expect(after.map((k) => `${k.id}@${k.version}`)).toEqual(['test-kit@1', 'imported@2']);
    expect((await store.call('kits.get', { id: 'imported' })).title).toBe('Imported kit v2');
    expect((await store.call('kits.get', { id: 'imported', version: 1 })).title).toBe('Imported kit');
  });

  it('refuses to overwrite a built-in kit and to save an invalid one (naming the path)', async () => {
    const store = await makeStore();
    await expect(store.call('kits.save', { kit: testKit })).rejects.toThrow(/conflict: .*built into Panelist/);
    const broken = {
      ...testKit,
      rounds: [{ ...testKit.rounds[0], sections: [{ id: 's', title: 'S', questions: [{ id: 'q', prompt: '' }] }] }],
    };
    await expect(store.call('kits.save', { kit: broken as never })).rejects.toThrow(
      /kit\.rounds\[0\]\.sections\[0\]\.questions\[0\]\.prompt/,
    );
    await expect(store.call('kits.get', { id: 'nope' })).rejects.toThrow(/not-found: No kit "nope"/);
  });
});

describe('interviews and candidates', () => {
  it('start creates the candidate once (case-insensitive name) and records the meeting', async () => {
    const store = await makeStore();
    const first = await startScreening(store);
    expect(first.candidate).toMatchObject({ name: 'Ana Lima', createdAt: store.clock.now });
    expect(first.interview).toMatchObject({
      kitId: 'test-kit',
      kitVersion: 1,
      roundId: 'screen',
      status: 'draft',
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      timerEvents: [],
    });
    expect(first.interview.startedAt).toBeUndefined();
    const second = await startScreening(store, { candidateName: '  ana LIMA ', roundId: 'takehome', meetingCode: '' });
    expect(second.candidate.id).toBe(first.candidate.id);
    const third = await startScreening(store, { candidateName: undefined, candidateId: first.candidate.id });
    expect(third.candidate.id).toBe(first.candidate.id);
    expect((await store.call('candidates.list', {})).rows).toHaveLength(1);
    expect((await store.call('candidates.list', { search: 'lim' })).rows).toHaveLength(1);
    expect((await store.call('candidates.list', { search: 'bob' })).rows).toHaveLength(0);
  });

  it('start refuses an unknown kit, round or candidate id, and a missing name', async () => {
    const store = await makeStore();
    await expect(startScreening(store, { kitId: 'nope' })).rejects.toThrow(/not-found/);
    await expect(startScreening(store, { roundId: 'nope' })).rejects.toThrow(/no round "nope"/);
    await expect(startScreening(store, { candidateName: undefined, candidateId: 'ghost' })).rejects.toThrow(/No candidate with id "ghost"/);
    await expect(startScreening(store, { candidateName: undefined })).rejects.toThrow(/candidateName/);
    expect(await store.db.interviews.count()).toBe(0);
  });

  it('get returns the bundle; openForMeeting finds the newest draft of that meeting', async () => {
    const store = await makeStore();
    const older = await startScreening(store);
    store.clock.now += 1000;
    const newer = await startScreening(store);
    await startScreening(store, { meetingCode: 'other' });
    expect((await store.call('interviews.get', { id: older.interview.id })).interview.id).toBe(older.interview.id);
    await expect(store.call('interviews.get', { id: 'missing' })).rejects.toThrow(/not-found/);
    expect((await store.call('interviews.openForMeeting', { meetingCode: 'abc-defg-hij' }))?.interview.id).toBe(newer.interview.id);
    await completeScorecard(store, newer.interview.id);
    await store.call('interviews.submit', { id: newer.interview.id });
    expect((await store.call('interviews.openForMeeting', { meetingCode: 'abc-defg-hij' }))?.interview.id).toBe(older.interview.id);
    expect(await store.call('interviews.openForMeeting', { meetingCode: 'zzz' })).toBeNull();
  });

  it('list filters by candidate, status, kit, round, interviewer, dates and search, newest first, paged', async () => {
    const store = await makeStore();
    const ana = await startScreening(store);
    store.clock.now += 60_000;
    const bob = await startScreening(store, { candidateName: 'Bob Stone', interviewer: 'Kim', roundId: 'takehome' });
    store.clock.now += 60_000;
    const ana2 = await startScreening(store, { candidateName: 'Ana Lima' });
    await completeScorecard(store, ana2.interview.id);
    await store.call('interviews.submit', { id: ana2.interview.id });

    const ids = async (filter: Parameters<typeof store.call<'interviews.list'>>[1]) =>
      (await store.call('interviews.list', filter)).rows.map((r) => r.interview.id);
    expect(await ids({})).toEqual([ana2.interview.id, bob.interview.id, ana.interview.id]);
    expect(await ids({ candidateId: ana.candidate.id })).toEqual([ana2.interview.id, ana.interview.id]);
    expect(await ids({ status: 'submitted' })).toEqual([ana2.interview.id]);
    expect(await ids({ status: 'draft', candidateId: ana.candidate.id })).toEqual([ana.interview.id]);
    expect(await ids({ roundId: 'takehome' })).toEqual([bob.interview.id]);
    expect(await ids({ kitId: 'test-kit', interviewer: 'kim' })).toEqual([bob.interview.id]);
    expect(await ids({ from: ana.interview.createdAt + 1, to: bob.interview.createdAt })).toEqual([bob.interview.id]);
    expect(await ids({ search: 'STONE' })).toEqual([bob.interview.id]);
    const page = await store.call('interviews.list', { offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.interview.id, r.candidate.name])).toEqual([[bob.interview.id, 'Bob Stone']]);
  });

  it('update merges ratings and decision, checking them against the kit', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    await store.call('interviews.update', {
      id,
      patch: { categoryRatings: { django: 4, comms: 2 }, decisionId: 'yes', overallNotes: 'ok' },
    });
    const updated = await store.call('interviews.update', { id, patch: { categoryRatings: { comms: null }, decisionReason: 'why' } });
    expect(updated).toMatchObject({ categoryRatings: { django: 4 }, decisionId: 'yes', decisionReason: 'why', overallNotes: 'ok' });
    expect((await store.call('interviews.update', { id, patch: { decisionId: null } })).decisionId).toBeUndefined();
    await expect(store.call('interviews.update', { id, patch: { decisionId: 'maybe-later' } })).rejects.toThrow(
      /patch\.decisionId: "maybe-later" is not one of/,
    );
    await expect(store.call('interviews.update', { id, patch: { categoryRatings: { culture: 3 } } })).rejects.toThrow(
      /patch\.categoryRatings\.culture/,
    );
  });

  it('flag and unflag keep one flag per id', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const flag = {
      id: 'f1',
      kind: 'red' as const,
      text: 'Blamed the team',
      roundElapsedMs: 760_000,
      raisedAt: store.clock.now,
      questionId: 'orm',
    };
    await store.call('interviews.flag', { id: interview.id, flag });
    const twice = await store.call('interviews.flag', { id: interview.id, flag: { ...flag, text: 'Blamed the whole team' } });
    expect(twice.flags).toEqual([{ ...flag, text: 'Blamed the whole team' }]);
    expect((await store.call('interviews.unflag', { id: interview.id, flagId: 'f1' })).flags).toEqual([]);
  });

  it('timer appends events under the timer rules and dates the interview', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    const start = store.clock.now + 5_000;
    const started = await store.call('interviews.timer', { id, event: { type: 'start', at: start } });
    expect(started.startedAt).toBe(start);
    await store.call('interviews.timer', { id, event: { type: 'pause', at: start + 1000 } });
    await expect(store.call('interviews.timer', { id, event: { type: 'pause', at: start + 2000 } })).rejects.toThrow(/^timer: /);
    await store.call('interviews.timer', { id, event: { type: 'resume', at: start + 3000 } });
    await store.call('interviews.timer', { id, event: { type: 'next', at: start + 4000 } });
    const finished = await store.call('interviews.timer', { id, event: { type: 'finish', at: start + 5000 } });
    expect(finished.timerEvents.map((e) => e.type)).toEqual(['start', 'pause', 'resume', 'next', 'finish']);
    expect(finished).toMatchObject({ startedAt: start, finishedAt: start + 5000 });
  });

  it('dismissReminder marks the draft', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    expect((await store.call('interviews.dismissReminder', { id: interview.id })).reminderDismissed).toBe(true);
  });
});

describe('answers.put', () => {
  it('creates the answer on first touch and merges every later patch', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    const first = await store.call('answers.put', { interviewId: id, questionId: 'orm', patch: { score: 4 } });
    expect(first).toEqual({
      id: `${id}:orm`,
      interviewId: id,
      questionId: 'orm',
      score: 4,
      notAsked: false,
      pointsTicked: [],
      notes: '',
      updatedAt: store.clock.now,
      revision: 1,
    });
    store.clock.now += 300;
    await store.call('answers.put', { interviewId: id, questionId: 'orm', patch: { pointsTicked: [1, 0, 1] } });
    const last = await store.call('answers.put', { interviewId: id, questionId: 'orm', patch: { notes: 'used prefetch' } });
    expect(last).toMatchObject({ score: 4, pointsTicked: [0, 1], notes: 'used prefetch', updatedAt: store.clock.now, revision: 3 });
    const cleared = await store.call('answers.put', { interviewId: id, questionId: 'orm', patch: { score: null, notAsked: true } });
    expect(cleared).toMatchObject({ score: null, notAsked: true, notes: 'used prefetch' });
    const bundle = await store.call('interviews.get', { id });
    expect(bundle.answers).toEqual([cleared]);
    expect(bundle.interview.updatedAt).toBe(store.clock.now);
  });

  it('refuses a question outside the round and a point the question does not have', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await expect(store.call('answers.put', { interviewId: interview.id, questionId: 'code', patch: { score: 3 } })).rejects.toThrow(
      /no question "code"/,
    );
    await expect(store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { pointsTicked: [2] } })).rejects.toThrow(
      /patch\.pointsTicked: "ORM Optimization" has 2 expected points; there is no point 2/,
    );
    await expect(store.call('answers.put', { interviewId: 'ghost', questionId: 'orm', patch: {} })).rejects.toThrow(/not-found/);
    expect(await store.db.answers.count()).toBe(0);
  });
});

describe('settings', () => {
  it('merges a patch and removes keys set to null', async () => {
    const store = await makeStore();
    expect(await store.call('settings.get', {})).toEqual({});
    await store.call('settings.set', { patch: { interviewerName: 'Sam', soundAlerts: true } });
    expect(await store.call('settings.set', { patch: { interviewerName: null, lastRoundId: 'screen' } })).toEqual({
      soundAlerts: true,
      lastRoundId: 'screen',
    });
    expect(await store.call('settings.get', {})).toEqual({ soundAlerts: true, lastRoundId: 'screen' });
  });

  it('refuses a key no setting has, naming it, and reads past stored rows it no longer knows', async () => {
    const store = await makeStore();
    const reply = await store.send({ panelist: 1, name: 'settings.set', payload: { patch: { sound: true } } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!reply.ok && reply.error.message).toMatch(/settings\.set: patch: Unrecognized key: "sound"/);
    // Rows written by another version (an unknown key, a value of the wrong type) are skipped, not fatal.
    await store.db.settings.bulkPut([
      { key: 'retired', value: 1 },
      { key: 'soundAlerts', value: 'yes' },
      { key: 'interviewerName', value: 'Sam' },
    ]);
    expect(await store.call('settings.get', {})).toEqual({ interviewerName: 'Sam' });
  });
});

describe('the submit lock', () => {
  it('rejects every write to a submitted scorecard except reopen', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const id = interview.id;
    await completeScorecard(store, id);
    await store.call('interviews.submit', { id });
    const writes = [
      () => store.call('answers.put', { interviewId: id, questionId: 'orm', patch: { score: 1 } }),
      () => store.call('interviews.update', { id, patch: { overallNotes: 'late edit' } }),
      () => store.call('interviews.timer', { id, event: { type: 'pause', at: store.clock.now } }),
      () => store.call('interviews.flag', { id, flag: { id: 'f', kind: 'green', text: 'x', roundElapsedMs: 0, raisedAt: 0 } }),
      () => store.call('interviews.unflag', { id, flagId: 'f' }),
      () => store.call('interviews.dismissReminder', { id }),
      () => store.call('interviews.submit', { id }),
    ];
    for (const write of writes) await expect(write()).rejects.toThrow(`locked: ${LOCKED_MESSAGE}`);
    const reopened = await store.call('interviews.reopen', { id, reason: 'Typo in the notes' });
    expect(reopened.status).toBe('draft');
    await expect(store.call('interviews.update', { id, patch: { overallNotes: 'fixed' } })).resolves.toMatchObject({
      overallNotes: 'fixed',
    });
  });
});

describe('seeding the built-in kits', () => {
  it('installs the shipped Middleware Architect kit once and leaves it alone on the next worker start', async () => {
    const store = await makeStore({ kits: BUILTIN_KITS });
    const list = await store.call('kits.list', {});
    expect(list.find((k) => k.id === BUILTIN_KIT_ID)).toMatchObject({ builtIn: true, archived: false });
    expect(list.find((k) => k.id === BUILTIN_KIT_ID)!.rounds).toHaveLength(8);
    expect(await seedBuiltinKits(store.ctx, BUILTIN_KITS)).toBe(0);
    const [kit] = BUILTIN_KITS;
    expect(await seedBuiltinKits(store.ctx, [{ ...kit!, description: 'fixed wording' }])).toBe(1);
    expect((await store.call('kits.get', { id: BUILTIN_KIT_ID })).description).toBe('fixed wording');
  });
});
