import { describe, expect, it } from 'vitest';
import { contentId, parseDebriefFile } from '@/utils/domain/debrief/parse-file';
import type { DebriefFileRecord } from '@/utils/domain/debrief/record';
import { completeScorecard, makeStore, startScreening, testKit, type TestStore } from '../support/store';
import { backupOf, restoreInto } from '../support/backup';
import { debriefKit, itemsCsv, kim, lee } from '../support/debrief-fixtures';

/** A file as the desk or the panel sends it once read (in a worker for big files). */
async function fileRecord(name: string, text: string, candidate = 'Ana Lima'): Promise<DebriefFileRecord> {
  return { id: await contentId(text), addedAt: 1, ...parseDebriefFile({ name, text }, [testKit], candidate) };
}

async function held(store: TestStore) {
  const { interview, candidate } = await startScreening(store);
  await completeScorecard(store, interview.id);
  await store.call('interviews.submit', { id: interview.id });
  const debrief = await store.call('debriefs.open', {
    candidateName: 'ana lima',
    kitId: 'test-kit',
    facilitator: 'Sam',
    platform: 'meet',
    meetingCode: 'xyz',
  });
  return { debrief, candidate, interview };
}

describe('a debrief in the store', () => {
  it('opens for an existing candidate found by name, and reads back with this browser’s own scorecards', async () => {
    const store = await makeStore();
    const { debrief, candidate, interview } = await held(store);
    expect(debrief).toMatchObject({
      candidateId: candidate.id,
      candidateName: 'Ana Lima',
      kitId: 'test-kit',
      kitVersion: 1,
      status: 'running',
      revision: 0,
    });
    const bundle = await store.call('debriefs.get', { id: debrief.id });
    expect(bundle.local.map((l) => [l.interview.id, l.answers.length])).toEqual([[interview.id, 2]]);
    expect(bundle.kit.id).toBe('test-kit');
    expect(await store.call('debriefs.list', { meetingCode: 'xyz', status: 'running' })).toEqual([
      expect.objectContaining({ id: debrief.id, candidateName: 'Ana Lima', kitTitle: 'Test kit', files: 0, decisionLabel: '' }),
    ]);
    await expect(store.call('debriefs.open', { candidateName: 'Bo', kitId: 'nope' })).rejects.toThrow(
      'not-found: No kit "nope" is installed.',
    );
  });

  it('keeps a file dropped twice once, keeps two different files with the same name, and loses nothing recorded on a bad drop', async () => {
    const store = await makeStore();
    const { debrief } = await held(store);
    await store.call('debriefs.vote', { id: debrief.id, voter: 'Kim', decisionId: 'yes' });
    const kimFile = await fileRecord('all.csv', itemsCsv(kim));
    const leeFile = await fileRecord('all.csv', itemsCsv(lee));
    const first = await store.call('debriefs.addFiles', { id: debrief.id, files: [kimFile] });
    expect(first).toMatchObject({ added: [kimFile.id], duplicates: [] });
    const again = await store.call('debriefs.addFiles', { id: debrief.id, files: [{ ...kimFile, name: 'kim (copy).csv' }, leeFile] });
    expect(again).toMatchObject({ added: [leeFile.id], duplicates: ['kim (copy).csv'] });
    expect(again.debrief.files.map((f) => [f.name, f.cards.map((c) => c.interviewer)])).toEqual([
      ['all.csv', ['Kim']],
      ['all.csv', ['Lee']],
    ]);

    const before = await store.db.debriefs.get(debrief.id);
    const bad = await store.send({
      panelist: 1,
      name: 'debriefs.addFiles',
      payload: { id: debrief.id, files: [{ ...kimFile, id: 'not-a-hash', cards: 'junk' }] },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/^debriefs\.addFiles: files\[0\]\.id: expected the SHA-256 of the file/) },
    });
    expect(await store.db.debriefs.get(debrief.id)).toEqual(before);
    expect(before!.votes).toEqual([expect.objectContaining({ voter: 'Kim', decisionId: 'yes' })]);
  });

  it('runs the agenda on the timer’s rules, in the meeting’s words, and closes when the meeting finishes', async () => {
    const store = await makeStore({ kits: [debriefKit] });
    const { candidate } = await startScreening(store, { kitId: 'test-kit' });
    const debrief = await store.call('debriefs.open', { candidateId: candidate.id, kitId: 'test-kit' });
    const t = store.clock.now;
    await expect(store.call('debriefs.timer', { id: debrief.id, event: { type: 'next', at: t } })).rejects.toThrow(
      'timer: the meeting has not started: start it first',
    );
    await store.call('debriefs.timer', { id: debrief.id, event: { type: 'start', at: t } });
    await expect(store.call('debriefs.timer', { id: debrief.id, event: { type: 'jump', at: t + 1, sectionIndex: 9 } })).rejects.toThrow(
      'timer: there is no step 10: this meeting has 5 steps',
    );
    await store.call('debriefs.speaker', { id: debrief.id, index: 1, at: t + 60_000 });
    const done = await store.call('debriefs.timer', { id: debrief.id, event: { type: 'finish', at: t + 120_000 } });
    expect(done).toMatchObject({ status: 'closed', closedAt: t + 120_000, speakerTurns: [{ index: 1, at: t + 60_000 }], revision: 3 });
  });

  it('records one vote per voter and the panel’s decision with its reason; refuses what the kit does not offer', async () => {
    const store = await makeStore();
    const { debrief } = await held(store);
    await store.call('debriefs.vote', { id: debrief.id, voter: 'Kim', decisionId: 'yes' });
    const voted = await store.call('debriefs.vote', { id: debrief.id, voter: 'kim', decisionId: 'no' });
    expect(voted.votes).toEqual([{ voter: 'kim', decisionId: 'no', at: store.clock.now }]);
    await expect(store.call('debriefs.vote', { id: debrief.id, voter: 'Kim', decisionId: 'perhaps' })).rejects.toThrow(
      /"perhaps" is not one of/,
    );
    await expect(store.call('debriefs.decide', { id: debrief.id, decisionId: 'yes', reason: ' ' })).rejects.toThrow(/reason: say why/);
    const decided = await store.call('debriefs.decide', { id: debrief.id, decisionId: 'yes', reason: 'Strong on Django' });
    expect(decided.decision).toEqual({ decisionId: 'yes', reason: 'Strong on Django', at: store.clock.now, by: 'Sam' });
    expect((await store.call('debriefs.list', {}))[0]!.decisionLabel).toBe('Yes');
    const cleared = await store.call('debriefs.decide', { id: debrief.id, decisionId: null, reason: '' });
    expect(cleared.decision).toBeUndefined();
  });

  it('remembers which file to use for a conflicting interview, only among the files that hold it', async () => {
    const store = await makeStore();
    const { debrief } = await held(store);
    const a = await fileRecord('kim-a.csv', itemsCsv(kim));
    const b = await fileRecord('kim-b.csv', itemsCsv({ ...kim, scores: { orm: 5, intro: 5 } }));
    await store.call('debriefs.addFiles', { id: debrief.id, files: [a, b] });
    const chosen = await store.call('debriefs.choose', { id: debrief.id, interviewId: 'kim-0002-interview', fileId: b.id });
    expect(chosen.choices).toEqual({ 'kim-0002-interview': b.id });
    await expect(store.call('debriefs.choose', { id: debrief.id, interviewId: 'lee-0003-interview', fileId: b.id })).rejects.toThrow(
      /no file in this debrief holds/,
    );
    const removed = await store.call('debriefs.removeFile', { id: debrief.id, fileId: b.id });
    expect([removed.files.length, removed.choices]).toEqual([1, {}]);
  });

  it('is backed up and restored with the rest, and erased with its candidate', async () => {
    const store = await makeStore({ kits: [debriefKit] });
    const { debrief, candidate } = await held(store);
    await store.call('debriefs.addFiles', { id: debrief.id, files: [await fileRecord('kim.csv', itemsCsv(kim))] });
    const check = await store.call('references.start', {
      candidateId: candidate.id,
      kitId: 'test-kit',
      setIndex: 0,
      refereeName: 'Jo Park',
    });
    const { blob, counts } = await backupOf(store);
    expect([counts.debriefs, counts.referenceChecks]).toEqual([1, 1]);
    // The kit ships with this Panelist (built in), as on the machine the backup came from.
    const target = await makeStore({ kits: [debriefKit] });
    await restoreInto(target, blob, 'replace');
    expect(await target.db.debriefs.toArray()).toEqual(await store.db.debriefs.toArray());
    expect(await target.call('references.list', { candidateId: candidate.id })).toEqual([check]);

    await store.call('candidates.delete', { id: candidate.id });
    expect([await store.db.debriefs.count(), await store.db.referenceChecks.count()]).toEqual([0, 0]);
  });

  it('gives calibration the debriefs held here, with this browser’s scorecards, leaving out the one being held', async () => {
    const store = await makeStore();
    const { debrief } = await held(store);
    await store.call('debriefs.addFiles', { id: debrief.id, files: [await fileRecord('kim.csv', itemsCsv(kim))] });
    const panels = await store.call('debriefs.calibration', {});
    expect(panels).toEqual([
      {
        key: `${debrief.candidateId}|test-kit`,
        cards: [
          { interviewer: 'Sam', categoryScores: { django: 5, comms: 3 } },
          { interviewer: 'Kim', categoryScores: { django: 3, comms: 4 } },
        ],
      },
    ]);
    expect(await store.call('debriefs.calibration', { excludeId: debrief.id })).toEqual([]);
  });
});
