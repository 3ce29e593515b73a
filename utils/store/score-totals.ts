import type { StoreContext } from './context';
import type { ScoreTotalRecord } from './database';

/**
 * The store's kept weighted totals (`scoreTotals`, see ScoreTotalRecord): written after a history
 * read has worked them out, and dropped by the writes their stamp cannot see.
 */

let keeping: Promise<unknown> = Promise.resolve();
/** Raised by every drop: totals read before it may come from answers it replaced, so they are not kept. */
let drops = 0;

/** How many drops so far: taken before a read, and given back to `keepTotals` with what it worked out. */
export const dropsSoFar = (): number => drops;

/**
 * Keep totals worked out by a read for the next one, in their own short write after the read
 * (a live query may not write, and a read must not wait for a write). Nothing is kept when a drop
 * came after `readAfterDrop` was taken. Losing one is harmless: the next read works it out again.
 * Tests wait for `keptTotals`.
 */
export function keepTotals(ctx: StoreContext, records: ScoreTotalRecord[], readAfterDrop: number): void {
  if (!records.length) return;
  keeping = Promise.all([
    keeping,
    new Promise<void>((resolve) =>
      setTimeout(() => {
        if (drops !== readAfterDrop) return resolve();
        ctx.db.scoreTotals
          .bulkPut(records)
          .catch(() => undefined)
          .then(() => resolve());
      }, 0),
    ),
  ]).then(() => undefined);
}

/** Settles when every total kept so far is written (or given up). */
export const keptTotals = (): Promise<unknown> => keeping;

/**
 * Drop the kept totals of these interviews (or all of them), inside the caller's transaction. For
 * the two writes that delete interviews, after which a restore can add the same ids back with
 * other answers at the same revision: a candidate's erasure, and a restore's replace emptying the
 * store. Every other write raises the revision, which the stamp names (a restore takes a
 * scorecard over only at a higher revision).
 */
export function dropKeptTotals(ctx: StoreContext, ids: readonly string[] | 'all'): Promise<unknown> {
  drops += 1;
  return ids === 'all' ? ctx.db.scoreTotals.clear() : ctx.db.scoreTotals.bulkDelete([...ids]);
}
