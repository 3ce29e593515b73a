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

/**
 * What one export has read already, by key: kit versions and candidates (an undefined value is
 * one that is gone). 10,000 interviews have a few thousand candidates and a few kit versions.
 */
export interface ReadCaches {
  kits: Map<string, KitRecord | undefined>;
  candidates: Map<string, Candidate | undefined>;
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
 * the ids the store gives answers), then, as the interviews arrive, each candidate and kit
 * version not yet in `caches`. Ids that no longer exist (or whose candidate or kit is
 * gone) are skipped. Only reads: the read-only connection's guard on writes is not needed here.
 */
export async function readCards(ctx: StoreContext, ids: readonly string[], caches: ReadCaches): Promise<CardRecords[]> {
  if (!ctx.db.isOpen()) await ctx.db.open();
  const idb = ctx.db.backendDB();
  return new Promise<CardRecords[]>((resolve, reject) => {
    const tx = idb.transaction(['interviews', 'candidates', 'answers', 'kits'], 'readonly');
    const interviews = new Array<Interview | undefined>(ids.length);
    const answers = new Array<Answer[]>(ids.length);
    // Ask once for what is neither cached nor asked for already in this batch; it goes into the cache.
    const once = <T>(cache: Map<string, T | undefined>, store: IDBObjectStore) => {
      const asked = new Set<string>();
      return (key: string, query: IDBValidKey) => {
        if (cache.has(key) || asked.has(key)) return;
        asked.add(key);
        got<T | undefined>(store.get(query), (value) => cache.set(key, value));
      };
    };
    const candidate = once(caches.candidates, tx.objectStore('candidates'));
    const kit = once(caches.kits, tx.objectStore('kits'));
    const interviewStore = tx.objectStore('interviews');
    const answerStore = tx.objectStore('answers');
    ids.forEach((id, n) => {
      got<Interview | undefined>(interviewStore.get(id), (interview) => {
        interviews[n] = interview;
        if (!interview) return;
        candidate(interview.candidateId, interview.candidateId);
        kit(kitKey(interview.kitId, interview.kitVersion), [interview.kitId, interview.kitVersion]);
      });
      got<Answer[]>(answerStore.getAll(IDBKeyRange.bound(`${id}:`, `${id};`, false, true)), (list) => (answers[n] = list));
    });
    tx.oncomplete = () =>
      resolve(
        interviews.flatMap((interview, n) => {
          if (!interview) return [];
          const kit = caches.kits.get(kitKey(interview.kitId, interview.kitVersion));
          const candidate = caches.candidates.get(interview.candidateId);
          return kit && candidate ? [{ interview, candidate, kit, answers: answers[n]! }] : [];
        }),
      );
    tx.onerror = () => reject(tx.error ?? new Error('reading the export batch failed'));
    tx.onabort = () => reject(tx.error ?? new Error('reading the export batch was aborted'));
  });
}
