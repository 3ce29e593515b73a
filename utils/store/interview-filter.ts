import type { Collection, InsertType } from 'dexie';
import type { Interview } from '../domain/interview/schema';
import type { z } from 'zod';
import type { InterviewFilterSchema } from '../protocol';
import type { StoreContext } from './context';

/**
 * The one interview filter every list uses (history, the popup, the start screen, exports), built
 * to read only what it shows however many interviews are stored (database.ts version 4):
 *
 * - Each criterion is a *source*: a range (or a few ranges) of a compound index that ends in
 *   `createdAt`, so its interviews come out in date order and the date filter is part of the range
 *   (candidate, status, kit, kit and round, interviewer, and the candidates a name search finds).
 * - With one source (or none: the `createdAt` index itself), a page is a reverse cursor over just
 *   that page and the total is the index's own count.
 * - With several, the smallest (by index count) drives the order and the others are key sets it
 *   is checked against: keys only, never whole rows. Only the page's rows are ever read in full.
 *
 * Written as Dexie promise chains rather than nested async functions: a live query's read
 * transaction commits early if its awaits chain through too many native promises.
 */

export type InterviewFilterValue = z.output<typeof InterviewFilterSchema>;
export type InterviewMatch = Omit<InterviewFilterValue, 'offset' | 'limit'>;
type InterviewCollection = Collection<Interview, string, InsertType<Interview, 'id'>>;

/** A name search that finds more candidates than this reads their interviews as one key set instead of one range each. */
const MANY_CANDIDATES = 200;

interface Source {
  /** Ranges of one index in createdAt order; their union is this criterion's matches. Empty: nothing matches. */
  ranges: InterviewCollection[];
  /** The roundId criterion without a kit has no date-ordered index: it can only be checked against. */
  unordered?: InterviewCollection;
}

const asIds = (keys: unknown[]) => keys as string[];

function bounds(filter: InterviewMatch): [number, number] {
  return [filter.from ?? -Infinity, filter.to ?? Infinity];
}

/** The range of interviews with these leading index values, in createdAt order, within the filter's dates. */
function dated(ctx: StoreContext, filter: InterviewMatch, fields: string[], values: string[]): InterviewCollection {
  const [from, to] = bounds(filter);
  const { interviews } = ctx.db;
  if (fields.length === 0) return interviews.where('createdAt').between(from, to, true, true);
  return interviews.where(`[${[...fields, 'createdAt'].join('+')}]`).between([...values, from], [...values, to], true, true);
}

/** Every source the filter names (the name search and the interviewer look up their keys first). */
function sources(ctx: StoreContext, filter: InterviewMatch): Promise<Source[]> {
  const { interviews, candidates } = ctx.db;
  const out: (Source | Promise<Source>)[] = [];
  if (filter.candidateId) out.push({ ranges: [dated(ctx, filter, ['candidateId'], [filter.candidateId])] });
  if (filter.kitId && filter.roundId) out.push({ ranges: [dated(ctx, filter, ['kitId', 'roundId'], [filter.kitId, filter.roundId])] });
  else if (filter.kitId) out.push({ ranges: [dated(ctx, filter, ['kitId'], [filter.kitId])] });
  else if (filter.roundId) out.push({ ranges: [], unordered: interviews.where('roundId').equals(filter.roundId) });
  if (filter.status) out.push({ ranges: [dated(ctx, filter, ['status'], [filter.status])] });
  const needle = filter.search?.trim().toLowerCase();
  if (needle)
    out.push(
      // Candidates are read whole (one getAll; a cursor with a filter would step row by row).
      candidates.toArray().then((all) => ({
        ranges: all.filter((c) => c.name.toLowerCase().includes(needle)).map((c) => dated(ctx, filter, ['candidateId'], [c.id])),
      })),
    );
  const who = filter.interviewer?.trim().toLowerCase();
  if (who)
    // Interviewer names are few: the spellings come from the index's distinct keys.
    out.push(
      interviews
        .orderBy('interviewer')
        .uniqueKeys()
        .then((names) => ({
          ranges: asIds(names)
            .filter((name) => name.toLowerCase() === who)
            .map((name) => dated(ctx, filter, ['interviewer'], [name])),
        })),
    );
  return Promise.all(out);
}

function sourceCount(source: Source): Promise<number> {
  if (source.unordered) return source.unordered.count();
  return Promise.all(source.ranges.map((range) => range.count())).then((counts) => counts.reduce((a, b) => a + b, 0));
}

/** Newest first: createdAt descending, then id descending (a reverse walk of a createdAt index). */
const newestFirst = (a: [number, string], b: [number, string]) => b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0);

/** A source's interview ids, newest first: keys only (one getAllKeys, or a key cursor per range when there are several). */
function orderedIds(source: Source): Promise<string[]> {
  if (source.ranges.length === 1) return source.ranges[0]!.primaryKeys().then((ids) => asIds(ids).reverse());
  const pairs: [number, string][] = [];
  return Promise.all(
    source.ranges.map((range) =>
      range.eachKey((key, cursor) => {
        pairs.push([(key as unknown[]).at(-1) as number, cursor.primaryKey as string]);
      }),
    ),
  ).then(() => pairs.sort(newestFirst).map((p) => p[1]));
}

function idSet(source: Source): Promise<Set<string>> {
  if (source.unordered) return source.unordered.primaryKeys().then((ids) => new Set(asIds(ids)));
  return Promise.all(source.ranges.map((range) => range.primaryKeys())).then((lists) => new Set(asIds(lists.flat())));
}

/** How one filter is answered: straight from one range, or by the smallest source checked against the others. */
export type InterviewPlan =
  { kind: 'range'; range: InterviewCollection; whole?: boolean } | { kind: 'ids'; driving: Source; others: Source[] };

export function planFilter(ctx: StoreContext, filter: InterviewMatch): Promise<InterviewPlan> {
  return sources(ctx, filter).then((found): InterviewPlan | Promise<InterviewPlan> => {
    // No criterion at all: every interview, counted by the table itself (an index count walks every entry).
    if (found.length === 0)
      return { kind: 'range', range: dated(ctx, filter, [], []), whole: filter.from === undefined && filter.to === undefined };
    if (found.length === 1 && found[0]!.ranges.length === 1) return { kind: 'range', range: found[0]!.ranges[0]! };
    return Promise.all(found.map(sourceCount)).then((counts) => {
      // A name search over many candidates is cheaper as one key set checked against the dates.
      const byDate: Source = { ranges: [dated(ctx, filter, [], [])] };
      const orderable = found.map((s, i) => ({ s, n: counts[i]! })).filter(({ s }) => !s.unordered && s.ranges.length <= MANY_CANDIDATES);
      if (orderable.length === 0) return { kind: 'ids', driving: byDate, others: found };
      const driving = orderable.reduce((best, next) => (next.n < best.n ? next : best)).s;
      return { kind: 'ids', driving, others: found.filter((s) => s !== driving) };
    });
  });
}

/** Ids of the plan's interviews, newest first. */
export function plannedIds(plan: InterviewPlan): Promise<string[]> {
  if (plan.kind === 'range') return plan.range.primaryKeys().then((ids) => asIds(ids).reverse());
  if (plan.driving.ranges.length === 0) return Promise.resolve([]);
  return Promise.all([orderedIds(plan.driving), Promise.all(plan.others.map(idSet))]).then(([ids, sets]) =>
    sets.length === 0 ? ids : ids.filter((id) => sets.every((s) => s.has(id))),
  );
}

/** One page of the plan's interviews, newest first: a reverse cursor over just the page, or the page's ids read by key. */
export function plannedSlice(plan: InterviewPlan, offset: number, limit: number, ctx: StoreContext): Promise<Interview[]> {
  if (plan.kind === 'range') return plan.range.clone().reverse().offset(offset).limit(limit).toArray();
  return plannedIds(plan).then((ids) =>
    ctx.db.interviews.bulkGet(ids.slice(offset, offset + limit)).then((rows) => rows.filter((i): i is Interview => !!i)),
  );
}

/** How many interviews the plan matches: the table's or the range's own count, or the checked ids. */
export function plannedTotal(plan: InterviewPlan, ctx: StoreContext): Promise<number> {
  if (plan.kind === 'range') return plan.whole ? ctx.db.interviews.count() : plan.range.clone().count();
  return plannedIds(plan).then((ids) => ids.length);
}

/** One page of the plan's interviews, newest first, with how many match in all. Only the page's rows are read. */
export function plannedPage(
  plan: InterviewPlan,
  offset: number,
  limit: number,
  ctx: StoreContext,
): Promise<{ page: Interview[]; total: number }> {
  if (plan.kind === 'range')
    return Promise.all([plannedSlice(plan, offset, limit, ctx), plannedTotal(plan, ctx)]).then(([page, total]) => ({ page, total }));
  return plannedIds(plan).then((ids) =>
    ctx.db.interviews
      .bulkGet(ids.slice(offset, offset + limit))
      .then((rows) => ({ page: rows.filter((i): i is Interview => !!i), total: ids.length })),
  );
}

/** Ids of the interviews that pass every criterion, newest first (call inside a read transaction or alone). */
export function matchingInterviewIds(ctx: StoreContext, filter: InterviewMatch): Promise<string[]> {
  return planFilter(ctx, filter).then(plannedIds);
}

/** Ids of the matching interviews, newest first. */
export function interviewIds(ctx: StoreContext, filter: InterviewMatch): Promise<string[]> {
  const { db } = ctx;
  // The scope must itself be an async function: that is how Dexie follows the awaits inside it.
  return db.transaction('r', [db.interviews, db.candidates], async () => await matchingInterviewIds(ctx, filter));
}
