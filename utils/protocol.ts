import { z } from 'zod';
import { KitSchema, type Kit } from './domain/kit/schema';
import { SettingsPatchSchema, type Settings } from './domain/settings';
import { SECTION_ORDER, type RestoreRecord, type SectionName } from './domain/backup';
import type { RestoreSummary } from './domain/backup-summary';
import {
  PlatformSchema,
  ScoreSchema,
  TimerEventSchema,
  FlagSchema,
  type Answer,
  type Candidate,
  type Interview,
} from './domain/interview/schema';
import { DebriefFileSchema, type DebriefRecord } from './domain/debrief/record';
import { WOULD_HIRE_AGAIN, type ReferenceCheckRecord } from './domain/debrief/references';
import type { CalibrationPanel } from './domain/debrief/calibration';

/**
 * UI → background requests. One entry per request: the zod schema its payload
 * must pass on arrival in the background, and (as a type) what it answers.
 * Every view (panel, side panel, options, popup) talks to the store only through these.
 */
export const InterviewFilterSchema = z.object({
  candidateId: z.string().optional(),
  kitId: z.string().optional(),
  roundId: z.string().optional(),
  interviewer: z.string().optional(),
  status: z.enum(['draft', 'submitted']).optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  search: z.string().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type InterviewFilter = z.input<typeof InterviewFilterSchema>;

export const AnswerPatchSchema = z
  .object({
    score: ScoreSchema.nullable().optional(),
    notAsked: z.boolean().optional(),
    pointsTicked: z.array(z.number().int().min(0)).optional(),
    /** Criterion id → 1-5, or null to clear that criterion; criteria not named keep their scores. */
    criteriaScores: z.record(z.string(), ScoreSchema.nullable()).optional(),
    notes: z.string().optional(),
  })
  .strict();
export type AnswerPatch = z.infer<typeof AnswerPatchSchema>;

export const InterviewPatchSchema = z
  .object({
    categoryRatings: z.record(z.string(), ScoreSchema.nullable()).optional(),
    decisionId: z.string().nullable().optional(),
    decisionReason: z.string().optional(),
    overallNotes: z.string().optional(),
    interviewer: z.string().trim().min(1).optional(),
  })
  .strict();
export type InterviewPatch = z.infer<typeof InterviewPatchSchema>;

/** The most rows and text one restore chunk may carry (the desk's worker sends ~2 MB). */
export const RESTORE_CHUNK_MAX_ROWS = 5000;
export const RESTORE_CHUNK_MAX_CHARS = 32 * 1024 * 1024;

const PageSchema = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

export const requestSchemas = {
  ping: z.object({}),
  // Kits: the library (newest version of each, with its versions and use), one version, and the library's changes.
  'kits.list': z.object({ includeArchived: z.boolean().default(false) }),
  // Pickers and filters: each kit's newest version as a summary, without counting its interviews.
  'kits.summaries': z.object({ includeArchived: z.boolean().default(false) }),
  'kits.get': z.object({ id: z.string(), version: z.number().int().optional() }),
  'kits.save': z.object({ kit: KitSchema }),
  'kits.rename': z.object({ id: z.string(), title: z.string().trim().min(1, 'required') }),
  'kits.duplicate': z.object({ id: z.string(), version: z.number().int().optional(), title: z.string().trim().min(1).optional() }),
  'kits.archive': z.object({ id: z.string(), archived: z.boolean() }),
  'kits.delete': z.object({ id: z.string() }),
  // Candidates: a page by name (with how many interviews each), one candidate's scorecards, erasure.
  'candidates.list': z.object({ search: z.string().optional(), ...PageSchema }),
  // The start form's picker: the first few candidates by name that match what is typed, nothing counted.
  'candidates.find': z.object({ search: z.string().optional(), limit: z.number().int().min(1).max(100).default(20) }),
  'candidates.scorecards': z.object({ candidateId: z.string() }),
  'candidates.delete': z.object({ id: z.string() }),
  // Interviews: one scorecard (with its candidate, answers and kit), lists, and every change the panel makes.
  'interviews.start': z.object({
    candidateId: z.string().optional(),
    candidateName: z.string().trim().min(1).optional(),
    kitId: z.string(),
    roundId: z.string(),
    interviewer: z.string().trim().min(1, 'required'),
    platform: PlatformSchema,
    meetingCode: z.string().default(''),
    meetingUrl: z.string().default(''),
  }),
  'interviews.get': z.object({ id: z.string() }),
  'interviews.openForMeeting': z.object({ meetingCode: z.string().min(1) }),
  'interviews.submittedForMeeting': z.object({ meetingCode: z.string().min(1) }),
  'interviews.list': InterviewFilterSchema,
  // The same page without its total, and the total on its own: history shows the rows before counting them.
  'interviews.page': InterviewFilterSchema,
  'interviews.count': InterviewFilterSchema.omit({ offset: true, limit: true }),
  'interviews.ids': InterviewFilterSchema.omit({ offset: true, limit: true }),
  'interviews.interviewers': z.object({}),
  'interviews.timer': z.object({ id: z.string(), event: TimerEventSchema }),
  'interviews.update': z.object({ id: z.string(), patch: InterviewPatchSchema }),
  'interviews.flag': z.object({ id: z.string(), flag: FlagSchema }),
  'interviews.unflag': z.object({ id: z.string(), flagId: z.string() }),
  'interviews.submit': z.object({ id: z.string() }),
  'interviews.reopen': z.object({ id: z.string(), reason: z.string().trim().min(1, 'say why the scorecard is reopened') }),
  'interviews.dismissReminder': z.object({ id: z.string() }),
  'answers.put': z.object({ interviewId: z.string(), questionId: z.string(), patch: AnswerPatchSchema }),
  'export.csv': z.object({
    shape: z.enum(['items', 'interviews']),
    ids: z.array(z.string()).optional(),
    filter: InterviewFilterSchema.optional(),
  }),
  // Backups: the desk reads the store itself to write one (utils/store/read-only.ts); a restore comes
  // back in chunks the desk's worker has checked, each bounded far below a message's 64 MiB.
  'backup.restoreBegin': z.object({
    mode: z.enum(['merge', 'replace']),
    file: z.object({ name: z.string().max(1000), size: z.number().min(0), exportedAt: z.string().max(100) }),
    total: z.number().int().min(0),
  }),
  'backup.restoreChunk': z.object({
    runId: z.string().min(1),
    section: z.enum(SECTION_ORDER as [SectionName, ...SectionName[]]),
    /** The first row's place in its section, so a refusal names the row as the file has it. */
    first: z.number().int().min(0),
    lines: z
      .array(z.string())
      .min(1)
      .max(RESTORE_CHUNK_MAX_ROWS)
      .refine((lines) => lines.reduce((n, line) => n + line.length, 0) <= RESTORE_CHUNK_MAX_CHARS, 'a chunk holds at most 32 MB of text'),
  }),
  'backup.restoreEnd': z.object({ runId: z.string().min(1) }),
  'backup.journal': z.object({}),
  'settings.get': z.object({}),
  'settings.set': z.object({ patch: SettingsPatchSchema }),
  // Debriefs (the decision meeting): open one for a candidate, follow it, and every change made while it runs.
  'debriefs.open': z.object({
    candidateId: z.string().optional(),
    candidateName: z.string().trim().min(1).optional(),
    kitId: z.string().min(1, 'required'),
    kitVersion: z.number().int().positive().optional(),
    facilitator: z.string().trim().default(''),
    platform: PlatformSchema.default('other'),
    meetingCode: z.string().default(''),
    meetingUrl: z.string().default(''),
  }),
  'debriefs.get': z.object({ id: z.string() }),
  'debriefs.list': z.object({
    candidateId: z.string().optional(),
    meetingCode: z.string().optional(),
    status: z.enum(['running', 'closed']).optional(),
    limit: z.number().int().min(1).max(200).default(20),
  }),
  /** Every installed kit at every version: dropped files are read with the version they name. */
  'debriefs.kits': z.object({}),
  /** Past debriefs as panels of category scores, for calibration (the one being held left out). */
  'debriefs.calibration': z.object({ excludeId: z.string().optional() }),
  'debriefs.addFiles': z.object({ id: z.string(), files: z.array(DebriefFileSchema).min(1) }),
  'debriefs.removeFile': z.object({ id: z.string(), fileId: z.string() }),
  'debriefs.choose': z.object({ id: z.string(), interviewId: z.string(), fileId: z.string() }),
  'debriefs.update': z.object({
    id: z.string(),
    patch: z.object({ showOthers: z.boolean().optional(), facilitator: z.string().trim().optional() }).strict(),
  }),
  'debriefs.timer': z.object({ id: z.string(), event: TimerEventSchema }),
  'debriefs.speaker': z.object({ id: z.string(), index: z.number().int().min(0), at: z.number() }),
  'debriefs.vote': z.object({ id: z.string(), voter: z.string().trim().min(1, 'say who votes'), decisionId: z.string().nullable() }),
  'debriefs.decide': z.object({ id: z.string(), decisionId: z.string().nullable(), reason: z.string().trim().default('') }),
  'debriefs.delete': z.object({ id: z.string() }),
  // Reference checks, run from the candidate with the kit's questions for that kind of referee.
  'references.list': z.object({ candidateId: z.string() }),
  'references.start': z.object({
    candidateId: z.string(),
    kitId: z.string(),
    kitVersion: z.number().int().positive().optional(),
    setIndex: z.number().int().min(0),
    refereeName: z.string().trim().min(1, 'give the referee’s name'),
    relationship: z.string().trim().default(''),
    by: z.string().trim().default(''),
  }),
  'references.update': z.object({
    id: z.string(),
    patch: z
      .object({
        refereeName: z.string().trim().min(1, 'give the referee’s name').optional(),
        relationship: z.string().trim().optional(),
        by: z.string().trim().optional(),
        wouldHireAgain: z.enum(WOULD_HIRE_AGAIN).nullable().optional(),
        note: z.object({ index: z.number().int().min(0), notes: z.string() }).optional(),
        complete: z.boolean().optional(),
      })
      .strict(),
  }),
  'references.delete': z.object({ id: z.string() }),
} as const;

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;

/**
 * The requests that only read, and so may be followed live: the store answers again whenever
 * anything it read for the answer changes (Dexie's liveQuery), whichever view made the change.
 */
export const QUERY_NAMES = [
  'ping',
  'kits.list',
  'kits.summaries',
  'kits.get',
  'candidates.list',
  'candidates.find',
  'candidates.scorecards',
  'interviews.get',
  'interviews.openForMeeting',
  'interviews.submittedForMeeting',
  'interviews.list',
  'interviews.page',
  'interviews.count',
  'interviews.ids',
  'interviews.interviewers',
  'backup.journal',
  'settings.get',
  'debriefs.get',
  'debriefs.list',
  'debriefs.kits',
  'debriefs.calibration',
  'references.list',
] as const satisfies readonly RequestName[];
export type QueryName = (typeof QUERY_NAMES)[number];
export const isQueryName = (name: string): name is QueryName => (QUERY_NAMES as readonly string[]).includes(name);

export type * from './protocol-replies';
import type {
  CandidateRow,
  CandidateScorecards,
  DebriefBundle,
  DebriefRow,
  InterviewBundle,
  InterviewRow,
  KitLibraryEntry,
  KitSummary,
} from './protocol-replies';

export interface ResponseMap {
  /** `database`: the store's IndexedDB name, for the desk's read-only reads (utils/store/read-only.ts). */
  ping: { ok: true; at: number; database: string };
  'kits.list': KitLibraryEntry[];
  'kits.summaries': KitSummary[];
  'kits.get': Kit;
  'kits.save': KitSummary;
  'kits.rename': KitSummary;
  'kits.duplicate': KitSummary;
  'kits.archive': KitSummary;
  'kits.delete': { id: string; versions: number };
  'candidates.list': { rows: CandidateRow[]; total: number };
  'candidates.find': Candidate[];
  'candidates.scorecards': CandidateScorecards;
  'candidates.delete': { candidate: Candidate; interviews: number; answers: number };
  'interviews.start': InterviewBundle;
  'interviews.get': InterviewBundle;
  'interviews.openForMeeting': InterviewBundle | null;
  /** The scorecard submitted last in this meeting, so a reload can show it read-only. */
  'interviews.submittedForMeeting': InterviewBundle | null;
  'interviews.list': { rows: InterviewRow[]; total: number };
  'interviews.page': { rows: InterviewRow[] };
  'interviews.count': { total: number };
  'interviews.ids': string[];
  'interviews.interviewers': string[];
  'interviews.timer': Interview;
  'interviews.update': Interview;
  'interviews.flag': Interview;
  'interviews.unflag': Interview;
  'interviews.submit': Interview;
  'interviews.reopen': Interview;
  'interviews.dismissReminder': Interview;
  'answers.put': Answer;
  'export.csv': { filename: string; csv: string; rows: number };
  'backup.restoreBegin': { runId: string };
  'backup.restoreChunk': RestoreSummary;
  'backup.restoreEnd': RestoreRecord;
  'backup.journal': RestoreRecord | null;
  'settings.get': Settings;
  'settings.set': Settings;
  'debriefs.open': DebriefRecord;
  'debriefs.get': DebriefBundle;
  'debriefs.list': DebriefRow[];
  'debriefs.kits': Kit[];
  'debriefs.calibration': CalibrationPanel[];
  'debriefs.addFiles': { debrief: DebriefRecord; added: string[]; duplicates: string[] };
  'debriefs.removeFile': DebriefRecord;
  'debriefs.choose': DebriefRecord;
  'debriefs.update': DebriefRecord;
  'debriefs.timer': DebriefRecord;
  'debriefs.speaker': DebriefRecord;
  'debriefs.vote': DebriefRecord;
  'debriefs.decide': DebriefRecord;
  'debriefs.delete': { id: string };
  'references.list': ReferenceCheckRecord[];
  'references.start': ReferenceCheckRecord;
  'references.update': ReferenceCheckRecord;
  'references.delete': { id: string };
}

/** The envelope on the wire. Replies are `{ ok: true, data }` or `{ ok: false, error }`. */
export const RequestEnvelopeSchema = z.object({
  panelist: z.literal(1),
  name: z.string(),
  payload: z.unknown(),
});
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** The live-query port's name (utils/live-port.ts, kept apart so views load no schemas for it). */
export { LIVE_PORT } from './live-port';

export type LiveToStore = { subscribe: number; name: QueryName; payload: unknown } | { unsubscribe: number };
export interface LiveFromStore {
  subscription: number;
  reply: Reply<unknown>;
}
