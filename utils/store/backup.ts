import { BackupError, backupFilename, parseBackup, serializeBackup } from '../domain/backup';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';

export async function exportBackup(ctx: StoreContext): Promise<{ filename: string; json: string }> {
  const { db } = ctx;
  const tables = [db.kits, db.candidates, db.interviews, db.answers, db.settings, db.debriefs, db.referenceChecks];
  const contents = await db.transaction('r', tables, async () => ({
    kits: await db.kits.toArray(),
    candidates: await db.candidates.toArray(),
    interviews: await db.interviews.toArray(),
    answers: await db.answers.toArray(),
    settings: await db.settings.toArray(),
    debriefs: await db.debriefs.toArray(),
    referenceChecks: await db.referenceChecks.toArray(),
  }));
  const exportedAt = new Date(ctx.now());
  return { filename: backupFilename(exportedAt), json: serializeBackup(contents, exportedAt) };
}

/**
 * Restore a backup: validated completely first, then written in ONE transaction over every
 * table, so a bad file or a failure half-way changes nothing. `merge` writes over records
 * with the same key and keeps the rest; `replace` empties the store first.
 */
export async function restoreBackup(ctx: StoreContext, json: string, mode: 'merge' | 'replace') {
  let backup;
  try {
    backup = parseBackup(json);
  } catch (error) {
    if (error instanceof BackupError)
      throw new StoreFailure('invalid-backup', `The backup was not restored; nothing changed. ${error.message}`);
    throw error;
  }
  const { db } = ctx;
  const tables = [db.kits, db.candidates, db.interviews, db.answers, db.settings, db.debriefs, db.referenceChecks];
  await db.transaction('rw', tables, async () => {
    if (mode === 'replace') for (const table of tables) await table.clear();
    await db.kits.bulkPut(backup.kits);
    await db.candidates.bulkPut(backup.candidates);
    await db.interviews.bulkPut(backup.interviews);
    await db.answers.bulkPut(backup.answers);
    await db.settings.bulkPut(backup.settings);
    await db.debriefs.bulkPut(backup.debriefs);
    await db.referenceChecks.bulkPut(backup.referenceChecks);
  });
  return {
    kits: backup.kits.length,
    candidates: backup.candidates.length,
    interviews: backup.interviews.length,
    answers: backup.answers.length,
  };
}
