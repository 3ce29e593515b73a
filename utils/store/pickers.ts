import type { Candidate } from '../domain/interview/schema';
import type { KitSummary } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { summarizeKit } from './kits';

/**
 * What pickers and filters list, read without touching the interviews: the panel's start form
 * and the history filters open at the same speed on a store of ten interviews or ten thousand
 * (the kit library's `kits.list` counts each kit's interviews, which reads every index entry).
 * Dexie promise chains: both run in live queries.
 */

/** Each kit's newest version as a summary, in the library's order (active first, built-in first, then by title). */
export function listKitSummaries(ctx: StoreContext, includeArchived: boolean): Promise<KitSummary[]> {
  return ctx.db.kits.toArray().then((records) => {
    const newest = new Map<string, KitRecord>();
    for (const record of records) {
      if (!includeArchived && record.archived) continue;
      const seen = newest.get(record.id);
      if (!seen || record.version > seen.version) newest.set(record.id, record);
    }
    return [...newest.values()]
      .map(summarizeKit)
      .sort((a, b) => Number(a.archived) - Number(b.archived) || Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title));
  });
}

/**
 * The first `limit` candidates by name whose name or email contains `search` (ignoring case), or
 * the first by name when nothing is typed. The name index is walked only until `limit` are found.
 */
export function findCandidates(ctx: StoreContext, search: string | undefined, limit: number): Promise<Candidate[]> {
  const needle = search?.trim().toLowerCase();
  const byName = ctx.db.candidates.orderBy('name');
  const matching = needle ? byName.filter((c) => c.name.toLowerCase().includes(needle) || c.email.toLowerCase().includes(needle)) : byName;
  return matching.limit(limit).toArray();
}
