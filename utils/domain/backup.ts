import { z } from 'zod';
import { KitSchema } from './kit/schema';
import { migrateKit } from './kit/migrate';
import { AnswerSchema, CandidateSchema, InterviewSchema, type Answer, type Candidate, type Interview } from './interview/schema';
import { DebriefRecordSchema, type DebriefRecord } from './debrief/record';
import { ReferenceCheckRecordSchema, type ReferenceCheckRecord } from './debrief/references';

/**
 * The backup file: everything in the store, versioned. Pure, so the format, its validation and
 * the restore's merge rules are tested without a database; utils/store/backup.ts reads and writes
 * the store, utils/client/backup-*.ts stream files of any size through it.
 *
 * Version 2 is one JSON document laid out one record per line, so it is written and read a line
 * at a time however large it grows (backup-file.ts), and each scorecard carries its answers, so a
 * restore writes a scorecard whole. Version 1 (one pretty-printed document with interviews and
 * answers apart, what earlier releases wrote) is still read.
 */
export const BACKUP_FORMAT = 'panelist-backup';
export const BACKUP_VERSION = 2;

// Backups outlive the build that wrote them: each kit is brought up to the current kit schema first.
export const KitRecordSchema = z.preprocess(
  (raw) => {
    const migrated = migrateKit(raw);
    return migrated.ok ? migrated.kit : raw;
  },
  z.intersection(KitSchema, z.object({ builtIn: z.boolean().default(false), archived: z.boolean().default(false) })),
);
export const SettingRowSchema = z.object({ key: z.string().min(1, 'required'), value: z.unknown() });
/** One interview with its answers: the unit a restore keeps or replaces (its seal covers both). */
export const ScorecardRecordSchema = z.object({ interview: InterviewSchema, answers: z.array(AnswerSchema) });

export type KitRow = z.infer<typeof KitRecordSchema>;
export type SettingRow = z.infer<typeof SettingRowSchema>;
export type ScorecardRow = { interview: Interview; answers: Answer[] };

/**
 * What a backup holds, section by section. THE ONE LIST of what is backed up: a new table is a new
 * section here (its rows' type), in BACKUP_SECTIONS (schema, key, how messages name a row), in
 * SECTION_ORDER (after the sections its rows refer to), in BackupChecker's references when it
 * has any, and in utils/store/backup-tables.ts (how the store reads and merges it).
 */
export interface BackupRows {
  kits: KitRow[];
  candidates: Candidate[];
  scorecards: ScorecardRow[];
  /** The debrief meetings held here and the reference checks taken (issue 15); absent from older files. */
  debriefs: DebriefRecord[];
  referenceChecks: ReferenceCheckRecord[];
  settings: SettingRow[];
}
export type SectionName = keyof BackupRows;
export type SectionRow<S extends SectionName> = BackupRows[S][number];

/** File order: every section comes after the sections its rows refer to. */
export const SECTION_ORDER: readonly SectionName[] = ['kits', 'candidates', 'scorecards', 'debriefs', 'referenceChecks', 'settings'];

export interface SectionSpec<T> {
  schema: z.ZodType<T>;
  /** Unique within the section; rows are written in this key's order (the store's primary key order). */
  key(row: T): string;
  /** The table name messages use for a row's place ("interviews[3]"). */
  label: string;
  /** How a message names one row. */
  describe(row: T): string;
  /** Rows of earlier sections this row needs (a restore refuses a file where one is missing). */
  refs?(row: T): { section: SectionName; key: string; field: string; what: string }[];
}

export const kitKey = (id: string, version: number) => `${id}@${version}`;

export const BACKUP_SECTIONS: { [S in SectionName]: SectionSpec<SectionRow<S>> } = {
  kits: {
    schema: KitRecordSchema as z.ZodType<KitRow>,
    key: (k) => kitKey(k.id, k.version),
    label: 'kits',
    describe: (k) => `kit "${k.id}" version ${k.version}`,
  },
  candidates: { schema: CandidateSchema, key: (c) => c.id, label: 'candidates', describe: (c) => `candidate "${c.name}"` },
  scorecards: {
    schema: ScorecardRecordSchema,
    key: (s) => s.interview.id,
    label: 'interviews',
    describe: (s) => `interview "${s.interview.id}"`,
    refs: ({ interview: i }) => [
      { section: 'candidates', key: i.candidateId, field: 'candidateId', what: `candidate "${i.candidateId}"` },
      { section: 'kits', key: kitKey(i.kitId, i.kitVersion), field: 'kitId', what: `kit "${i.kitId}" version ${i.kitVersion}` },
    ],
  },
  debriefs: {
    schema: DebriefRecordSchema as z.ZodType<DebriefRecord>,
    key: (d) => d.id,
    label: 'debriefs',
    describe: (d) => `debrief "${d.id}"`,
    refs: (d) => [{ section: 'candidates', key: d.candidateId, field: 'candidateId', what: `candidate "${d.candidateId}"` }],
  },
  referenceChecks: {
    schema: ReferenceCheckRecordSchema as z.ZodType<ReferenceCheckRecord>,
    key: (r) => r.id,
    label: 'referenceChecks',
    describe: (r) => `reference check "${r.id}"`,
    refs: (r) => [{ section: 'candidates', key: r.candidateId, field: 'candidateId', what: `candidate "${r.candidateId}"` }],
  },
  settings: { schema: SettingRowSchema, key: (s) => s.key, label: 'settings', describe: (s) => `setting "${s.key}"` },
};

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
}

export type SectionCounts = Partial<Record<SectionName, number>>;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export function backupFilename(exportedAt: Date): string {
  return `panelist-backup-${exportedAt.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

/** The store's journal of the last restore (table `restores`), written with each chunk, so a restore that stopped half-way says so. */
export interface RestoreRecord {
  /** Always 'last': the journal keeps only the latest restore. */
  id: string;
  /** This restore's id: chunks of an older (abandoned) run are refused. */
  runId: string;
  state: 'running' | 'done';
  mode: 'merge' | 'replace';
  /** The file as the user chose it. */
  file: { name: string; size: number; exportedAt: string };
  startedAt: number;
  finishedAt?: number;
  /** Records the file holds, and how many of them have been written so far. */
  total: number;
  written: number;
}
