import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/domain/seal';
import { completeScorecard, makeStore, startScreening, testKit, type TestStore } from '../support/store';
import { backupOf, fileFrom, previewOf, restoreInto, sendTo } from '../support/backup';

/** A store with a bit of everything: a submitted scorecard, a draft with flags and timer, an imported kit, settings. */
async function populated(): Promise<TestStore> {
  const store = await makeStore();
  const a = await startScreening(store);
  await completeScorecard(store, a.interview.id);
  await store.call('interviews.submit', { id: a.interview.id });
  const b = await startScreening(store, { candidateName: 'José 李', platform: 'teams' });
  await store.call('interviews.timer', { id: b.interview.id, event: { type: 'start', at: store.clock.now } });
  await store.call('interviews.flag', {
    id: b.interview.id,
    flag: { id: 'f1', kind: 'green', text: 'Clear "trade-offs", 2 of them', roundElapsedMs: 5000, raisedAt: 1 },
  });
  await store.call('answers.put', {
    interviewId: b.interview.id,
    questionId: 'orm',
    patch: { notes: 'line 1\nline 2', pointsTicked: [1] },
  });
  await store.call('kits.save', { kit: { ...testKit, id: 'imported', title: 'Imported' } });
  await store.call('settings.set', { patch: { interviewerName: 'Sam', soundAlerts: true } });
  return store;
}

async function snapshot(store: TestStore) {
  const { db } = store;
  return {
    kits: await db.kits.toArray(),
    candidates: await db.candidates.toArray(),
    interviews: await db.interviews.toArray(),
    answers: await db.answers.toArray(),
    settings: await db.settings.toArray(),
  };
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');

/** Edit a backup's rows (parsed whole: the files here are small). */
async function edited(blob: Blob, change: (backup: Record<string, { [k: string]: unknown }[]>) => void) {
  const backup = JSON.parse(await blob.text());
  change(backup);
  return fileFrom(JSON.stringify(backup));
}

describe('backup → restore', () => {
  it('restores into an empty store and backs up again byte for byte (apart from exportedAt)', async () => {
    const source = await populated();
    const { blob, filename, counts, skipped } = await backupOf(source);
    expect(filename).toMatch(/^panelist-backup-.*\.json$/);
    expect([counts, skipped]).toEqual([{ kits: 2, candidates: 2, scorecards: 2, debriefs: 0, referenceChecks: 0, settings: 2 }, 0]);
    const text = await blob.text();
    // One JSON document, one record per line.
    expect(JSON.parse(text)).toMatchObject({ format: 'panelist-backup', version: 2, counts });
    expect(text.split('\n').filter((line) => line.startsWith('{"answers":'))).toHaveLength(2);

    // Another profile of the same Panelist: it has the built-in kit (here the test kit) already.
    const target = await makeStore({ name: `${source.db.name}-target` });
    target.clock.now += 86_400_000;
    const { summary, journal } = await restoreInto(target, blob, 'replace');
    expect(summary.sections).toMatchObject({
      scorecards: { add: 2 },
      candidates: { add: 2 },
      kits: { add: 1, same: 1 },
      settings: { add: 2 },
    });
    expect(journal).toMatchObject({ state: 'done', mode: 'replace', total: 8, written: 8 });
    const again = await backupOf(target);
    expect(withoutExportedAt(await again.blob.text())).toBe(withoutExportedAt(text));
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('merge adds what is missing and keeps the rest; replace deletes what the file does not hold, and says so first', async () => {
    const source = await populated();
    const { blob } = await backupOf(source);
    const target = await makeStore({ idPrefix: 'local' });
    const mine = await startScreening(target, { candidateName: 'Only Here', meetingCode: 'mine' });
    await target.call('settings.set', { patch: { interviewerName: 'Kim', lastKitId: 'test-kit' } });
    await restoreInto(target, blob, 'merge');
    expect(await target.db.interviews.get(mine.interview.id)).toBeDefined();
    expect(await target.call('settings.get', {})).toEqual({ interviewerName: 'Sam', soundAlerts: true, lastKitId: 'test-kit' });
    expect(await target.db.interviews.count()).toBe(3);

    const preview = await previewOf(target, blob, 'replace');
    expect(preview.summary.removed).toEqual({ kits: 0, candidates: 1, scorecards: 1, debriefs: 0, referenceChecks: 0, settings: 1 });
    expect(await target.db.interviews.get(mine.interview.id)).toBeDefined();
    await restoreInto(target, blob, 'replace');
    expect(await target.db.interviews.get(mine.interview.id)).toBeUndefined();
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('a bad file changes nothing, in either mode, and the error names the record', async () => {
    const store = await populated();
    const before = await snapshot(store);
    const { blob } = await backupOf(store);
    const bad = await edited(blob, (b) => {
      (b.scorecards![1]!.interview as Record<string, unknown>).status = 'archived';
    });
    for (const mode of ['merge', 'replace'] as const) {
      await expect(restoreInto(store, bad, mode)).rejects.toThrow(/^interviews\[1\]\.interview\.status: /);
      const lines = (await blob.text()).split('\n');
      await expect(restoreInto(store, fileFrom(lines.slice(0, 6).join('\n')), mode)).rejects.toThrow(
        /ends at line 6 before its closing "counts": it is incomplete/,
      );
      await expect(restoreInto(store, fileFrom(lines.slice(0, 4).join('\n').slice(0, -30)), mode)).rejects.toThrow(
        /^Line 4: record 1 of "kits" is not valid JSON/,
      );
      await expect(restoreInto(store, fileFrom('{\n  "format": "panelist-backup",\n  "kits": ['), mode)).rejects.toThrow(
        /^The file is not valid JSON/,
      );
      await expect(restoreInto(store, fileFrom('{"format":"panelist-backup","kits":[],'), mode)).rejects.toThrow(/no format version/);
    }
    expect(await snapshot(store)).toEqual(before);
    expect(await store.call('backup.journal', {})).toBeNull();
  });

  it('refuses a kit that claims to be built in and an interview whose round its kit lacks, naming each', async () => {
    const store = await populated();
    const { blob } = await backupOf(store);
    const forged = await edited(blob, (b) => {
      b.kits!.find((k) => k.id === 'imported')!.builtIn = true;
    });
    await expect(restoreInto(await makeStore(), forged, 'merge')).rejects.toThrow(
      /kits\[0\]: kit "imported" version 1 says it is built into Panelist, but Panelist has no built-in kit "imported"/,
    );
    const newer = await edited(blob, (b) => {
      Object.assign(
        b.kits!.find((k) => k.id === 'test-kit')!,
        { version: 9 },
      );
    });
    await expect(restoreInto(await makeStore(), newer, 'merge')).rejects.toThrow(/the built-in "test-kit" is at version 1/);
    const noRound = await edited(blob, (b) => {
      (b.scorecards![0]!.interview as Record<string, unknown>).roundId = 'gone';
    });
    await expect(restoreInto(await makeStore(), noRound, 'merge')).rejects.toThrow(
      /interviews\[0\]\.roundId: interview "id-0002" \(Ana Lima\) is for round "gone", which kit "test-kit" version 1 does not have/,
    );
    // The background checks each chunk itself too: a forged kit sent straight to it is refused.
    const target = await makeStore();
    const { runId } = await target.call('backup.restoreBegin', { mode: 'merge', file: { name: 'x', size: 1, exportedAt: '' }, total: 1 });
    const kit = canonicalJson({ ...testKit, id: 'evil', builtIn: true, archived: false });
    await expect(target.call('backup.restoreChunk', { runId, section: 'kits', first: 0, lines: [kit] })).rejects.toThrow(
      /The restore stopped: kits\[0\]: kit "evil" version 1 says it is built into Panelist/,
    );
    expect(await target.db.kits.get(['evil', 1])).toBeUndefined();
  });
});

describe('backups from earlier releases', () => {
  it('restore: the one-document layout with interviews and answers apart (format version 1)', async () => {
    const source = await populated();
    const rows = await snapshot(source);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    // Exactly what release 1 wrote: canonical JSON indented by 2, rows sorted by key.
    const v1 = `${canonicalJson(
      {
        format: 'panelist-backup',
        version: 1,
        exportedAt: '2025-01-06T09:00:00.000Z',
        kits: rows.kits,
        candidates: byId(rows.candidates),
        interviews: byId(rows.interviews),
        answers: byId(rows.answers),
        settings: rows.settings,
      },
      2,
    )}\n`;
    const target = await makeStore({ name: `${source.db.name}-v1` });
    const { preview } = await restoreInto(target, fileFrom(v1, 'panelist-backup-2025-01-06.json'), 'replace');
    expect(preview).toMatchObject({ header: { version: 1 }, counts: { kits: 2, candidates: 2, scorecards: 2, settings: 2 } });
    expect(await snapshot(target)).toEqual(rows);
    // An answer whose interview is not in the file is named as release 1 named it.
    const orphan = JSON.parse(v1);
    orphan.answers[0].interviewId = 'gone';
    await expect(restoreInto(target, fileFrom(JSON.stringify(orphan)), 'merge')).rejects.toThrow(
      /^answers\[0\]\.interviewId: no interview "gone"/,
    );
  });
});

describe('merging by revision', () => {
  /** This browser: a submitted, sealed scorecard. The backup: the same scorecard from before it was finished. */
  async function submittedHereOlderInBackup() {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 2 } });
    const { blob: older } = await backupOf(store);
    await completeScorecard(store, interview.id);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'close', patch: { notes: 'written after the backup' } });
    const submitted = await store.call('interviews.submit', { id: interview.id });
    return { store, id: interview.id, older, submitted };
  }

  it('an older backup never turns a submitted scorecard back into a draft, nor mixes its answers, and the preview says so', async () => {
    const { store, id, older, submitted } = await submittedHereOlderInBackup();
    const before = await snapshot(store);
    const preview = await previewOf(store, older, 'merge');
    expect(preview.summary.sections.scorecards).toEqual({ add: 0, take: 0, same: 0, keep: 1 });
    expect(preview.summary.notes).toEqual([
      { kind: 'kept-submitted', what: expect.objectContaining({ interviewId: id, candidate: 'Ana Lima', interviewer: 'Sam' }) },
    ]);
    await restoreInto(store, older, 'merge');
    expect(await snapshot(store)).toEqual(before);
    expect(await store.db.interviews.get(id)).toMatchObject({ status: 'submitted', seal: submitted.seal });
  });

  it('nor does a newer draft of it (reopened in another browser): the submitted one here stays, and the preview says so', async () => {
    const { store, id, submitted } = await submittedHereOlderInBackup();
    const elsewhere = await makeStore({ name: `${store.db.name}-elsewhere` });
    await restoreInto(elsewhere, (await backupOf(store)).blob, 'replace');
    await elsewhere.call('interviews.reopen', { id, reason: 'typo' });
    await elsewhere.call('answers.put', { interviewId: id, questionId: 'orm', patch: { score: 1 } });
    const { blob } = await backupOf(elsewhere);
    const { summary } = await restoreInto(store, blob, 'merge');
    expect(summary.noted).toEqual({ 'kept-submitted': 1 });
    expect(await store.db.interviews.get(id)).toEqual(submitted);
    expect((await store.db.answers.get(`${id}:orm`))!.score).toBe(5);
  });

  it('a newer scorecard in the backup replaces this one whole, answers and all', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { score: 4, notes: 'only here' } });
    const elsewhere = await makeStore({ name: `${store.db.name}-copy` });
    await restoreInto(elsewhere, (await backupOf(store)).blob, 'replace');
    // Both browsers go on from the same scorecard; the other one writes more.
    await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { score: 1 } });
    await completeScorecard(elsewhere, interview.id);
    await elsewhere.call('interviews.submit', { id: interview.id });
    const { blob } = await backupOf(elsewhere);
    const { summary } = await restoreInto(store, blob, 'merge');
    expect(summary.sections.scorecards).toMatchObject({ take: 1 });
    expect(await store.db.interviews.get(interview.id)).toEqual(await elsewhere.db.interviews.get(interview.id));
    expect(await store.db.answers.where('interviewId').equals(interview.id).sortBy('id')).toEqual(
      await elsewhere.db.answers.where('interviewId').equals(interview.id).sortBy('id'),
    );
  });

  it('a scorecard edited after it was sealed is named, and never replaces a submitted one here', async () => {
    const { store, id, submitted } = await submittedHereOlderInBackup();
    const { blob } = await backupOf(store);
    const tampered = await edited(blob, (b) => {
      const card = b.scorecards!.find((s) => (s.interview as { id: string }).id === id)!;
      (card.answers as { questionId: string; score: number }[]).find((a) => a.questionId === 'orm')!.score = 1;
      (card.interview as { revision: number }).revision += 5;
    });
    const fresh = await makeStore();
    const intoFresh = await previewOf(fresh, tampered, 'merge');
    expect(intoFresh.summary.noted).toEqual({ 'edited-after-submission': 1 });
    const here = await previewOf(store, tampered, 'merge');
    expect(here.summary.noted).toEqual({ 'edited-after-submission': 1, 'kept-sealed': 1 });
    await restoreInto(store, tampered, 'merge');
    expect(await store.db.interviews.get(id)).toEqual(submitted);
    expect((await store.db.answers.get(`${id}:orm`))!.score).toBe(5);
  });
});

describe('restoring in chunks', () => {
  async function many(count: number) {
    const store = await makeStore();
    for (let n = 0; n < count; n++) {
      store.clock.now += 1000;
      const { interview } = await startScreening(store, { candidateName: `Person ${n}` });
      await store.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { notes: `note ${n}` } });
    }
    return store;
  }

  it('sends bounded chunks, and a restore that stopped half-way says so until the same file is restored again', async () => {
    const source = await many(30);
    const { blob } = await backupOf(source);
    const target = await makeStore({ name: `${source.db.name}-target` });
    const sizes: number[] = [];
    const send = sendTo(target);
    const closedAfterFive: typeof send = (name, payload) => {
      if (name !== 'backup.restoreChunk') return send(name, payload);
      sizes.push((payload as { lines: string[] }).lines.length);
      return sizes.length > 5 ? Promise.reject(new Error('the tab was closed')) : send(name, payload);
    };
    const small = { chars: 64 * 1024, rows: 4 };
    await expect(restoreInto(target, blob, 'merge', closedAfterFive, small)).rejects.toThrow(/the tab was closed/);
    expect(Math.max(...sizes)).toBe(4);
    const journal = (await target.call('backup.journal', {}))!;
    expect(journal).toMatchObject({ state: 'running', mode: 'merge', total: 61 });
    expect(journal.written).toBeGreaterThan(0);
    expect(journal.written).toBeLessThan(journal.total);
    expect(await target.db.interviews.count()).toBeLessThan(30);

    await restoreInto(target, blob, 'merge', send, small);
    expect(await target.call('backup.journal', {})).toMatchObject({ state: 'done', written: 61 });
    expect(await target.db.interviews.count()).toBe(30);
  });

  it('refuses a chunk of a restore that is no longer running', async () => {
    const store = await makeStore();
    const first = await store.call('backup.restoreBegin', { mode: 'merge', file: { name: 'a', size: 1, exportedAt: '' }, total: 1 });
    await store.call('backup.restoreBegin', { mode: 'merge', file: { name: 'b', size: 1, exportedAt: '' }, total: 1 });
    await expect(
      store.call('backup.restoreChunk', { runId: first.runId, section: 'settings', first: 0, lines: ['{"key":"x","value":1}'] }),
    ).rejects.toThrow(/no longer the one running/);
    expect(await store.db.settings.get('x')).toBeUndefined();
  });

  it('leaves out a scorecard whose candidate it had already passed (started while it ran), so the file restores whole', async () => {
    const store = await many(3);
    // As if written after the backup had read the candidates: an interview for a candidate it never wrote.
    const { interview } = await startScreening(store, { candidateName: 'Arrived Late' });
    await store.db.candidates.delete(interview.candidateId);
    const { blob, counts, skipped } = await backupOf(store);
    expect([counts.scorecards, skipped]).toEqual([3, 1]);
    const target = await makeStore({ name: `${store.db.name}-target` });
    await restoreInto(target, blob, 'replace');
    expect(await target.db.interviews.count()).toBe(3);
  });
});
