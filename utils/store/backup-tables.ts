import type { Table } from 'dexie';
import { revisionOf, type Candidate, type Interview } from '../domain/interview/schema';
import type { Decision } from '../domain/backup-check';
import { decideKit, decideRecord, decideRevised, decideScorecard, decideSetting } from '../domain/backup-check';
import type { SealStatus } from '../domain/seal';
import { kitKey, type KitRow, type ScorecardRow, type SectionName, type SectionRow } from '../domain/backup';
import type { PanelistDb } from './database';
import type { StoreContext } from './context';
import { answersOf } from './interviews';
import { dropKeptTotals } from './score-totals';

/**
 * How each backup section (utils/domain/backup.ts, the one list of what is backed up) is read from
 * and merged into the store: THE ONE PLACE the store side of a new section goes. Reads are pages in
 * key order, each in one short read transaction (the desk's worker reads through a read-only
 * connection); writes run inside the background's restore transaction.
 */

export interface SectionTable<S extends SectionName, Local = SectionRow<S>> {
  /** The Dexie tables a restore of this section writes. */
  tables(db: PanelistDb): Table[];
  /** Up to `limit` rows after `after` (a page's `next`; null from the start), in key order. */
  page(ctx: StoreContext, after: unknown, limit: number): Promise<{ rows: SectionRow<S>[]; next: unknown }>;
  /** For a consistent file: may this row be written, given the keys already written? (A scorecard needs its candidate and kit.) */
  consistent?(row: SectionRow<S>, written: Record<SectionName, Set<string>>): boolean;
  /** This store's rows with the same keys as these (undefined where it has none). */
  local(ctx: StoreContext, rows: SectionRow<S>[]): Promise<(Local | undefined)[]>;
  decide(local: Local | undefined, row: SectionRow<S>, seal: SealStatus | null): Decision;
  /** Write the rows a restore adds (new here) and takes (over this store's own). */
  put(ctx: StoreContext, added: SectionRow<S>[], taken: SectionRow<S>[]): Promise<unknown>;
  /** A replace-restore empties the section first (built-in kits stay: they ship with Panelist). */
  clear(ctx: StoreContext): Promise<unknown>;
  /** The keys this store holds (for a replace preview: what it would delete). */
  keys(ctx: StoreContext): Promise<string[]>;
}

const asStrings = (keys: unknown[]) => keys as string[];

/** Pages of a table keyed by a string primary key. */
function pageByKey<T>(table: Table<T, string, unknown>, after: unknown, limit: number): Promise<T[]> {
  const from = after === null || after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
  return from.limit(limit).toArray();
}

const kits: SectionTable<'kits'> = {
  tables: (db) => [db.kits],
  // Kits are few: one page holds them all.
  page: (ctx) => ctx.db.kits.toArray().then((rows) => ({ rows, next: null })),
  local: (ctx, rows) => ctx.db.kits.bulkGet(rows.map((k) => [k.id, k.version] as [string, number])),
  decide: (local, row) => decideKit(local, row),
  put: (ctx, added, taken) => ctx.db.kits.bulkPut([...added, ...taken]),
  clear: (ctx) => ctx.db.kits.filter((k) => !k.builtIn).delete(),
  keys: (ctx) => ctx.db.kits.toArray().then((all) => all.filter((k) => !k.builtIn).map((k) => kitKey(k.id, k.version))),
};

const candidates: SectionTable<'candidates'> = {
  tables: (db) => [db.candidates],
  page: (ctx, after, limit) =>
    ctx.db
      .transaction('r', ctx.db.candidates, () => pageByKey<Candidate>(ctx.db.candidates, after, limit))
      .then((rows) => ({
        rows,
        next: rows.length === limit ? rows.at(-1)!.id : null,
      })),
  local: (ctx, rows) => ctx.db.candidates.bulkGet(rows.map((c) => c.id)),
  decide: (local, row) => decideRecord(local, row),
  put: (ctx, added, taken) => ctx.db.candidates.bulkPut([...added, ...taken]),
  clear: (ctx) => ctx.db.candidates.clear(),
  keys: (ctx) => ctx.db.candidates.toCollection().primaryKeys().then(asStrings),
};

const scorecards: SectionTable<'scorecards', Interview> = {
  // scoreTotals: emptying the store (a replace) empties its kept totals too. A scorecard taken
  // over here has a higher revision than the one its kept total names, so that copy is not used.
  tables: (db) => [db.interviews, db.answers, db.scoreTotals],
  page: (ctx, after, limit) => {
    const { db } = ctx;
    return db.transaction('r', [db.interviews, db.answers], () =>
      pageByKey<Interview>(db.interviews, after, limit).then((interviews) =>
        answersOf(
          ctx,
          interviews.map((i) => i.id),
        ).then((answers) => ({
          rows: interviews.map((interview, n) => ({ interview, answers: answers[n]! })),
          next: interviews.length === limit ? interviews.at(-1)!.id : null,
        })),
      ),
    );
  },
  consistent: ({ interview }, written) =>
    written.candidates.has(interview.candidateId) && written.kits.has(kitKey(interview.kitId, interview.kitVersion)),
  local: (ctx, rows) => ctx.db.interviews.bulkGet(rows.map((s) => s.interview.id)),
  decide: (local, row, seal) => decideScorecard(local, row, seal),
  // A scorecard is written whole: the file's interview and exactly its answers (its seal covers both),
  // so one taken over this store's own first loses the answers the file does not have.
  put: (ctx, added: ScorecardRow[], taken: ScorecardRow[]) => {
    const rows = [...added, ...taken];
    return Promise.all(
      taken.map(({ interview }) => ctx.db.answers.where(':id').between(`${interview.id}:`, `${interview.id};`, true, false).delete()),
    ).then(() =>
      Promise.all([
        ctx.db.interviews.bulkPut(rows.map((s) => ({ ...s.interview, revision: revisionOf(s.interview) }))),
        ctx.db.answers.bulkPut(rows.flatMap((s) => s.answers)),
      ]),
    );
  },
  clear: (ctx) => Promise.all([ctx.db.interviews.clear(), ctx.db.answers.clear(), dropKeptTotals(ctx, 'all')]),
  keys: (ctx) => ctx.db.interviews.toCollection().primaryKeys().then(asStrings),
};

/** A section of records keyed by a string id, merged by the store's revision (debriefs, reference checks). */
function revisedTable<S extends 'debriefs' | 'referenceChecks'>(table: (db: PanelistDb) => Table<SectionRow<S>, string>): SectionTable<S> {
  return {
    tables: (db) => [table(db)],
    page: (ctx, after, limit) =>
      ctx.db
        .transaction('r', table(ctx.db), () => pageByKey<SectionRow<S>>(table(ctx.db), after, limit))
        .then((rows) => ({ rows, next: rows.length === limit ? rows.at(-1)!.id : null })),
    consistent: (row, written) => written.candidates.has(row.candidateId),
    local: (ctx, rows) => table(ctx.db).bulkGet(rows.map((r) => r.id)),
    decide: (local, row) => decideRevised(local, row),
    put: (ctx, added, taken) => table(ctx.db).bulkPut([...added, ...taken]),
    clear: (ctx) => table(ctx.db).clear(),
    keys: (ctx) => table(ctx.db).toCollection().primaryKeys().then(asStrings),
  };
}

const settings: SectionTable<'settings'> = {
  tables: (db) => [db.settings],
  page: (ctx) => ctx.db.settings.toArray().then((rows) => ({ rows, next: null })),
  local: (ctx, rows) => ctx.db.settings.bulkGet(rows.map((s) => s.key)),
  decide: (local, row) => decideSetting(local, row),
  put: (ctx, added, taken) => ctx.db.settings.bulkPut([...added, ...taken]),
  clear: (ctx) => ctx.db.settings.clear(),
  keys: (ctx) => ctx.db.settings.toCollection().primaryKeys().then(asStrings),
};

export const SECTION_TABLES: { [S in SectionName]: SectionTable<S, S extends 'scorecards' ? Interview : SectionRow<S>> } = {
  kits,
  candidates,
  scorecards,
  // EntityTable's insert type differs from Table's; the rows are the same.
  debriefs: revisedTable<'debriefs'>((db) => db.debriefs as unknown as Table<SectionRow<'debriefs'>, string>),
  referenceChecks: revisedTable<'referenceChecks'>((db) => db.referenceChecks as unknown as Table<SectionRow<'referenceChecks'>, string>),
  settings,
};

/** The kits this store holds: the input of a restore's checks (which kits are built in, which rounds each version has). */
export function restoreTarget(ctx: StoreContext, mode: 'merge' | 'replace') {
  return ctx.db.kits.toArray().then((all: KitRow[]) => {
    const builtIn = new Map<string, number>();
    for (const kit of all) if (kit.builtIn) builtIn.set(kit.id, Math.max(kit.version, builtIn.get(kit.id) ?? 0));
    const localKits = new Map(
      all.map((k) => [kitKey(k.id, k.version), { rounds: new Set(k.rounds.map((r) => r.id)), builtIn: k.builtIn }]),
    );
    return { builtIn, localKits, mode };
  });
}
