import type { DBCoreCursor, DBCoreTable } from 'dexie';
import { PanelistDb } from '@/utils/store/database';
import { storeContext } from '@/utils/store/context';
import { createStoreHandlers } from '@/utils/store/handlers';
import { seedBuiltinKits } from '@/utils/store/kits';
import { dispatch } from '@/utils/store/dispatch';
import type { RequestName, RequestPayload, ResponseMap } from '@/utils/protocol';
import { freshDbName, testKit } from './store';

/**
 * A store whose database records which rows were read in full (values, not just keys), per
 * table, through a Dexie DBCore middleware. It lets a test check that a page of history reads
 * only that page's interviews and answers, however many are stored.
 */
export async function makeCountingStore() {
  const db = new PanelistDb(freshDbName());
  const read = new Map<string, Set<unknown>>();
  const keys = new Map<string, number>();
  const note = (table: string, key: unknown) => {
    if (!read.has(table)) read.set(table, new Set());
    read.get(table)!.add(JSON.stringify(key));
  };
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create: (down) => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        const keyOf = (value: unknown) =>
          name === 'kits' ? value : ((value as { id?: unknown; key?: unknown })?.id ?? (value as { key?: unknown })?.key);
        return {
          ...table,
          async get(req) {
            const value = await table.get(req);
            if (value !== undefined) note(name, keyOf(value));
            return value;
          },
          async getMany(req) {
            const values = await table.getMany(req);
            for (const value of values) if (value !== undefined) note(name, keyOf(value));
            return values;
          },
          async query(req) {
            const response = await table.query(req);
            if (req.values) for (const value of response.result) note(name, keyOf(value));
            else keys.set(name, (keys.get(name) ?? 0) + response.result.length);
            return response;
          },
          async openCursor(req) {
            const cursor = await table.openCursor(req);
            if (!cursor || !req.values) return cursor;
            return new Proxy(cursor, {
              get(target, property) {
                if (property === 'value') note(name, target.primaryKey);
                const value = Reflect.get(target, property, target);
                return typeof value === 'function' ? value.bind(target) : value;
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  });
  let ids = 0;
  const clock = { now: Date.UTC(2025, 0, 6, 9, 0, 0) };
  const ctx = storeContext(db, { now: () => clock.now, newId: () => `id-${String(++ids).padStart(5, '0')}` });
  await seedBuiltinKits(ctx, [testKit]);
  const handlers = createStoreHandlers(ctx);
  const call = async <N extends RequestName>(name: N, payload: RequestPayload<N>) => {
    const reply = await dispatch(handlers, { panelist: 1, name, payload });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.data as ResponseMap[N];
  };
  return {
    db,
    ctx,
    clock,
    call,
    /** How many distinct rows of `table` were read in full since the last reset. */
    rowsRead: (table: string) => read.get(table)?.size ?? 0,
    /** How many keys of `table` were listed (getAllKeys-style reads of a range) since the last reset. */
    keysListed: (table: string) => keys.get(table) ?? 0,
    resetReads: () => {
      read.clear();
      keys.clear();
    },
  };
}
