import type { z } from 'zod';
import type { Answer, Candidate, Interview } from '../domain/interview/schema';
import type { Kit } from '../domain/kit/schema';
import {
  CSV_BOM,
  ITEM_COLUMNS,
  csvRow,
  csvRows,
  interviewColumns,
  interviewRow,
  itemRows,
  scorecardFileName,
  scorecardRows,
  sealedRows,
  type CsvCell,
  type ScorecardForExport,
} from '../domain/csv';
import { scoreInputFor, scoreInterview } from '../domain/scoring';
import { fileDay } from '../domain/format';
import { sha256HexMany } from '../domain/seal';
import type { requestSchemas } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { matchingInterviewIds } from './interview-filter';
import { answersOf } from './interviews';
import { readCards, type ReadCaches } from './export-read';
import { kitKey } from './kits';

type ExportPayload = z.output<(typeof requestSchemas)['export.csv']>;

/** Interviews read per transaction: small enough that exporting 10,000 never holds one long transaction. */
export const EXPORT_BATCH_SIZE = 200;

function scorecard(kit: Kit, interview: Interview, candidate: Candidate, answers: Answer[]): ScorecardForExport {
  const scores = scoreInterview(scoreInputFor(kit, interview, answers));
  return {
    interview,
    candidate,
    kit,
    answers,
    categoryScores: Object.fromEntries(scores.categories.map((c) => [c.categoryId, c.score])),
    weightedTotal: scores.weightedTotal,
    meetsThreshold: scores.meetsThreshold,
    failedMinimums: scores.failedMinimums,
  };
}

async function exportIds(ctx: StoreContext, payload: ExportPayload): Promise<string[]> {
  if (payload.ids) return payload.ids;
  if (payload.filter) return (await matchingInterviewIds(ctx, payload.filter)).reverse();
  return (await ctx.db.interviews.orderBy('createdAt').primaryKeys()) as string[];
}

/**
 * Read one batch of scorecards in one read transaction: the interviews, their candidates, each
 * one's answers as a primary-key range and each kit version once. Ids that no longer exist (or
 * whose candidate or kit is gone) are skipped.
 */
export function readBatch(
  ctx: StoreContext,
  ids: readonly string[],
  kitCache: Map<string, KitRecord | undefined>,
): Promise<ScorecardForExport[]> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates, db.answers, db.kits], () =>
    db.interviews.bulkGet([...ids]).then((found) => {
      const interviews = found.filter((i): i is Interview => !!i);
      const missing = [...new Set(interviews.map((i) => kitKey(i.kitId, i.kitVersion)))].filter((key) => !kitCache.has(key));
      return Promise.all([
        db.candidates.bulkGet(interviews.map((i) => i.candidateId)),
        answersOf(
          ctx,
          interviews.map((i) => i.id),
        ),
        db.kits.bulkGet(missing.map((key) => splitKitKey(key))),
      ]).then(([candidates, answers, kits]) => {
        missing.forEach((key, n) => kitCache.set(key, kits[n]));
        return interviews.flatMap((interview, n) => {
          const kit = kitCache.get(kitKey(interview.kitId, interview.kitVersion));
          const candidate = candidates[n];
          return kit && candidate ? [scorecard(kit, interview, candidate, answers[n]!)] : [];
        });
      });
    }),
  );
}

const splitKitKey = (key: string): [string, number] => {
  const at = key.lastIndexOf('@');
  return [key.slice(0, at), Number(key.slice(at + 1))];
};

/**
 * One scorecard, a filtered set or everything, as CSV in either shape. Interview rows of
 * different kits carry different category columns, so that header is the union in first-seen
 * order and each row is laid out by column name.
 */
export async function exportCsv(ctx: StoreContext, payload: ExportPayload): Promise<{ filename: string; csv: string; rows: number }> {
  const ids = await exportIds(ctx, payload);
  const kitCache = new Map<string, KitRecord | undefined>();
  const body: string[] = [];
  const header: string[] = payload.shape === 'items' ? [...ITEM_COLUMNS] : [];
  const interviewRecords: Record<string, CsvCell>[] = [];
  let only: ScorecardForExport | undefined;
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
    for (const card of await readBatch(ctx, ids.slice(start, start + EXPORT_BATCH_SIZE), kitCache)) {
      if (payload.ids?.length === 1) only = card;
      if (payload.shape === 'items') {
        for (const row of itemRows(card)) body.push(csvRow(row));
      } else {
        const columns = interviewColumns(card.kit);
        const cells = interviewRow(card);
        for (const column of columns) if (!header.includes(column)) header.push(column);
        interviewRecords.push(Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
      }
    }
  }
  if (payload.shape === 'interviews') for (const record of interviewRecords) body.push(csvRow(header.map((c) => record[c])));
  const day = fileDay(ctx.now());
  const scope = payload.ids || payload.filter ? 'selection' : 'all';
  // One scorecard is named after whose it is; a set after what was asked for and when.
  const filename = only ? scorecardFileName(payload.shape, only) : `panelist-${payload.shape}-${scope}-${day}.csv`;
  return { filename, csv: CSV_BOM + csvRow(header) + body.join(''), rows: body.length };
}

/**
 * The interviews layout's header for these interviews: the union of their kits' columns in the
 * order the kits are first met, exactly as `exportCsv` builds it. Reads the interviews only (a
 * candidate only where an interview is the first of its kit version), never their answers.
 */
async function interviewsHeader(ctx: StoreContext, ids: readonly string[], kitCache: Map<string, KitRecord | undefined>) {
  const { db } = ctx;
  const header: string[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
    const interviews = (await db.interviews.bulkGet(ids.slice(start, start + EXPORT_BATCH_SIZE))).filter((i): i is Interview => !!i);
    for (const interview of interviews) {
      const key = kitKey(interview.kitId, interview.kitVersion);
      if (seen.has(key)) continue;
      if (!kitCache.has(key)) kitCache.set(key, await db.kits.get([interview.kitId, interview.kitVersion]));
      const kit = kitCache.get(key);
      // A card is only exported with its candidate and kit; the first one that is fixes the kit's place.
      if (!kit || !(await db.candidates.get(interview.candidateId))) continue;
      seen.add(key);
      for (const column of interviewColumns(kit)) if (!header.includes(column)) header.push(column);
    }
  }
  return header;
}

/** An interviews-layout row laid out under the file's header, by column name. */
function underHeader(header: readonly string[], columns: readonly string[], cells: readonly CsvCell[]): CsvCell[] {
  const record = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
  return header.map((c) => record[c]);
}

/**
 * One batch of scorecards as CSV text. Their seals are hashed together, through Web Crypto where
 * there is one (`sha256HexMany`): the same cells `itemRows` and `interviewRow` give.
 */
async function batchText(cards: readonly ScorecardForExport[], shape: 'items' | 'interviews', header: readonly string[]) {
  const built = cards.map((card) => scorecardRows(card, shape));
  const hashes = await sha256HexMany(built.flatMap(({ seal }) => (seal ? [seal.storeText, seal.fileText] : [])));
  const texts: string[] = [];
  let at = 0;
  let count = 0;
  for (const rows of built) {
    const sealed = sealedRows(rows, rows.seal ? { store: hashes[at++]!, file: hashes[at++]! } : undefined);
    texts.push(shape === 'items' ? csvRows(sealed) : csvRows(sealed.map((row) => underHeader(header, rows.columns, row))));
    count += sealed.length;
  }
  // One text per interview, not joined: a batch's joined text (megabytes) would be one more large string to collect.
  return { texts, rows: count };
}

/**
 * The same file as `exportCsv` gives for these ids (oldest first), written a batch at a time to
 * `write` instead of returned: no more than two batches of scorecards and one batch's text are
 * ever held, so a file of any size can be streamed to disk or into a Blob. The next batch is read
 * while this one is written. Resolves with the number of rows.
 *
 * `part` writes a stretch of a larger file instead (workers build a file's parts side by side):
 * its rows for `ids`, under the header of all of `fileIds`, which only the first part writes.
 */
export async function writeCsv(
  ctx: StoreContext,
  ids: readonly string[],
  shape: 'items' | 'interviews',
  write: (text: string) => void | Promise<void>,
  onProgress: (done: number, total: number) => void = () => {},
  part: { first: boolean; fileIds: readonly string[] } = { first: true, fileIds: ids },
): Promise<number> {
  const kitCache = new Map<string, KitRecord | undefined>();
  const header = shape === 'items' ? [...ITEM_COLUMNS] : await interviewsHeader(ctx, part.fileIds, kitCache);
  if (part.first) await write(CSV_BOM + csvRow(header));
  let rows = 0;
  onProgress(0, ids.length);
  const caches: ReadCaches = { kits: kitCache, candidates: new Map() };
  const read = (start: number) =>
    readCards(ctx, ids.slice(start, start + EXPORT_BATCH_SIZE), caches).then((records) =>
      records.map(({ kit, interview, candidate, answers }) => scorecard(kit, interview, candidate, answers)),
    );
  let next = read(0);
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
    const cards = await next;
    if (start + EXPORT_BATCH_SIZE < ids.length) {
      next = read(start + EXPORT_BATCH_SIZE);
      // Awaited on the next turn; if this batch fails first, its failure is the one reported.
      next.catch(() => undefined);
    }
    const batch = await batchText(cards, shape, header);
    rows += batch.rows;
    for (const text of batch.texts) await write(text);
    onProgress(Math.min(start + EXPORT_BATCH_SIZE, ids.length), ids.length);
  }
  return rows;
}

/** The ids an export covers, oldest first (as a spreadsheet reads): the ones given, or those the filter matches. */
export async function exportScopeIds(
  ctx: StoreContext,
  scope: { ids?: readonly string[]; filter?: Parameters<typeof matchingInterviewIds>[1] },
) {
  if (scope.ids) return [...scope.ids];
  return (await matchingInterviewIds(ctx, scope.filter ?? {})).reverse();
}
