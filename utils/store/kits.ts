import type { Kit } from '../domain/kit/schema';
import type { KitLibraryEntry, KitSummary } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { canonicalJson } from '../domain/seal';

/** The key kits are cached under where several versions are read together. */
export const kitKey = (id: string, version: number) => `${id}@${version}`;

export function summarizeKit(record: KitRecord): KitSummary {
  return {
    id: record.id,
    version: record.version,
    title: record.title,
    role: record.role,
    builtIn: record.builtIn,
    archived: record.archived,
    rounds: record.rounds.map((r) => ({
      id: r.id,
      title: r.title,
      ...(r.durationMin !== undefined ? { durationMin: r.durationMin } : {}),
    })),
  };
}

/** The kit itself, without what the store keeps beside it. */
export function plainKit({ builtIn: _b, archived: _a, ...kit }: KitRecord): Kit {
  return kit;
}

/** A kit at a given version, or its newest version. Interviews keep the version they were run with. */
export async function findKitRecord(ctx: StoreContext, id: string, version?: number): Promise<KitRecord | undefined> {
  if (version !== undefined) return ctx.db.kits.get([id, version]);
  const versions = await ctx.db.kits.where('id').equals(id).toArray();
  return versions.sort((a, b) => b.version - a.version)[0];
}

export async function getKit(ctx: StoreContext, id: string, version?: number): Promise<Kit> {
  const record = await findKitRecord(ctx, id, version);
  if (!record)
    throw new StoreFailure(
      'not-found',
      version === undefined ? `No kit "${id}" is installed.` : `Kit "${id}" version ${version} is not installed.`,
    );
  return plainKit(record);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Import or update a user kit. Built-in kits ship with the extension and cannot be overwritten,
 * and a version that interviews were run with cannot change: their scorecards would otherwise
 * show other questions than the ones asked (an identical re-save is accepted). Such a save is
 * refused, naming the next free version to save as instead. What the kit says about itself
 * beyond the schema (a forged `builtIn`) is never stored: the protocol parses the kit with the
 * kit schema, and the record is always a user kit.
 */
export async function saveKit(ctx: StoreContext, kit: Kit): Promise<KitSummary> {
  const { db } = ctx;
  return db.transaction('rw', [db.kits, db.interviews], async () => {
    const existing = await db.kits.get([kit.id, kit.version]);
    if (existing?.builtIn)
      throw new StoreFailure(
        'conflict',
        `Kit "${kit.id}" version ${kit.version} is built into Panelist. Give the imported kit another id or a higher version.`,
      );
    const record: KitRecord = { ...kit, builtIn: false, archived: existing?.archived ?? false };
    if (existing && canonicalJson(plainKit(existing)) !== canonicalJson(kit)) {
      const used = await db.interviews
        .where('kitId')
        .equals(kit.id)
        .filter((i) => i.kitVersion === kit.version)
        .toArray();
      if (used.length > 0) {
        const submitted = used.filter((i) => i.status === 'submitted').length;
        const drafts = used.length - submitted;
        const what = [
          submitted ? plural(submitted, 'submitted scorecard', 'submitted scorecards') : '',
          drafts ? plural(drafts, 'draft', 'drafts') : '',
        ]
          .filter(Boolean)
          .join(' and ');
        const next = Math.max(...(await db.kits.where('id').equals(kit.id).toArray()).map((r) => r.version)) + 1;
        throw new StoreFailure(
          'in-use',
          `"${existing.title}" version ${kit.version} is used by ${what}, which keep the questions they were run with; save as version ${next}.`,
        );
      }
    }
    await db.kits.put(record);
    return summarizeKit(record);
  });
}

/**
 * Install the kits that ship with this build. A shipped kit at the same version replaces the
 * stored copy (a wording fix), keeping whether the user archived it. Runs on every worker
 * start, so an unchanged kit is left alone rather than rewritten.
 */
export async function seedBuiltinKits(ctx: StoreContext, kits: readonly Kit[]): Promise<number> {
  return ctx.db.transaction('rw', ctx.db.kits, async () => {
    let written = 0;
    for (const kit of kits) {
      const existing = await ctx.db.kits.get([kit.id, kit.version]);
      const record: KitRecord = { ...kit, builtIn: true, archived: existing?.archived ?? false };
      if (existing && canonicalJson(existing) === canonicalJson(record)) continue;
      await ctx.db.kits.put(record);
      written++;
    }
    return written;
  });
}

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

/**
 * The library: the newest version of every kit (archived ones only when asked), with its versions
 * and how many interviews use it. Pickers and the desk list the same entries. Kits are few, so
 * `archived` is filtered in memory.
 */
export function listKits(ctx: StoreContext, includeArchived: boolean): Promise<KitLibraryEntry[]> {
  const { db } = ctx;
  return db.transaction('r', [db.kits, db.interviews], async () => {
    const byId = new Map<string, KitRecord[]>();
    for (const record of await db.kits.toArray())
      if (includeArchived || !record.archived) byId.set(record.id, [...(byId.get(record.id) ?? []), record]);
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
