import type { Collection, InsertType } from 'dexie';
import type { Interview } from '../domain/interview/schema';
import type { Kit } from '../domain/kit/schema';
import type { CandidateRow, CandidateScorecards, HistoryRow } from '../protocol';
import { scoreInputFor, scoreInterview } from '../domain/scoring';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { notFound } from './errors';
import type { InterviewFilterValue } from './interviews';

/**
 * History for the desk, built to stay quick with tens of thousands of interviews: the date
 * range (and status) are read as keys from an index in createdAt order; every other criterion
 * is answered from its own index as a set of keys, so only the interviews on the page shown
 * are ever read in full, and only their answers are loaded (to score that page). (Reading keys
 * and slicing also beats a cursor offset, which walks every skipped row.)
 */

export type HistoryFilter = Omit<InterviewFilterValue, 'offset' | 'limit'>;
type InterviewCollection = Collection<Interview, string, InsertType<Interview, 'id'>>;

function dateOrdered(ctx: StoreContext, filter: HistoryFilter): InterviewCollection {
  const { interviews } = ctx.db;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  return filter.status
    ? interviews.where('[status+createdAt]').between([filter.status, from], [filter.status, to], true, true)
    : interviews.where('createdAt').between(from, to, true, true);
}

/** Interview ids allowed by each remaining criterion, read from indexes (keys only). */
async function keySets(ctx: StoreContext, filter: HistoryFilter): Promise<Set<string>[]> {
  const { interviews, candidates } = ctx.db;
  const sets: Set<string>[] = [];
  const keys = async (collection: InterviewCollection) => sets.push(new Set((await collection.primaryKeys()) as string[]));
  if (filter.candidateId) await keys(interviews.where('candidateId').equals(filter.candidateId));
  const needle = filter.search?.trim().toLowerCase();
  if (needle) {
    const named = (await candidates.filter((c) => c.name.toLowerCase().includes(needle)).primaryKeys()) as string[];
    await keys(interviews.where('candidateId').anyOf(named));
  }
  if (filter.kitId) await keys(interviews.where('kitId').equals(filter.kitId));
  if (filter.roundId) await keys(interviews.where('roundId').equals(filter.roundId));
  const who = filter.interviewer?.trim().toLowerCase();
  if (who) {
    // Interviewer names are few: pick the spellings from the index's distinct keys, then read their interviews' keys.
    const names = ((await interviews.orderBy('interviewer').uniqueKeys()) as string[]).filter((name) => name.toLowerCase() === who);
    const matched = new Set<string>();
    // One equals() per spelling: a single range read each, where anyOf() would hop key by key.
    for (const name of names)
      for (const id of (await interviews.where('interviewer').equals(name).primaryKeys()) as string[]) matched.add(id);
    sets.push(matched);
  }
  return sets;
}

/** Ids of the interviews that pass every criterion, newest first (call inside a read transaction or alone). */
export async function matchingInterviewIds(ctx: StoreContext, filter: HistoryFilter): Promise<string[]> {
  const sets = await keySets(ctx, filter);
  const ordered = (await dateOrdered(ctx, filter).reverse().primaryKeys()) as string[];
  return sets.length === 0 ? ordered : ordered.filter((id) => sets.every((s) => s.has(id)));
}

/** Ids of the matching interviews, newest first. */
export async function historyIds(ctx: StoreContext, filter: HistoryFilter): Promise<string[]> {
  const { db } = ctx;
  // The scope must itself be an async function: that is how Dexie follows the awaits inside it.
  return db.transaction('r', [db.interviews, db.candidates], async () => await matchingInterviewIds(ctx, filter));
}

const kitKey = (id: string, version: number) => `${id}@${version}`;

async function kitsByVersion(ctx: StoreContext): Promise<Map<string, KitRecord>> {
  return new Map((await ctx.db.kits.toArray()).map((k) => [kitKey(k.id, k.version), k]));
}

/** One page of history, newest first, with the total matching for the pager. */
export async function historyPage(ctx: StoreContext, filter: InterviewFilterValue): Promise<{ rows: HistoryRow[]; total: number }> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates, db.answers, db.kits], async () => {
    // Keys only for the whole match (cheap even at 10,000), then the page's rows in full.
    const ids = await matchingInterviewIds(ctx, filter);
    const page = (await db.interviews.bulkGet(ids.slice(filter.offset, filter.offset + filter.limit))).filter((i): i is Interview => !!i);
    const total = ids.length;
    const [candidates, answers, kits] = await Promise.all([
      db.candidates.bulkGet(page.map((i) => i.candidateId)),
      db.answers
        .where('interviewId')
        .anyOf(page.map((i) => i.id))
        .toArray(),
      kitsByVersion(ctx),
    ]);
    const rows = page.flatMap((interview, n): HistoryRow[] => {
      const candidate = candidates[n];
      if (!candidate) return [];
      const kit = kits.get(kitKey(interview.kitId, interview.kitVersion));
      const mine = answers.filter((a) => a.interviewId === interview.id);
      return [
        {
          interview,
          candidate,
          kitTitle: kit?.title ?? interview.kitId,
          roundTitle: kit?.rounds.find((r) => r.id === interview.roundId)?.title ?? interview.roundId,
          decisionLabel: kit?.decisionOptions.find((d) => d.id === interview.decisionId)?.label ?? interview.decisionId ?? '',
          weightedTotal: kit ? scoreInterview(scoreInputFor(kit, interview, mine)).weightedTotal : null,
        },
      ];
    });
    return { rows, total };
  });
}

/** Everyone who has run an interview here, for the interviewer filter (one entry per name, ignoring case). */
export async function historyInterviewers(ctx: StoreContext): Promise<string[]> {
  const names = (await ctx.db.interviews.orderBy('interviewer').uniqueKeys()) as string[];
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

const candidateRange = (id: string) =>
  [
    [id, -Infinity],
    [id, Infinity],
  ] as const;

/** Candidates by name, a page at a time, each with their number of interviews and the latest one's date. */
export async function candidatePage(
  ctx: StoreContext,
  query: { search?: string; offset: number; limit: number },
): Promise<{ rows: CandidateRow[]; total: number }> {
  const { db } = ctx;
  return db.transaction('r', [db.candidates, db.interviews], async () => {
    const needle = query.search?.trim().toLowerCase();
    const all = db.candidates.orderBy('name');
    const matching = needle ? all.filter((c) => c.name.toLowerCase().includes(needle) || c.email.toLowerCase().includes(needle)) : all;
    const total = await matching.clone().count();
    const page = await matching.offset(query.offset).limit(query.limit).toArray();
    const rows: CandidateRow[] = [];
    for (const candidate of page) {
      const [low, high] = candidateRange(candidate.id);
      const theirs = db.interviews.where('[candidateId+createdAt]').between(low, high, true, true);
      const last = await theirs.clone().last();
      rows.push({ candidate, interviews: await theirs.count(), lastInterviewAt: last?.createdAt ?? null });
    }
    return { rows, total };
  });
}

function plainKit({ builtIn: _b, archived: _a, ...kit }: KitRecord): Kit {
  return kit;
}

/** One candidate's scorecards in the order they were held, with their answers and kit versions. */
export async function candidateScorecards(ctx: StoreContext, candidateId: string): Promise<CandidateScorecards> {
  const { db } = ctx;
  return db.transaction('r', [db.candidates, db.interviews, db.answers, db.kits], async () => {
    const candidate = await db.candidates.get(candidateId);
    if (!candidate) throw notFound('candidate', candidateId);
    const [low, high] = candidateRange(candidateId);
    const interviews = await db.interviews.where('[candidateId+createdAt]').between(low, high, true, true).toArray();
    const answers = await db.answers
      .where('interviewId')
      .anyOf(interviews.map((i) => i.id))
      .toArray();
    const wanted = [
      ...new Map(interviews.map((i) => [kitKey(i.kitId, i.kitVersion), [i.kitId, i.kitVersion] as [string, number]])).values(),
    ];
    const kits = (await db.kits.bulkGet(wanted)).filter((k): k is KitRecord => !!k).map(plainKit);
    return {
      candidate,
      scorecards: interviews.map((interview) => ({ interview, answers: answers.filter((a) => a.interviewId === interview.id) })),
      kits,
    };
  });
}

/** Erase a candidate with every interview and answer about them, all or nothing (a candidate may ask for this). */
export async function deleteCandidate(ctx: StoreContext, id: string) {
  const { db } = ctx;
  return db.transaction('rw', [db.candidates, db.interviews, db.answers], async () => {
    const candidate = await db.candidates.get(id);
    if (!candidate) throw notFound('candidate', id);
    const interviewIds = (await db.interviews.where('candidateId').equals(id).primaryKeys()) as string[];
    const answers = await db.answers.where('interviewId').anyOf(interviewIds).delete();
    await db.interviews.bulkDelete(interviewIds);
    await db.candidates.delete(id);
    return { candidate, interviews: interviewIds.length, answers };
  });
}
