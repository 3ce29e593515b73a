import { z } from 'zod';
import { KitSchema } from './kit/schema';
import { migrateKit } from './kit/migrate';
import { AnswerSchema, CandidateSchema, InterviewSchema, answerId } from './interview/schema';
import { canonicalJson } from './seal';
import { describeIssues } from './issues';

/**
 * The backup file: the whole store as one versioned JSON document. Pure, so the format and
 * its validation are tested without a database; utils/store/backup.ts reads and writes it.
 */
export const BACKUP_FORMAT = 'panelist-backup';
export const BACKUP_VERSION = 1;

// Backups outlive the build that wrote them: each kit is brought up to the current kit schema first.
const KitRecordSchema = z.preprocess(
  (raw) => {
    const migrated = migrateKit(raw);
    return migrated.ok ? migrated.kit : raw;
  },
  z.intersection(KitSchema, z.object({ builtIn: z.boolean().default(false), archived: z.boolean().default(false) })),
);
const SettingRowSchema = z.object({ key: z.string().min(1, 'required'), value: z.unknown() });

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string(),
    kits: z.array(KitRecordSchema),
    candidates: z.array(CandidateSchema),
    interviews: z.array(InterviewSchema),
    answers: z.array(AnswerSchema),
    settings: z.array(SettingRowSchema),
  })
  .superRefine((backup, ctx) => {
    // A backup must stand on its own: every reference points at a record inside the file.
    const unique = (table: string, keys: string[]) => {
      const seen = new Set<string>();
      keys.forEach((key, i) => {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [table, i], message: `duplicate record ${key}` });
        seen.add(key);
      });
      return seen;
    };
    const kits = unique(
      'kits',
      backup.kits.map((k) => `${k.id}@${k.version}`),
    );
    const candidates = unique(
      'candidates',
      backup.candidates.map((c) => c.id),
    );
    const interviews = unique(
      'interviews',
      backup.interviews.map((i) => i.id),
    );
    unique(
      'answers',
      backup.answers.map((a) => a.id),
    );
    unique(
      'settings',
      backup.settings.map((s) => s.key),
    );
    backup.interviews.forEach((interview, i) => {
      if (!candidates.has(interview.candidateId))
        ctx.addIssue({
          code: 'custom',
          path: ['interviews', i, 'candidateId'],
          message: `no candidate "${interview.candidateId}" in the backup`,
        });
      if (!kits.has(`${interview.kitId}@${interview.kitVersion}`))
        ctx.addIssue({
          code: 'custom',
          path: ['interviews', i, 'kitId'],
          message: `no kit "${interview.kitId}" version ${interview.kitVersion} in the backup`,
        });
    });
    backup.answers.forEach((answer, i) => {
      if (!interviews.has(answer.interviewId))
        ctx.addIssue({
          code: 'custom',
          path: ['answers', i, 'interviewId'],
          message: `no interview "${answer.interviewId}" in the backup`,
        });
      if (answer.id !== answerId(answer.interviewId, answer.questionId))
        ctx.addIssue({
          code: 'custom',
          path: ['answers', i, 'id'],
          message: `expected "${answerId(answer.interviewId, answer.questionId)}"`,
        });
    });
  });

export type Backup = z.infer<typeof BackupSchema>;
export type BackupContents = Omit<Backup, 'format' | 'version' | 'exportedAt'>;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Validate a backup file completely before anything is written. Throws a BackupError naming each bad path. */
export function parseBackup(json: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new BackupError(`The file is not valid JSON (${(error as Error).message}).`);
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) throw new BackupError('The file is not a Panelist backup.');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    throw new BackupError(`The backup was made by a newer Panelist (format version ${head.version}). Update the extension to restore it.`);
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError(describeIssues(parsed.error));
  return parsed.data;
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

/**
 * The file text. Rows are sorted by key and object keys alphabetically, so the same data
 * always gives the same bytes (only `exportedAt` differs between two exports).
 */
export function serializeBackup(contents: BackupContents, exportedAt: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    kits: [...contents.kits].sort(byKey((k) => `${k.id}\u0000${String(k.version).padStart(12, '0')}`)),
    candidates: [...contents.candidates].sort(byKey((c) => c.id)),
    interviews: [...contents.interviews].sort(byKey((i) => i.id)),
    answers: [...contents.answers].sort(byKey((a) => a.id)),
    settings: [...contents.settings].sort(byKey((s) => s.key)),
  };
  return `${canonicalJson(backup, 2)}\n`;
}

export function backupFilename(exportedAt: Date): string {
  return `panelist-backup-${exportedAt.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

/** The store's journal of the last restore (table `restores`), written with each chunk, so a restore that stopped half-way says so. */
export interface RestoreRecord {
  id: string;
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
