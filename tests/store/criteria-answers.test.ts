import { describe, expect, it } from 'vitest';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { KitSchema, type Kit } from '@/utils/domain/kit/schema';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { seedBuiltinKits } from '@/utils/store/kits';
import { makeStore, type TestStore } from '../support/store';

const v2 = BUILTIN_KITS[0]!;
/** The built-in kit as version 1 shipped it: no guidance, everything else the same. */
const v1: Kit = KitSchema.parse({ ...structuredClone(v2), version: 1, guidance: undefined });
const CHALLENGE = 'system-design.challenge.q1';

async function systemDesign(store: TestStore, meetingCode = 'abc-defg-hij') {
  const { interview } = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId: 'system-design',
    interviewer: 'Sam',
    platform: 'meet',
    meetingCode,
  });
  return interview.id;
}

describe('answers scored criterion by criterion', () => {
  it('stores each criterion’s score, merges later ones in, and clears one with null', async () => {
    const store = await makeStore({ kits: [v2] });
    const id = await systemDesign(store);
    await store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores: { 'service-design': 4 } } });
    await store.call('answers.put', {
      interviewId: id,
      questionId: CHALLENGE,
      patch: { criteriaScores: { communication: 3, reliability: 5 } },
    });
    const answer = await store.call('answers.put', {
      interviewId: id,
      questionId: CHALLENGE,
      patch: { criteriaScores: { reliability: null } },
    });
    expect(answer.criteriaScores).toEqual({ 'service-design': 4, communication: 3 });
    expect(answer.score).toBeNull();
    const cleared = await store.call('answers.put', {
      interviewId: id,
      questionId: CHALLENGE,
      patch: { criteriaScores: { 'service-design': null, communication: null } },
    });
    expect(cleared).not.toHaveProperty('criteriaScores');
  });

  it('refuses a criterion the question does not have, naming where, and keeps what was saved', async () => {
    const store = await makeStore({ kits: [v2] });
    const id = await systemDesign(store);
    await store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores: { scalability: 2 } } });
    await expect(
      store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores: { speed: 4 } } }),
    ).rejects.toThrow(
      /^invalid: patch\.criteriaScores\.speed: "Design MyBambu's Next-Generation Architecture" has no criterion "speed" \(it has: "service-design", "data-architecture", /,
    );
    const phone = await store.call('interviews.start', {
      candidateName: 'Bo',
      kitId: 'middleware-architect',
      roundId: 'phone-screen',
      interviewer: 'Sam',
      platform: 'meet',
    });
    await expect(
      store.call('answers.put', {
        interviewId: phone.interview.id,
        questionId: 'phone-screen.part-a.q1',
        patch: { criteriaScores: { depth: 4 } },
      }),
    ).rejects.toThrow(/"ORM Optimization" has no criterion "depth" \(it is scored as a whole, with one score\)/);
    await expect(
      store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores: { scalability: 6 } } }),
    ).rejects.toThrow(/^invalid: answers\.put: patch\.criteriaScores\.scalability: /);
    expect((await store.db.answers.get(`${id}:${CHALLENGE}`))?.criteriaScores).toEqual({ scalability: 2 });
  });

  it('scores the question with the weighted mean of its criteria, which its category takes', async () => {
    const store = await makeStore({ kits: [v2] });
    const id = await systemDesign(store);
    const criteriaScores = { 'service-design': 4, 'data-architecture': 3, communication: 3, scalability: 4, reliability: 3 };
    await store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores } });
    const bundle = await store.call('interviews.get', { id });
    const summary = scoreInterview(scoreInputFor(bundle.kit, bundle.interview, bundle.answers));
    expect(summary.categories.find((c) => c.categoryId === 'system-design')).toMatchObject({ score: 3.4, source: 'questions' });
    const { rows } = await store.call('interviews.list', {});
    expect(rows[0]!.weightedTotal).toBeCloseTo(3.4, 10);
  });

  it('reads an answer stored before criteria existed: its one score still counts, and it takes criteria scores', async () => {
    const store = await makeStore({ kits: [v2] });
    const id = await systemDesign(store);
    // A row as an earlier Panelist wrote it: no criteriaScores at all.
    await store.db.answers.put({
      id: `${id}:${CHALLENGE}`,
      interviewId: id,
      questionId: CHALLENGE,
      score: 2,
      notAsked: false,
      pointsTicked: [],
      notes: 'old note',
      updatedAt: 1,
      revision: 3,
    });
    let bundle = await store.call('interviews.get', { id });
    expect(scoreInterview(scoreInputFor(bundle.kit, bundle.interview, bundle.answers)).weightedTotal).toBe(2);
    const merged = await store.call('answers.put', {
      interviewId: id,
      questionId: CHALLENGE,
      patch: { criteriaScores: { reliability: 5 } },
    });
    expect(merged).toMatchObject({ score: 2, notes: 'old note', criteriaScores: { reliability: 5 }, revision: 4 });
    bundle = await store.call('interviews.get', { id });
    expect(scoreInterview(scoreInputFor(bundle.kit, bundle.interview, bundle.answers)).weightedTotal).toBe(5);
  });

  it('asks for evidence before submitting a criterion scored 5', async () => {
    const store = await makeStore({ kits: [v2] });
    const id = await systemDesign(store);
    await store.call('answers.put', {
      interviewId: id,
      questionId: CHALLENGE,
      patch: { criteriaScores: { scalability: 5, reliability: 3 } },
    });
    await store.call('interviews.update', { id, patch: { decisionId: 'maybe', decisionReason: 'Good scaling story, thin on data' } });
    await expect(store.call('interviews.submit', { id })).rejects.toThrow(
      /Add an evidence note to every question scored 1 or 5: "Design MyBambu's Next-Generation Architecture" \(scored 5\)\./,
    );
    await store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { notes: 'CDN, caches and sharding by region' } });
    await expect(store.call('interviews.submit', { id })).resolves.toMatchObject({ status: 'submitted' });
  });
});

describe('the built-in kit’s version 2 beside version 1', () => {
  it('installs version 2 and keeps version 1, whose interviews still open and score with it', async () => {
    const store = await makeStore({ kits: [v1] });
    const old = await systemDesign(store);
    await store.call('answers.put', { interviewId: old, questionId: CHALLENGE, patch: { criteriaScores: { communication: 4 } } });
    expect(await seedBuiltinKits(store.ctx, BUILTIN_KITS)).toBe(1);
    expect(await seedBuiltinKits(store.ctx, BUILTIN_KITS)).toBe(0);
    const library = await store.call('kits.list', {});
    expect(library.map((k) => [k.id, k.version, k.versions])).toEqual([['middleware-architect', 2, [2, 1]]]);

    const bundle = await store.call('interviews.get', { id: old });
    expect([bundle.kit.version, bundle.kit.guidance.during]).toEqual([1, []]);
    expect(scoreInterview(scoreInputFor(bundle.kit, bundle.interview, bundle.answers)).weightedTotal).toBe(4);
    await store.call('answers.put', { interviewId: old, questionId: CHALLENGE, patch: { criteriaScores: { reliability: 2 } } });

    const fresh = await systemDesign(store, 'new-meeting');
    expect((await store.call('interviews.get', { id: fresh })).kit.version).toBe(2);
  });
});

describe('interviews.submittedForMeeting', () => {
  it('gives the scorecard submitted last in the meeting, and nothing for a meeting without one', async () => {
    const store = await makeStore({ kits: [v2] });
    expect(await store.call('interviews.submittedForMeeting', { meetingCode: 'abc-defg-hij' })).toBeNull();
    const ids: string[] = [];
    for (const name of ['First', 'Second']) {
      const id = await systemDesign(store);
      await store.call('answers.put', { interviewId: id, questionId: CHALLENGE, patch: { criteriaScores: { reliability: 3 } } });
      await store.call('interviews.update', { id, patch: { decisionId: 'maybe', decisionReason: `${name} reason` } });
      store.clock.now += 60_000;
      await store.call('interviews.submit', { id });
      ids.push(id);
    }
    await systemDesign(store);
    const latest = await store.call('interviews.submittedForMeeting', { meetingCode: 'abc-defg-hij' });
    expect([latest?.interview.id, latest?.interview.status, latest?.kit.id]).toEqual([ids[1], 'submitted', 'middleware-architect']);
    expect(await store.call('interviews.submittedForMeeting', { meetingCode: 'elsewhere' })).toBeNull();
  });
});
