import type { z } from 'zod';
import { BACKUP_SECTIONS, BackupError, SECTION_ORDER, type RestoreRecord, type SectionName, type SectionRow } from '../domain/backup';
import { BackupChecker, incomingSeal } from '../domain/backup-check';
import { emptySummary, tally, tallySeal, type RestoreSummary } from '../domain/backup-summary';
import type { SealStatus } from '../domain/seal';
import type { requestSchemas } from '../protocol';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { SECTION_TABLES, restoreTarget, type SectionTable } from './backup-tables';

/**
 * A restore, written by the background (which owns every write) in bounded chunks: the desk's
 * worker checks the whole file and shows what it would change first, then sends it a chunk at a
 * time (a 50,000-interview backup is far over the 64 MiB a runtime message carries). Each chunk
 * is checked again here and written in one short transaction with its line in the journal
 * (`restores`), so the panel's writes in a call never wait long, and a restore that stopped
 * half-way (a closed tab, a full disk) says so until it is run again: restoring the same file
 * again finishes it, since a merge of what is already written changes nothing.
 */

const JOURNAL = 'last';
const INTERRUPTED = 'What was written so far stays; restore the same file again to finish.';

type BeginPayload = z.output<(typeof requestSchemas)['backup.restoreBegin']>;
type ChunkPayload = z.output<(typeof requestSchemas)['backup.restoreChunk']>;

const allTables = (ctx: StoreContext) => [...new Set(SECTION_ORDER.flatMap((s) => SECTION_TABLES[s].tables(ctx.db)))];

/** Start a restore: a replace empties the store first (keeping the kits built into Panelist), in one transaction with the journal's first line. */
export async function restoreBegin(ctx: StoreContext, payload: BeginPayload): Promise<{ runId: string }> {
  const { db } = ctx;
  const runId = ctx.newId();
  await db.transaction('rw', [...allTables(ctx), db.restores], async () => {
    if (payload.mode === 'replace') for (const section of SECTION_ORDER) await SECTION_TABLES[section].clear(ctx);
    const journal: RestoreRecord = {
      id: JOURNAL,
      runId,
      state: 'running',
      mode: payload.mode,
      file: payload.file,
      startedAt: ctx.now(),
      total: payload.total,
      written: 0,
    };
    await db.restores.put(journal);
  });
  return { runId };
}

async function runningJournal(ctx: StoreContext, runId: string): Promise<RestoreRecord> {
  const journal = await ctx.db.restores.get(JOURNAL);
  if (!journal || journal.runId !== runId || journal.state !== 'running')
    throw new StoreFailure('conflict', 'This restore is no longer the one running (another restore started): nothing more was written.');
  return journal;
}

/** Parse and check one chunk against the schema and what the store holds; names the bad record. */
async function checkChunk<S extends SectionName>(ctx: StoreContext, mode: 'merge' | 'replace', payload: ChunkPayload & { section: S }) {
  const spec = BACKUP_SECTIONS[payload.section];
  const raws = payload.lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      throw new BackupError(`${spec.label}[${payload.first + i}] is not valid JSON (${(error as Error).message})`);
    }
  });
  const checker = new BackupChecker(await restoreTarget(ctx, mode));
  // References point at rows earlier chunks wrote (or the store had): look those up.
  const refs = new Map<SectionName, Set<string>>();
  const refsOf = spec.refs as ((r: SectionRow<S>) => { section: SectionName; key: string }[]) | undefined;
  for (const raw of raws) {
    // Read off the raw row (the checker parses it once, below): a malformed row has no references to look up.
    let found: { section: SectionName; key: string }[] = [];
    try {
      found = refsOf?.(raw as SectionRow<S>) ?? [];
    } catch {
      // Not the shape the section expects: the checker names what is wrong.
    }
    for (const ref of found) if (typeof ref.key === 'string') refs.set(ref.section, (refs.get(ref.section) ?? new Set()).add(ref.key));
  }
  const names = new Map<string, string>();
  for (const [section, keys] of refs) {
    const table = SECTION_TABLES[section] as unknown as SectionTable<SectionName, unknown>;
    const wanted = [...keys];
    const found = await table.local(ctx, wanted.map((key) => keyRow(section, key)) as never);
    checker.assume(
      section,
      wanted.filter((_, n) => found[n] !== undefined),
    );
    if (section === 'candidates') found.forEach((c, n) => c && names.set(wanted[n]!, (c as { name: string }).name));
  }
  const rows = raws.map((raw, i) => checker.row(payload.section, raw, payload.first + i));
  checker.finish();
  return { rows: rows as SectionRow<S>[], names };
}

/** A row holding just a key, for a section's `local` lookup by key. */
function keyRow(section: SectionName, key: string): unknown {
  if (section === 'kits') {
    const at = key.lastIndexOf('@');
    return { id: key.slice(0, at), version: Number(key.slice(at + 1)) };
  }
  if (section === 'scorecards') return { interview: { id: key } };
  if (section === 'settings') return { key };
  return { id: key };
}

/** Check and write one chunk of one section, merging by each section's rules; returns what it did. */
export async function restoreChunk(ctx: StoreContext, payload: ChunkPayload): Promise<RestoreSummary> {
  const { db } = ctx;
  const { mode } = await runningJournal(ctx, payload.runId);
  let checked: Awaited<ReturnType<typeof checkChunk>>;
  try {
    checked = await checkChunk(ctx, mode, payload);
  } catch (error) {
    if (error instanceof BackupError) throw new StoreFailure('invalid-backup', `The restore stopped: ${error.message}. ${INTERRUPTED}`);
    throw error;
  }
  const { rows, names } = checked;
  // Hashing is asynchronous and would let the write transaction commit early: seals are checked before it.
  const seals: (SealStatus | null)[] =
    payload.section === 'scorecards'
      ? await Promise.all(rows.map((row) => incomingSeal(row as SectionRow<'scorecards'>)))
      : rows.map(() => null);
  const table = SECTION_TABLES[payload.section] as unknown as SectionTable<SectionName, unknown>;
  return db.transaction('rw', [...table.tables(db), db.restores], async () => {
    const journal = await runningJournal(ctx, payload.runId);
    const locals = await table.local(ctx, rows as never);
    const summary = emptySummary();
    const added: unknown[] = [];
    const taken: unknown[] = [];
    rows.forEach((row, n) => {
      const decision = table.decide(locals[n], row as never, seals[n] ?? null);
      const candidate = payload.section === 'scorecards' ? (names.get((row as SectionRow<'scorecards'>).interview.candidateId) ?? '') : '';
      tally(summary, payload.section, decision, row, candidate);
      if (payload.section === 'scorecards') tallySeal(summary, row as SectionRow<'scorecards'>, seals[n] ?? null, candidate);
      if (decision.action === 'add') added.push(row);
      if (decision.action === 'take') taken.push(row);
    });
    if (added.length || taken.length) await table.put(ctx, added as never, taken as never);
    await db.restores.put({ ...journal, written: journal.written + rows.length });
    return summary;
  });
}

/** The last chunk is written: the journal says the restore finished. */
export async function restoreEnd(ctx: StoreContext, runId: string): Promise<RestoreRecord> {
  const { db } = ctx;
  return db.transaction('rw', db.restores, async () => {
    const journal = await runningJournal(ctx, runId);
    const done: RestoreRecord = { ...journal, state: 'done', finishedAt: ctx.now() };
    await db.restores.put(done);
    return done;
  });
}

/** The last restore, finished or not (null when there never was one). */
export function restoreJournal(ctx: StoreContext): Promise<RestoreRecord | null> {
  return ctx.db.restores.get(JOURNAL).then((journal) => journal ?? null);
}
