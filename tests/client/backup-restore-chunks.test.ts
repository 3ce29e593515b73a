import { describe, expect, it } from 'vitest';
import { makeStore, startScreening } from '../support/store';
import { backupOf, restoreInto, sendTo } from '../support/backup';
import type { SendToStore } from '@/utils/client/backup-restore-task';

/**
 * The desk's page relays every restore chunk from the worker to the background in one task of its
 * main thread (which the in-call panel shares), and that task's cost grows with the chunk's text.
 * The worker's own limits must keep each chunk small, whatever the file's size.
 */
const RELAYED_AT_MOST = 512 * 1024;

describe('a restore through the page', () => {
  it('sends the page chunks of at most half a megabyte of text, and restores everything', async () => {
    const source = await makeStore();
    const note = 'A long note. '.repeat(8000);
    for (let n = 0; n < 14; n++) {
      source.clock.now += 1000;
      const { interview } = await startScreening(source, { candidateName: `Person ${n}` });
      await source.call('answers.put', { interviewId: interview.id, questionId: 'orm', patch: { notes: `${n}: ${note}` } });
    }
    const { blob } = await backupOf(source);
    expect(blob.size).toBeGreaterThan(1024 * 1024);

    const target = await makeStore({ name: `${source.db.name}-target` });
    const chunks: number[] = [];
    const send = sendTo(target);
    const counting: SendToStore = (name, payload) => {
      if (name === 'backup.restoreChunk') chunks.push((payload as { lines: string[] }).lines.reduce((n, line) => n + line.length, 0));
      return send(name, payload);
    };
    await restoreInto(target, blob, 'merge', counting);

    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(RELAYED_AT_MOST);
    expect(await target.db.interviews.count()).toBe(14);
    const notes = (await target.db.answers.toArray()).map((a) => a.notes).filter((text) => text.length > note.length);
    expect(notes).toHaveLength(14);
    expect(await target.call('backup.journal', {})).toMatchObject({ state: 'done' });
  });

  it('sends no chunk after the store refused one', async () => {
    const source = await makeStore();
    for (let n = 0; n < 30; n++) {
      source.clock.now += 1000;
      await startScreening(source, { candidateName: `Person ${n}` });
    }
    const { blob } = await backupOf(source);
    const target = await makeStore({ name: `${source.db.name}-target` });
    const send = sendTo(target);
    let chunks = 0;
    let sentAfterRefusal = 0;
    let refusedAt: number | null = null;
    const refusingThird: SendToStore = (name, payload) => {
      if (name !== 'backup.restoreChunk') return send(name, payload);
      chunks += 1;
      if (refusedAt !== null) sentAfterRefusal += 1;
      if (chunks !== 3) return send(name, payload);
      return new Promise((_, reject) =>
        setTimeout(() => {
          refusedAt = chunks;
          reject(new Error('refused'));
        }, 0),
      );
    };
    await expect(restoreInto(target, blob, 'merge', refusingThird, { chars: 64 * 1024, rows: 2 })).rejects.toThrow(/refused/);
    // Chunks sent before the refusal arrived were in flight; none is sent after it.
    expect(refusedAt).toBeGreaterThanOrEqual(3);
    expect(sentAfterRefusal).toBe(0);
    expect(await target.call('backup.journal', {})).toMatchObject({ state: 'running' });
  });
});
