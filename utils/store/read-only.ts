import Dexie, { type DBCore, type Middleware } from 'dexie';
import { PanelistDb, SCHEMA_VERSIONS } from './database';
import { storeContext, type StoreContext } from './context';
import { StoreFailure } from './errors';

/**
 * A READ-ONLY view of Panelist's store for the desk (a top-level extension page, same origin as
 * the background, where IndexedDB is allowed) and the workers it starts: long reads such as
 * exports and backups go straight to IndexedDB instead of through runtime messages, which cap
 * a message at 64 MiB and copy everything twice.
 *
 * Writes still go only through the background, which owns the store. This connection:
 * - never upgrades: it opens only a database the background has already brought to the current
 *   schema version (the caller pings the background first), and refuses any other version;
 * - refuses every write: a Dexie middleware rejects read-write transactions and every mutation;
 * - reads in short transactions (the callers read in batches), so a write from the panel in a
 *   call never waits behind a long read.
 */

export const READ_ONLY_MESSAGE = "This is a read-only view of Panelist's store: changes go through the background.";

const CURRENT_VERSION = SCHEMA_VERSIONS.at(-1)!.version;

/** Rejects every write before it reaches IndexedDB. */
export const readOnlyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'panelist-read-only',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      if (mode !== 'readonly') throw new StoreFailure('read-only', READ_ONLY_MESSAGE);
      return down.transaction(stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      return { ...table, mutate: () => Promise.reject(new StoreFailure('read-only', READ_ONLY_MESSAGE)) };
    },
  }),
};

export interface ReadOnlyStore {
  /** For the store's own read functions (interview filter, export and backup readers). */
  ctx: StoreContext;
  close(): void;
}

/** The version the database is at now, without declaring (and so without upgrading to) any version. */
async function installedVersion(name: string): Promise<number> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch (error) {
    if ((error as Error).name === 'NoSuchDatabaseError')
      throw new StoreFailure('unavailable', "Panelist's store has not been created yet: open the panel or the desk once, then try again.");
    throw error;
  } finally {
    probe.close();
  }
}

/** Open the store named by the background (its `ping` answer) for reading only. */
export async function openReadOnlyStore(name: string): Promise<ReadOnlyStore> {
  const version = await installedVersion(name);
  if (Math.floor(version) !== CURRENT_VERSION)
    throw new StoreFailure(
      'version',
      version < CURRENT_VERSION
        ? "Panelist's store is being updated by the background: try again in a moment."
        : 'Panelist was updated while this page was open: reload the page and try again.',
    );
  const db = new PanelistDb(name);
  db.use(readOnlyMiddleware);
  await db.open();
  return { ctx: storeContext(db), close: () => db.close() };
}
