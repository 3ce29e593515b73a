import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Kit } from '../domain/kit/schema';
import { parseKit } from '../domain/kit/parse';
import type { Answer, Candidate, Interview } from '../domain/interview/schema';
import type { DebriefRecord } from '../domain/debrief/record';
import type { ReferenceCheckRecord } from '../domain/debrief/references';
import type { RestoreRecord } from '../domain/backup';
import { BLOCKED_MESSAGE, StoreFailure, isDatabaseClosed } from './errors';

/** A kit as stored: the validated kit plus where it came from and whether it is hidden from pickers. */
export type KitRecord = Kit & { builtIn: boolean; archived: boolean };

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A copy of one interview's weighted total (utils/domain/scoring.ts), kept so that a history page
 * shows its totals without reading every answer. `stamp` (utils/domain/score-stamp.ts) says what
 * the copy was worked out from (the kit record and the interview's revision, which every write
 * to the interview or its answers raises); a copy whose stamp is not the current one is not used.
 * The store never backs these up (they are worked out again). The writes that delete interviews (a
 * candidate's erasure, a restore's replace) drop their copies in the same transaction, since a
 * restore may add those ids back with other answers at the same revision (`dropKeptTotals`).
 */
export interface ScoreTotalRecord {
  /** The interview's id. */
  id: string;
  stamp: string;
  weightedTotal: number | null;
}

export const DEFAULT_DB_NAME = 'panelist';

/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped entry:
 * add a new one (with an `upgrade` when existing rows must change) so a profile written by
 * any earlier release opens with the current code.
 *
 * Kits are few, so `builtIn`/`archived` are filtered in memory; booleans are not valid
 * IndexedDB keys and an index on them would silently skip every row.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store declarations; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites rows written under the previous version; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      kits: '[id+version], id',
      candidates: 'id, name, createdAt',
      interviews:
        'id, candidateId, kitId, roundId, status, createdAt, startedAt, interviewer, meetingCode, [candidateId+createdAt], [status+createdAt]',
      answers: 'id, interviewId',
      settings: 'key',
    },
  },
  {
    // Kit schema 2 (question criteria, guidance, the debrief agenda): stored kits are upgraded in
    // place, each at the version interviews ran with. A kit that no longer validates is left as
    // it was rather than lost.
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('kits')
        .toCollection()
        .modify((record: Record<string, unknown>) => {
          const { builtIn, archived, ...kit } = record;
          const parsed = parseKit(kit);
          if (parsed.ok) Object.assign(record, parsed.kit, { builtIn, archived });
        });
    },
  },
  {
    // The debrief meeting (issue 15): a running or held debrief per row, and reference checks,
    // each found by candidate. New tables only: nothing written before changes.
    version: 3,
    stores: {
      debriefs: 'id, candidateId, meetingCode, status, createdAt',
      referenceChecks: 'id, candidateId, createdAt',
    },
  },
  {
    // History and exports at tens of thousands of interviews: every list filter the desk offers
    // reads a range in createdAt order from one compound index (kit, kit and round, interviewer;
    // candidate and status had theirs from version 1), so a page reads just that page and a count
    // is counted by the index. `restores` is the journal of the last backup restore (written
    // chunk by chunk), so a restore that did not finish says so. New indexes only: no row changes.
    version: 4,
    stores: {
      interviews:
        'id, candidateId, kitId, roundId, status, createdAt, startedAt, interviewer, meetingCode, [candidateId+createdAt], [status+createdAt], [kitId+createdAt], [kitId+roundId+createdAt], [interviewer+createdAt]',
      restores: 'id',
    },
  },
  {
    // Weighted totals kept per interview for history pages at scale (ScoreTotalRecord). A new
    // table only: it starts empty and fills as pages are shown.
    version: 5,
    stores: { scoreTotals: 'id' },
  },
];

export class PanelistDb extends Dexie {
  kits!: Table<KitRecord, [string, number]>;
  candidates!: EntityTable<Candidate, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  answers!: EntityTable<Answer, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  debriefs!: EntityTable<DebriefRecord, 'id'>;
  referenceChecks!: EntityTable<ReferenceCheckRecord, 'id'>;
  restores!: EntityTable<RestoreRecord, 'id'>;
  scoreTotals!: EntityTable<ScoreTotalRecord, 'id'>;

  /** `versions` is only overridden by tests that exercise the upgrade mechanism with a hypothetical next version. */
  constructor(name = DEFAULT_DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const step of versions) {
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade) declared.upgrade(step.upgrade);
    }
    // An upgrade held up by an older connection makes Dexie wait silently; tell whoever is waiting instead.
    this.on('blocked', () => {
      for (const reject of this.blockedWaiters.splice(0)) reject(new StoreFailure('blocked', BLOCKED_MESSAGE));
    });
  }

  private blockedWaiters: ((error: StoreFailure) => void)[] = [];

  /** Rejects if opening this database gets blocked while `operation` is pending; otherwise settles like it. */
  failIfBlocked<T>(operation: Promise<T>): Promise<T> {
    let reject!: (error: StoreFailure) => void;
    const blocked = new Promise<never>((_, r) => {
      reject = r;
    });
    this.blockedWaiters.push(reject);
    const done = () => {
      this.blockedWaiters = this.blockedWaiters.filter((r) => r !== reject);
    };
    return Promise.race([operation, blocked]).finally(done);
  }
}

/**
 * Run one store operation; if the connection was closed under it (an MV3 service worker
 * suspended and revived, or `close()` from a version change), reopen and try once more.
 * Safe because a transaction that failed on a closed database committed nothing.
 */
export async function withReopen<T>(db: PanelistDb, operation: () => Promise<T>): Promise<T> {
  try {
    return await db.failIfBlocked(operation());
  } catch (error) {
    if (!isDatabaseClosed(error)) throw error;
    if (!db.isOpen()) await db.failIfBlocked(db.open());
    return db.failIfBlocked(operation());
  }
}
