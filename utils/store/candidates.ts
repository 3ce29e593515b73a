import { CandidateSchema, type Candidate } from '../domain/interview/schema';
import type { CandidateRow, CandidateScorecards } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { StoreFailure, notFound } from './errors';
import { kitKey, plainKit } from './kits';
import { dropKeptTotals } from './score-totals';

/**
 * The candidate an interview is for: the one with this id, else the one with this name
 * (ignoring case, so "ana lima" and "Ana Lima" are one person), else a new one.
 * Call inside a transaction that includes `candidates`.
 */
export async function findOrCreateCandidate(ctx: StoreContext, ref: { candidateId?: string; candidateName?: string }): Promise<Candidate> {
  if (ref.candidateId) {
    const byId = await ctx.db.candidates.get(ref.candidateId);
    if (!byId) throw notFound('candidate', ref.candidateId);
    return byId;
  }
  const name = ref.candidateName?.trim();
  if (!name) throw new StoreFailure('invalid', 'candidateName: give the candidate a name (or pick an existing candidate).');
  const byName = await ctx.db.candidates.where('name').equalsIgnoreCase(name).first();
  if (byName) return byName;
  const created = CandidateSchema.parse({ id: ctx.newId(), name, createdAt: ctx.now() });
  await ctx.db.candidates.add(created);
  return created;
}

const candidateRange = (id: string) =>
  [
    [id, -Infinity],
    [id, Infinity],
  ] as const;

/** Candidates by name, a page at a time, each with their number of interviews and the latest one's date. */
export function listCandidates(
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

/** One candidate's scorecards in the order they were held, with their answers and kit versions. */
export function candidateScorecards(ctx: StoreContext, candidateId: string): Promise<CandidateScorecards> {
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
  return db.transaction('rw', [db.candidates, db.interviews, db.answers, db.debriefs, db.referenceChecks, db.scoreTotals], async () => {
    const candidate = await db.candidates.get(id);
    if (!candidate) throw notFound('candidate', id);
    const interviewIds = (await db.interviews.where('candidateId').equals(id).primaryKeys()) as string[];
    const answers = await db.answers.where('interviewId').anyOf(interviewIds).delete();
    // Their debriefs and reference checks are about them too.
    await db.debriefs.where('candidateId').equals(id).delete();
    await db.referenceChecks.where('candidateId').equals(id).delete();
    await db.interviews.bulkDelete(interviewIds);
    await dropKeptTotals(ctx, interviewIds);
    await db.candidates.delete(id);
    return { candidate, interviews: interviewIds.length, answers };
  });
}
