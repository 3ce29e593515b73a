import type { Answer, Candidate, Interview } from '../domain/interview/schema';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { kitKey } from './kits';

/** What `readCards` reads for one interview, before it is scored. */
export interface CardRecords {
  interview: Interview;
  candidate: Candidate;
  kit: KitRecord;
  answers: Answer[];
}

/** Hand a request's result to `take` (a failure fails the whole transaction). */
function got<T>(request: IDBRequest, take: (value: T) => void): void {
  request.onsuccess = () => take(request.result as T);
}

/**
 * The same records `readBatch` reads, in one read-only IndexedDB transaction issued straight to
 * the connection Dexie opened (an export reads 10,000 interviews in batches: Dexie's promise and
 * zone machinery around some 10,000 answer ranges cost more than the reads). Every request is
 * sent at once: each interview with its answers (one primary-key range, `<id>:` up to `<id>;`,
 * the ids the store gives answers), then, as the interviews arrive, their candidates and each
 * kit version not yet in `kitCache`. Ids that no longer exist (or whose candidate or kit is
 * gone) are skipped. Only reads: the read-only connection's guard on writes is not needed here.
 */
export async function readCards(
  ctx: StoreContext,
  ids: readonly string[],
  kitCache: Map<string, KitRecord | undefined>,
): Promise<CardRecords[]> {
  if (!ctx.db.isOpen()) await ctx.db.open();
  const idb = ctx.db.backendDB();
  return new Promise<CardRecords[]>((resolve, reject) => {
    const tx = idb.transaction(['interviews', 'candidates', 'answers', 'kits'], 'readonly');
    const interviews = new Array<Interview | undefined>(ids.length);
    const candidates = new Array<Candidate | undefined>(ids.length);
    const answers = new Array<Answer[]>(ids.length);
    const kitStore = tx.objectStore('kits');
    const asked = new Set<string>();
    const candidateStore = tx.objectStore('candidates');
    ids.forEach((id, n) => {
      got<Interview | undefined>(tx.objectStore('interviews').get(id), (interview) => {
        interviews[n] = interview;
        if (!interview) return;
        got<Candidate | undefined>(candidateStore.get(interview.candidateId), (candidate) => (candidates[n] = candidate));
        const key = kitKey(interview.kitId, interview.kitVersion);
        if (kitCache.has(key) || asked.has(key)) return;
        asked.add(key);
        got<KitRecord | undefined>(kitStore.get([interview.kitId, interview.kitVersion]), (kit) => kitCache.set(key, kit));
      });
      got<Answer[]>(tx.objectStore('answers').getAll(IDBKeyRange.bound(`${id}:`, `${id};`, false, true)), (list) => (answers[n] = list));
    });
    tx.oncomplete = () =>
      resolve(
        interviews.flatMap((interview, n) => {
          if (!interview) return [];
          const kit = kitCache.get(kitKey(interview.kitId, interview.kitVersion));
          const candidate = candidates[n];
          return kit && candidate ? [{ interview, candidate, kit, answers: answers[n]! }] : [];
        }),
      );
    tx.onerror = () => reject(tx.error ?? new Error('reading the export batch failed'));
    tx.onabort = () => reject(tx.error ?? new Error('reading the export batch was aborted'));
  });
}
