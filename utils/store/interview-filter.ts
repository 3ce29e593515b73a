import type { Collection, InsertType } from 'dexie';
import type { Interview } from '../domain/interview/schema';
import type { z } from 'zod';
import type { InterviewFilterSchema } from '../protocol';
import type { StoreContext } from './context';

/**
 * The one interview filter every list uses (history, the popup, the start screen, exports),
 * built to stay quick with tens of thousands of interviews: the date
 * range (and status) are read as keys from an index in createdAt order; every other criterion
 * is answered from its own index as a set of keys, so only the interviews on the page shown
 * are ever read in full, and only their answers are loaded (to score that page). (Reading keys
 * and slicing also beats a cursor offset, which walks every skipped row.)
 */

export type InterviewFilterValue = z.output<typeof InterviewFilterSchema>;
export type InterviewMatch = Omit<InterviewFilterValue, 'offset' | 'limit'>;
type InterviewCollection = Collection<Interview, string, InsertType<Interview, 'id'>>;

function dateOrdered(ctx: StoreContext, filter: InterviewMatch): InterviewCollection {
  const { interviews } = ctx.db;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  return filter.status
    ? interviews.where('[status+createdAt]').between([filter.status, from], [filter.status, to], true, true)
    : interviews.where('createdAt').between(from, to, true, true);
}

const asIds = (keys: unknown[]) => keys as string[];

/**
 * Interview ids allowed by each remaining criterion, read from indexes (keys only), all at once.
 * Written as Dexie promise chains rather than nested async functions: a live query's read
 * transaction commits early if its awaits chain through too many native promises.
 */
function keySets(ctx: StoreContext, filter: InterviewMatch): Promise<Set<string>[]> {
  const { interviews, candidates } = ctx.db;
  const reads: Promise<string[]>[] = [];
  if (filter.candidateId) reads.push(interviews.where('candidateId').equals(filter.candidateId).primaryKeys().then(asIds));
  const needle = filter.search?.trim().toLowerCase();
  if (needle)
    reads.push(
      candidates
        .filter((c) => c.name.toLowerCase().includes(needle))
        .primaryKeys()
        .then((named) => interviews.where('candidateId').anyOf(asIds(named)).primaryKeys())
        .then(asIds),
    );
  if (filter.kitId) reads.push(interviews.where('kitId').equals(filter.kitId).primaryKeys().then(asIds));
  if (filter.roundId) reads.push(interviews.where('roundId').equals(filter.roundId).primaryKeys().then(asIds));
  const who = filter.interviewer?.trim().toLowerCase();
  if (who)
    // Interviewer names are few: pick the spellings from the index's distinct keys, then read their
    // interviews' keys, one equals() per spelling (a single range read each, where anyOf() would hop key by key).
    reads.push(
      interviews
        .orderBy('interviewer')
        .uniqueKeys()
        .then((names) =>
          Promise.all(
            asIds(names)
              .filter((name) => name.toLowerCase() === who)
              .map((name) => interviews.where('interviewer').equals(name).primaryKeys().then(asIds)),
          ),
        )
        .then((lists) => lists.flat()),
    );
  return Promise.all(reads).then((lists) => lists.map((ids) => new Set(ids)));
}

/** Ids of the interviews that pass every criterion, newest first (call inside a read transaction or alone). */
export function matchingInterviewIds(ctx: StoreContext, filter: InterviewMatch): Promise<string[]> {
  return Promise.all([keySets(ctx, filter), dateOrdered(ctx, filter).reverse().primaryKeys().then(asIds)]).then(([sets, ordered]) =>
    sets.length === 0 ? ordered : ordered.filter((id) => sets.every((s) => s.has(id))),
  );
}

/** Ids of the matching interviews, newest first. */
export function interviewIds(ctx: StoreContext, filter: InterviewMatch): Promise<string[]> {
  const { db } = ctx;
  // The scope must itself be an async function: that is how Dexie follows the awaits inside it.
  return db.transaction('r', [db.interviews, db.candidates], async () => await matchingInterviewIds(ctx, filter));
}
