import type { z } from 'zod';
import type { Answer, Candidate, Interview } from '../domain/interview/schema';
import type { Kit } from '../domain/kit/schema';
import {
  CSV_BOM,
  ITEM_COLUMNS,
  csvRow,
  interviewColumns,
  interviewRow,
  itemRows,
  scorecardFileName,
  type CsvCell,
  type ScorecardForExport,
} from '../domain/csv';
import { scoreInputFor, scoreInterview } from '../domain/scoring';
import { fileDay } from '../domain/format';
import type { requestSchemas } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { matchingInterviewIds } from './interview-filter';

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

/** Read one batch of scorecards in one read transaction. Ids that no longer exist are skipped. */
async function readBatch(ctx: StoreContext, ids: string[], kitCache: Map<string, KitRecord | undefined>): Promise<ScorecardForExport[]> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates, db.answers, db.kits], async () => {
    const interviews = (await db.interviews.bulkGet(ids)).filter((i): i is Interview => !!i);
    const candidates = await db.candidates.bulkGet(interviews.map((i) => i.candidateId));
    const answers = await db.answers
      .where('interviewId')
      .anyOf(interviews.map((i) => i.id))
      .toArray();
    const cards: ScorecardForExport[] = [];
    for (const [n, interview] of interviews.entries()) {
      const key = `${interview.kitId}@${interview.kitVersion}`;
      if (!kitCache.has(key)) kitCache.set(key, await db.kits.get([interview.kitId, interview.kitVersion]));
      const kit = kitCache.get(key);
      const candidate = candidates[n];
      if (!kit || !candidate) continue;
      cards.push(
        scorecard(
          kit,
          interview,
          candidate,
          answers.filter((a) => a.interviewId === interview.id),
        ),
      );
    }
    return cards;
  });
}

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
