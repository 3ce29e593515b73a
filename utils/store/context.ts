import type { PanelistDb } from './database';

/** What every store operation needs; the clock and id source are injectable so tests are exact. */
export interface StoreContext {
  db: PanelistDb;
  now: () => number;
  newId: () => string;
}

export function storeContext(db: PanelistDb, overrides: Partial<Omit<StoreContext, 'db'>> = {}): StoreContext {
  return { db, now: () => Date.now(), newId: () => crypto.randomUUID(), ...overrides };
}
