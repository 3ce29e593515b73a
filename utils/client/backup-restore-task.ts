import { BackupError, SECTION_ORDER, type BackupHeader, type SectionCounts, type SectionName, type SectionRow } from '../domain/backup';
import { BackupChecker, incomingSeal } from '../domain/backup-check';
import { addSummary, emptySummary, tally, tallySeal, type RestoreSummary } from '../domain/backup-summary';
import type { RestoreRecord } from '../domain/backup';
import type { RequestPayload, ResponseMap } from '../protocol';
import type { StoreContext } from '../store/context';
import { SECTION_TABLES, restoreTarget, type SectionTable } from '../store/backup-tables';
import { backupEvents } from './backup-lines';

/**
 * A restore, desk side, in two passes over the file (read a slice at a time, so its size does not
 * matter): `previewRestore` checks every row and works out what the restore would change, reading
 * this store through the desk's read-only connection, and writes nothing; `restoreFromFile` then
 * sends the file to the background in bounded chunks, which checks and writes each (the store's
 * own answers, summed, are the result).
 */

export type RestoreMode = 'merge' | 'replace';

export interface RestorePreview {
  header: BackupHeader;
  counts: Record<SectionName, number>;
  /** Rows in the file, all sections together. */
  total: number;
  summary: RestoreSummary;
}

/** Rows decided together: one lookup of this store's rows per batch. */
const BATCH = 500;

/** Check the whole file and say what restoring it would do; throws a BackupError naming each bad row. Writes nothing. */
export async function previewRestore(
  ctx: StoreContext,
  file: Blob,
  mode: RestoreMode,
  progress: (done: number, total: number) => void,
): Promise<RestorePreview> {
  const target = await restoreTarget(ctx, mode);
  const checker = new BackupChecker(target);
  const summary = emptySummary();
  let header: BackupHeader | undefined;
  let declared: SectionCounts | undefined;
  let batch: { section: SectionName; rows: unknown[] } = { section: 'kits', rows: [] };

  const decide = async () => {
    const { section, rows } = batch;
    batch = { section, rows: [] };
    if (rows.length === 0 || !checker.ok) return;
    const table = SECTION_TABLES[section] as unknown as SectionTable<SectionName, unknown>;
    // A replace empties the store first, keeping only the kits built into Panelist.
    const found = await table.local(ctx, rows as never);
    const locals =
      mode === 'merge'
        ? found
        : found.map((local) => (section === 'kits' && (local as { builtIn?: boolean })?.builtIn ? local : undefined));
    const seals = section === 'scorecards' ? await Promise.all(rows.map((row) => incomingSeal(row as SectionRow<'scorecards'>))) : [];
    rows.forEach((row, n) => {
      const name =
        section === 'scorecards' ? (checker.candidateNames.get((row as SectionRow<'scorecards'>).interview.candidateId) ?? '') : '';
      tally(summary, section, table.decide(locals[n], row as never, seals[n] ?? null), row, name);
      if (section === 'scorecards') tallySeal(summary, row as SectionRow<'scorecards'>, seals[n] ?? null, name);
    });
  };

  for await (const event of backupEvents(file, (done) => progress(done, file.size))) {
    if (event.kind === 'header') header = event.header;
    else if (event.kind === 'section') {
      await decide();
      batch = { section: event.name, rows: [] };
    } else if (event.kind === 'row') {
      const row = checker.row(event.section, event.raw, event.index);
      if (row && checker.ok) batch.rows.push(row);
      if (batch.rows.length >= BATCH) await decide();
    } else declared = event.counts;
  }
  await decide();
  checker.finish(declared);
  if (!header) throw new BackupError('The file is not a Panelist backup.');
  if (mode === 'replace') {
    summary.removed = {};
    for (const section of SECTION_ORDER) {
      const here = await SECTION_TABLES[section].keys(ctx);
      summary.removed[section] = here.filter((key) => !checker.has(section, key)).length;
    }
  }
  const counts = checker.counts;
  return { header, counts, total: SECTION_ORDER.reduce((n, s) => n + counts[s], 0), summary };
}

type RestoreRequest = 'backup.restoreBegin' | 'backup.restoreChunk' | 'backup.restoreEnd';
/** How the desk reaches the background (in the worker: through the page, over a MessagePort). */
export type SendToStore = <N extends RestoreRequest>(name: N, payload: RequestPayload<N>) => Promise<ResponseMap[N]>;

/**
 * A chunk is sent once it holds this much text or this many rows. The page relays each chunk to
 * the background, and its main thread (shared with the in-call panel) pays for it in one task:
 * taking the chunk off the worker's port and serialising it into the runtime message costs about
 * 70 ms per MB on a loaded 2-core machine, so a chunk stays small enough that the task is a few
 * tens of ms (a 2 MB chunk made it ~150 ms). More chunks cost the background little: each is one
 * short transaction.
 */
export const CHUNK_LIMITS = { chars: 256 * 1024, rows: 1000 };

/** Chunks sent and not yet answered: one checked while another commits (8 measured no faster). */
const IN_FLIGHT = 2;

export interface RestoreDone {
  summary: RestoreSummary;
  journal: RestoreRecord;
}

/**
 * Send a checked file to the background a chunk at a time: each chunk is read while the previous
 * one is being written. The background answers each with what it did; the sum is the result.
 */
export async function restoreFromFile(
  file: Blob & { name?: string },
  mode: RestoreMode,
  preview: RestorePreview,
  send: SendToStore,
  progress: (done: number, total: number) => void,
  limits = CHUNK_LIMITS,
): Promise<RestoreDone> {
  const { runId } = await send('backup.restoreBegin', {
    mode,
    file: { name: file.name ?? 'backup', size: file.size, exportedAt: preview.header.exportedAt },
    total: preview.total,
  });
  const summary = emptySummary();
  // Several chunks of one section may be in flight (checked while others commit); a section's
  // chunks are all written before the next section's, whose rows refer to them.
  let inFlight: Promise<void>[] = [];
  let refused: { error: unknown } | undefined;
  const settle = async () => {
    const pending = inFlight;
    inFlight = [];
    await Promise.all(pending);
  };
  let chunk: { section: SectionName; first: number; lines: string[]; chars: number } | null = null;
  const flush = async () => {
    if (!chunk) return;
    const { section, first, lines } = chunk;
    chunk = null;
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    // A chunk the store refused stops the restore here: nothing more is sent.
    if (refused) throw refused.error;
    const sent = send('backup.restoreChunk', { runId, section, first, lines }).then((part) => addSummary(summary, part));
    // Awaited later; until then a refusal must not count as unhandled.
    sent.catch((error: unknown) => (refused ??= { error }));
    inFlight.push(sent);
  };
  for await (const event of backupEvents(file, (done) => progress(done, file.size))) {
    if (event.kind === 'section') {
      await flush();
      await settle();
    }
    if (event.kind !== 'row') continue;
    const text = event.text || JSON.stringify(event.raw);
    chunk ??= { section: event.section, first: event.index, lines: [], chars: 0 };
    chunk.lines.push(text);
    chunk.chars += text.length;
    if (chunk.chars >= limits.chars || chunk.lines.length >= limits.rows) await flush();
  }
  await flush();
  await settle();
  const journal = await send('backup.restoreEnd', { runId });
  summary.removed = preview.summary.removed;
  return { summary, journal };
}
