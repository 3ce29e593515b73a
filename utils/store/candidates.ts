import { CandidateSchema, type Candidate } from '../domain/interview/schema';
import type { StoreContext } from './context';
import { StoreFailure, notFound } from './errors';

export async function listCandidates(ctx: StoreContext, search?: string): Promise<Candidate[]> {
  const needle = search?.trim().toLowerCase();
  const all = await ctx.db.candidates.orderBy('name').toArray();
  return needle ? all.filter((c) => c.name.toLowerCase().includes(needle) || c.email.toLowerCase().includes(needle)) : all;
}

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
