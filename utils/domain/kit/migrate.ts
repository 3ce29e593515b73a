import { KIT_SCHEMA_VERSION } from './schema';
import { placeWeightedCriteria } from './criteria';

/**
 * Kit files outlive the build that wrote them (exports, backups, shared JSON),
 * so every kit is brought up to the current schemaVersion before KitSchema
 * sees it. Each upgrade takes a kit of schema N and returns one of schema N+1.
 */
export type KitUpgrade = (kit: Record<string, unknown>) => Record<string, unknown>;

/**
 * Schema 1 → 2. A round's weighted `evaluationCriteria` become the scored criteria of its one
 * scored question when there is exactly one and the weights total 100% (Round 5's challenge: each
 * criterion now gets its own 1-5); otherwise they stay beside the round as `assessmentAreas`,
 * shown but not scored. Everything else schema 2 adds has a default.
 */
function upgradeV1(kit: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(kit.rounds)) return kit;
  const rounds = kit.rounds.map((round: unknown) => {
    if (!isRecord(round) || !('evaluationCriteria' in round)) return round;
    const { evaluationCriteria, ...rest } = round;
    return placeWeightedCriteria(rest, Array.isArray(evaluationCriteria) ? evaluationCriteria.filter(isRecord) : []);
  });
  return { ...kit, rounds };
}

/** Upgrades keyed by the schemaVersion they start from. */
export const KIT_UPGRADES: Readonly<Record<number, KitUpgrade>> = { 1: upgradeV1 };

/** Kits exported before schemaVersion existed have the v1 shape. */
const UNVERSIONED_SCHEMA = 1;

export type KitMigration = { ok: true; kit: unknown } | { ok: false; error: string };

export function migrateKit(
  raw: unknown,
  upgrades: Readonly<Record<number, KitUpgrade>> = KIT_UPGRADES,
  currentVersion: number = KIT_SCHEMA_VERSION,
): KitMigration {
  // Anything that is not an object, or whose version is not a whole number,
  // is left for KitSchema to reject with a path and an expected-vs-got message.
  if (!isRecord(raw)) return { ok: true, kit: raw };
  const declared = raw.schemaVersion ?? UNVERSIONED_SCHEMA;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) return { ok: true, kit: raw };

  if (declared > currentVersion) {
    return {
      ok: false,
      error:
        `schemaVersion: this kit was made by a newer Panelist (schema ${declared}); ` +
        `update Panelist to open it (this version reads schema ${currentVersion} and older)`,
    };
  }

  let kit: Record<string, unknown> = { ...raw, schemaVersion: declared };
  for (let version = declared; version < currentVersion; version++) {
    const upgrade = upgrades[version];
    if (!upgrade) {
      return { ok: false, error: `schemaVersion: no upgrade from schema ${version} to ${version + 1} in this Panelist` };
    }
    kit = { ...upgrade(kit), schemaVersion: version + 1 };
  }
  return { ok: true, kit };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
