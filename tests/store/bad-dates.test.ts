import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/domain/csv';
import { completeScorecard, makeStore, startScreening, type TestStore } from '../support/store';
import { backupOf, fileFrom, restoreInto, textOf } from '../support/backup';

/** What the store holds, to show that a refused request changed nothing. */
async function snapshot(store: TestStore) {
  const { db } = store;
  return { interviews: await db.interviews.toArray(), answers: await db.answers.toArray(), candidates: await db.candidates.toArray() };
}

describe('a moment out of range (1e300) cannot get in', () => {
  it('through a timer message: refused with its path, nothing stored', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store);
    const before = await snapshot(store);
    await expect(store.call('interviews.timer', { id: interview.id, event: { type: 'start', at: 1e300 } })).rejects.toThrow(
      /event\.at: expected a date between 1970 and 9999/,
    );
    await expect(
      store.call('interviews.flag', {
        id: interview.id,
        flag: { id: 'f', kind: 'red', text: 'late', roundElapsedMs: 0, raisedAt: 1e300 },
      }),
    ).rejects.toThrow(/flag\.raisedAt: expected a date/);
    expect(await snapshot(store)).toEqual(before);
  });

  it.each(['createdAt', 'startedAt'])(
    'through a backup restore (%s = 1e300): refused naming the record, nothing written',
    async (field) => {
      const source = await makeStore();
      const { interview } = await startScreening(source, { candidateName: 'From the backup' });
      await source.call('interviews.timer', { id: interview.id, event: { type: 'start', at: source.clock.now } });
      const text = await textOf((await backupOf(source)).blob);
      // Format 2 holds one record per line: the scorecard's line carries the interview first.
      const forged = text.replace(new RegExp(`("interview":\\{[^\\n]*?"${field}":)\\d+`), '$11e300');
      expect(forged).not.toBe(text);
      const target = await makeStore({ idPrefix: 'here' });
      await startScreening(target, { candidateName: 'Already here' });
      const before = await snapshot(target);
      for (const mode of ['merge', 'replace'] as const)
        await expect(restoreInto(target, fileFrom(forged), mode)).rejects.toThrow(
          new RegExp(`${field}: expected a date between 1970 and 9999`),
        );
      expect(await snapshot(target)).toEqual(before);
    },
  );

  it('a backup whose exportedAt is not a date is refused', async () => {
    const store = await makeStore();
    const text = await textOf((await backupOf(store)).blob);
    const forged = text.replace(/"exportedAt":"[^"]*"/, '"exportedAt":"yesterday"');
    await expect(restoreInto(store, fileFrom(forged), 'merge')).rejects.toThrow(/exportedAt/);
  });
});

describe('a bad moment already stored (written before the bounds) does not break exports', () => {
  async function withLegacyRecord() {
    const store = await makeStore();
    const good = await startScreening(store, { candidateName: 'Fine' });
    await completeScorecard(store, good.interview.id);
    const bad = await startScreening(store, { candidateName: 'Broken date' });
    // Straight into the database, as a record stored by an older build would be.
    await store.db.interviews.update(bad.interview.id, { createdAt: 1e300, startedAt: 1e300, submittedAt: 1e300 });
    return { store, good: good.interview.id, bad: bad.interview.id };
  }

  it.each(['items', 'interviews'] as const)('"export all" as %s writes every row; the bad date is an empty cell', async (shape) => {
    const { store, good, bad } = await withLegacyRecord();
    const { csv, filename } = await store.call('export.csv', { shape });
    expect(filename).toMatch(/^panelist-.*-all-2025-01-06\.csv$/);
    const { rows } = parseCsv(csv);
    expect(rows.filter((r) => r.interview_id === bad).every((r) => r.date === '')).toBe(true);
    expect(rows.find((r) => r.interview_id === good)!.date).toBe('2025-01-06T09:00:00.000Z');
  });

  it('the backup still exports', async () => {
    const { store } = await withLegacyRecord();
    const { counts, blob } = await backupOf(store);
    expect(counts.scorecards).toBe(2);
    expect(await textOf(blob)).toContain('"createdAt":1e+300');
  });
});
