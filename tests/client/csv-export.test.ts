import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSV_BOM, csvRow, parseCsv } from '@/utils/domain/csv';
import { AnswerSchema, InterviewSchema } from '@/utils/domain/interview/schema';
import { runInWorker, TaskCancelled } from '@/utils/client/worker-task';
import { exportCsvTask, type CsvExportInput, type CsvExportResult, type PieceMessage } from '@/utils/client/csv-export-task';
import { EXPORT_BATCH_SIZE } from '@/utils/store/export-csv';
import { completeScorecard, makeStore, startScreening, testKit, type TestStore } from '../support/store';
import { installWorkers } from '../support/workers';

/**
 * The desk's export now reads the store directly in a worker. It must write exactly the bytes the
 * desk wrote before, when it asked the background for 200 interviews at a time (`export.csv`) and
 * joined the parts: that path is reproduced here as the reference.
 */

const DESK_REQUEST_SIZE = 200;
const headerLine = (csv: string) => csv.slice(csv.startsWith(CSV_BOM) ? 1 : 0, csv.indexOf('\r\n'));

/** The desk's export as it was: ids from `interviews.ids`, oldest first, exported in requests of 200, parts joined under one header. */
async function todaysDeskFile(store: TestStore, shape: 'items' | 'interviews', ids: string[]): Promise<string> {
  const parts: string[] = [];
  for (let start = 0; start < ids.length; start += DESK_REQUEST_SIZE)
    parts.push((await store.call('export.csv', { shape, ids: ids.slice(start, start + DESK_REQUEST_SIZE) })).csv);
  const first = headerLine(parts[0]!);
  if (parts.every((part) => headerLine(part) === first))
    return [`${CSV_BOM}${first}\r\n`, ...parts.map((part) => part.slice(part.indexOf('\r\n') + 2))].join('');
  const tables = parts.map(parseCsv);
  const header: string[] = [];
  for (const table of tables) for (const column of table.header) if (!header.includes(column)) header.push(column);
  return [CSV_BOM + csvRow(header), ...tables.flatMap((t) => t.rows.map((row) => csvRow(header.map((c) => row[c] ?? ''))))].join('');
}

const bytes = async (blob: Blob | null) => new Uint8Array(await blob!.arrayBuffer());
const direct = (store: TestStore, input: Omit<CsvExportInput, 'database'>) =>
  exportCsvTask({ database: store.db.name, ...input }, () => {});

const otherKit = {
  ...testKit,
  id: 'other',
  title: 'Other',
  categories: [{ id: 'design', name: 'System Design', weightPct: 100, minScore: 3, notes: '' }],
  rounds: testKit.rounds.map((r) => ({ ...r, categoryIds: [] })),
};

let store: TestStore;

beforeAll(async () => {
  store = await makeStore({ kits: [testKit, otherKit] });
  // A few scorecards made the way the panel makes them: submitted, sealed, with awkward text.
  for (const name of ['José 李', 'Ana "Quote", Lima', '=cmd|calc']) {
    store.clock.now += 60_000;
    const { interview } = await startScreening(store, { candidateName: name });
    await completeScorecard(store, interview.id);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { notes: 'line 1\r\nline 2, "quoted"' } });
    await store.call('interviews.submit', { id: interview.id });
  }
  // Then enough for several batches, over two kits (different category columns) and shared dates.
  const { interview, candidate } = await startScreening(store, { candidateName: 'Bulk Person' });
  const many = Array.from({ length: 2 * EXPORT_BATCH_SIZE + 37 }, (_, n) =>
    InterviewSchema.parse({
      ...interview,
      id: `bulk-${String((n * 7) % 1000).padStart(4, '0')}`,
      candidateId: candidate.id,
      kitId: n % 4 === 3 ? 'other' : 'test-kit',
      status: n % 3 ? 'draft' : 'submitted',
      createdAt: interview.createdAt + Math.floor(n / 2) + 1,
      flags: n % 5 ? [] : [{ id: 'f', kind: 'red', text: '-5 minutes late', roundElapsedMs: 61_000, raisedAt: 1 }],
    }),
  );
  await store.db.interviews.bulkPut(many);
  await store.db.answers.bulkPut(
    many.flatMap((i, n) =>
      ['orm', 'intro'].map((q) =>
        AnswerSchema.parse({ id: `${i.id}:${q}`, interviewId: i.id, questionId: q, score: 1 + (n % 5), notes: `n${n}`, updatedAt: 1 }),
      ),
    ),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the direct-read CSV export', () => {
  it('writes byte for byte the file the desk wrote through the background, in both layouts', async () => {
    const all = (await store.call('interviews.ids', {})).reverse();
    expect(all.length).toBeGreaterThan(2 * DESK_REQUEST_SIZE);
    for (const shape of ['items', 'interviews'] as const) {
      const result = await direct(store, { shape, filter: {} });
      expect([shape, await bytes(result.blob)]).toEqual([shape, new TextEncoder().encode(await todaysDeskFile(store, shape, all))]);
      expect(result.interviews).toBe(all.length);
      expect(result.rows).toBe(parseCsv(await result.blob!.text()).rows.length);
    }
    // The interviews layout of two kits really is the union of their columns.
    expect(parseCsv(await (await direct(store, { shape: 'interviews', filter: {} })).blob!.text()).header).toEqual(
      expect.arrayContaining(['score_django', 'score_comms', 'score_design']),
    );
  });

  it('does the same for a filter and for a selection in the order it was picked', async () => {
    const submitted = (await store.call('interviews.ids', { status: 'submitted' })).reverse();
    const picked = [submitted[5]!, submitted[0]!, submitted[99]!];
    for (const shape of ['items', 'interviews'] as const) {
      expect(await bytes((await direct(store, { shape, filter: { status: 'submitted' } })).blob)).toEqual(
        new TextEncoder().encode(await todaysDeskFile(store, shape, submitted)),
      );
      expect(await bytes((await direct(store, { shape, ids: picked })).blob)).toEqual(
        new TextEncoder().encode(await todaysDeskFile(store, shape, picked)),
      );
    }
    expect(await direct(store, { shape: 'items', filter: { candidateId: 'nobody' } })).toEqual({ blob: null, interviews: 0, rows: 0 });
  });

  it('built in parts side by side, or streamed piece by piece, the pieces joined are the same file', async () => {
    for (const shape of ['items', 'interviews'] as const) {
      const whole = await bytes((await direct(store, { shape, filter: {} })).blob);
      const parts = await Promise.all([0, 1, 2].map((index) => direct(store, { shape, filter: {}, part: { index, of: 3 } })));
      expect(await bytes(new Blob(parts.map((p) => p.blob!)))).toEqual(whole);
      expect(parts.reduce((n, p) => n + p.rows, 0)).toBe(parseCsv(new TextDecoder().decode(whole)).rows.length);
      // Streamed: pieces arrive on the port in order, then the end; no Blob comes back.
      const channel = new MessageChannel();
      const pieces: Blob[] = [];
      const ended = new Promise<void>((resolve) => {
        channel.port1.onmessage = (event: MessageEvent<PieceMessage>) => {
          if ('piece' in event.data) pieces.push(event.data.piece);
          else resolve();
        };
      });
      const streamed = await exportCsvTask(
        { database: store.db.name, shape, filter: {}, part: { index: 1, of: 2 }, pieces: channel.port2 },
        () => {},
      );
      await ended;
      channel.port1.close();
      expect(streamed.blob).toBeNull();
      const second = await direct(store, { shape, filter: {}, part: { index: 1, of: 2 } });
      expect(await bytes(new Blob(pieces))).toEqual(await bytes(second.blob));
    }
  });

  it('cancelled, ends the worker and hands nothing back, so nothing is downloaded', async () => {
    const workers = installWorkers();
    const controller = new AbortController();
    const progress: number[] = [];
    const running = runInWorker<CsvExportInput, CsvExportResult>(
      () => new Worker(new URL('csv-export.worker.ts', 'file:///')),
      { database: store.db.name, shape: 'items', filter: {} },
      {
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done > 0) controller.abort();
        },
      },
    );
    await expect(running).rejects.toBeInstanceOf(TaskCancelled);
    expect(progress.at(-1)).toBe(EXPORT_BATCH_SIZE);
    expect(workers.map((w) => [w.name, w.terminated])).toEqual([['csv-export.worker.ts', true]]);
  });
});
