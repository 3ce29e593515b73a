import { BACKUP_SECTIONS, SECTION_ORDER, backupFilename, type SectionCounts, type SectionName, type SectionRow } from '../domain/backup';
import { BackupWriter } from '../domain/backup-file';
import type { StoreContext } from '../store/context';
import { SECTION_TABLES, type SectionTable } from '../store/backup-tables';

/** Rows read per short read transaction: a write from the panel in a call never waits behind the backup. */
const PAGE: Record<SectionName, number> = {
  kits: 1000,
  candidates: 2000,
  scorecards: 200,
  debriefs: 200,
  referenceChecks: 1000,
  settings: 1000,
};

export interface BackupWritten {
  filename: string;
  counts: SectionCounts;
  /** Rows written while the backup ran whose candidate or kit it had already passed: left out, so the file stays whole. */
  skipped: number;
}

/**
 * Write the whole store as a backup file to `out`, a piece at a time, reading it through `ctx` (the
 * desk's read-only connection) a page per short transaction, in key order, section after section.
 * The file stays consistent however the store changes meanwhile: a row whose references were not
 * written (a scorecard started during the backup for a new candidate) is left out and counted.
 */
export async function writeBackup(
  ctx: StoreContext,
  out: (text: string) => void,
  progress: (done: number, total: number) => void,
  now: Date = new Date(),
): Promise<BackupWritten> {
  const { db } = ctx;
  const total = (await Promise.all([db.kits.count(), db.candidates.count(), db.interviews.count(), db.settings.count()])).reduce(
    (a, b) => a + b,
    0,
  );
  const written = Object.fromEntries(SECTION_ORDER.map((s) => [s, new Set<string>()])) as Record<SectionName, Set<string>>;
  const writer = new BackupWriter(out);
  let done = 0;
  let skipped = 0;
  writer.begin(now);
  progress(0, total);
  for (const section of SECTION_ORDER) {
    const table = SECTION_TABLES[section] as unknown as SectionTable<SectionName, unknown>;
    const spec = BACKUP_SECTIONS[section] as { key(row: SectionRow<SectionName>): string };
    writer.section(section);
    let after: unknown = null;
    do {
      const page = await table.page(ctx, after, PAGE[section]);
      for (const row of page.rows) {
        if (table.consistent && !table.consistent(row, written)) skipped += 1;
        else {
          writer.row(row);
          written[section].add(spec.key(row));
        }
      }
      done += page.rows.length;
      progress(Math.min(done, total), total);
      after = page.next;
    } while (after !== null);
  }
  const counts = writer.end();
  return { filename: backupFilename(now), counts, skipped };
}
