import type { Kit } from '../domain/kit/schema';
import type { KitSummary } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { canonicalJson } from '../domain/seal';

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

function stripRecord({ builtIn: _b, archived: _a, ...kit }: KitRecord): Kit {
  return kit;
}

/** The newest version of every kit; pickers show one entry per kit. */
export async function listKits(ctx: StoreContext, includeArchived: boolean): Promise<KitSummary[]> {
  const newest = new Map<string, KitRecord>();
  for (const record of await ctx.db.kits.toArray()) {
    const seen = newest.get(record.id);
    if (!seen || record.version > seen.version) newest.set(record.id, record);
  }
  return [...newest.values()]
    .filter((k) => includeArchived || !k.archived)
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title))
    .map(summarizeKit);
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
  return stripRecord(record);
}

/** Import or update a user kit. Built-in kits ship with the extension and cannot be overwritten. */
export async function saveKit(ctx: StoreContext, kit: Kit): Promise<KitSummary> {
  return ctx.db.transaction('rw', ctx.db.kits, async () => {
    const existing = await ctx.db.kits.get([kit.id, kit.version]);
    if (existing?.builtIn)
      throw new StoreFailure(
        'conflict',
        `Kit "${kit.id}" version ${kit.version} is built into Panelist. Give the imported kit another id or a higher version.`,
      );
    const record: KitRecord = { ...kit, builtIn: false, archived: existing?.archived ?? false };
    await ctx.db.kits.put(record);
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
