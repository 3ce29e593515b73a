import type { Kit } from '../domain/kit/schema';
import type { KitLibraryEntry, KitSummary } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { findKitRecord, summarizeKit } from './kits';

/**
 * The kit library's changes. A kit is stored once per version ([id+version]); renaming and
 * archiving apply to every version so the library, the pickers and history agree on a kit's
 * name. Built-in kits are re-seeded from the extension on every start, so they can be archived
 * or duplicated but not renamed or deleted.
 */

const countQuestions = (kit: Kit) => kit.rounds.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.questions.length, 0), 0);

async function versionsOf(ctx: StoreContext, id: string): Promise<KitRecord[]> {
  const versions = await ctx.db.kits.where('id').equals(id).toArray();
  if (versions.length === 0) throw new StoreFailure('not-found', `No kit "${id}" is installed.`);
  return versions.sort((a, b) => b.version - a.version);
}

function refuseBuiltIn(record: KitRecord, what: string, instead: string): void {
  if (record.builtIn) throw new StoreFailure('builtin', `"${record.title}" is built into Panelist and cannot be ${what}. ${instead}`);
}

/** Every kit (archived too), newest version first in each, with how many interviews use it. */
export async function kitLibrary(ctx: StoreContext): Promise<KitLibraryEntry[]> {
  const { db } = ctx;
  return db.transaction('r', [db.kits, db.interviews], async () => {
    const byId = new Map<string, KitRecord[]>();
    for (const record of await db.kits.toArray()) byId.set(record.id, [...(byId.get(record.id) ?? []), record]);
    const entries: KitLibraryEntry[] = [];
    for (const [id, records] of byId) {
      records.sort((a, b) => b.version - a.version);
      const newest = records[0]!;
      entries.push({
        ...summarizeKit(newest),
        organisation: newest.organisation,
        description: newest.description,
        versions: records.map((r) => r.version),
        questions: countQuestions(newest),
        interviews: await db.interviews.where('kitId').equals(id).count(),
      });
    }
    return entries.sort(
      (a, b) => Number(a.archived) - Number(b.archived) || Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title),
    );
  });
}

export async function renameKit(ctx: StoreContext, id: string, title: string): Promise<KitSummary> {
  const { db } = ctx;
  return db.transaction('rw', db.kits, async () => {
    const versions = await versionsOf(ctx, id);
    refuseBuiltIn(versions[0]!, 'renamed', 'Duplicate it and rename the copy.');
    const renamed = versions.map((record) => ({ ...record, title: title.trim() }));
    await db.kits.bulkPut(renamed);
    return summarizeKit(renamed[0]!);
  });
}

export async function archiveKit(ctx: StoreContext, id: string, archived: boolean): Promise<KitSummary> {
  const { db } = ctx;
  return db.transaction('rw', db.kits, async () => {
    const versions = (await versionsOf(ctx, id)).map((record) => ({ ...record, archived }));
    await db.kits.bulkPut(versions);
    return summarizeKit(versions[0]!);
  });
}

/** `base-copy`, then `base-copy-2`, … : the first id no installed kit has. */
async function freeCopyId(ctx: StoreContext, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}-copy` : `${base}-copy-${n}`;
    if ((await ctx.db.kits.where('id').equals(candidate).count()) === 0) return candidate;
  }
}

/** A user kit copied from any kit (a built-in one included) under a new id, at version 1, ready to edit. */
export async function duplicateKit(ctx: StoreContext, id: string, version?: number, title?: string): Promise<KitSummary> {
  const { db } = ctx;
  return db.transaction('rw', db.kits, async () => {
    const source = await findKitRecord(ctx, id, version);
    if (!source) throw new StoreFailure('not-found', `No kit "${id}"${version === undefined ? '' : ` version ${version}`} is installed.`);
    const copy: KitRecord = {
      ...structuredClone(source),
      id: await freeCopyId(ctx, id.replace(/-copy(-\d+)?$/, '')),
      version: 1,
      title: title?.trim() || `${source.title} (copy)`,
      builtIn: false,
      archived: false,
    };
    await db.kits.add(copy);
    return summarizeKit(copy);
  });
}

/** Remove every version of a user kit that no interview uses; a kit in use is archived instead, so history keeps its questions. */
export async function deleteKit(ctx: StoreContext, id: string): Promise<{ id: string; versions: number }> {
  const { db } = ctx;
  return db.transaction('rw', [db.kits, db.interviews], async () => {
    const versions = await versionsOf(ctx, id);
    refuseBuiltIn(versions[0]!, 'deleted', 'Archive it to hide it from the pickers.');
    const used = await db.interviews.where('kitId').equals(id).count();
    if (used > 0)
      throw new StoreFailure(
        'in-use',
        `"${versions[0]!.title}" cannot be deleted: ${used} interview${used === 1 ? ' uses' : 's use'} it and would lose their questions. Archive it instead.`,
      );
    await db.kits.bulkDelete(versions.map((r) => [r.id, r.version] as [string, number]));
    return { id, versions: versions.length };
  });
}
