import { z } from 'zod';
import { PlatformSchema, TimerEventSchema } from '../interview/schema';
import type { DebriefScorecard, FileReport } from './read-files';
import type { ParsedDebriefFile } from './parse-file';

/**
 * A debrief as the store keeps it while it runs and after: the candidate and kit it is for, the
 * meeting's timer and speaker turns, the files dropped in (as read: their scorecards about the
 * candidate and their reports, not their text), the choices made about conflicting files, the
 * votes and the panel's decision. This browser's own scorecards are not copied in: they are read
 * from the store each time, so they are always the current ones.
 */

const text = z.string().trim().min(1, 'required');
/** Within JavaScript's date range: a timestamp beyond it would break every date shown. */
const instant = z.number().min(-8.64e15).max(8.64e15);

export const DebriefScorecardSchema = z.object({
  interviewId: text,
  sources: z.array(z.string()),
  local: z.boolean(),
  interviewer: text,
  candidate: z.string(),
  kitId: text,
  kitVersion: z.number().int().positive(),
  roundId: text,
  roundTitle: z.string(),
  status: z.enum(['draft', 'submitted']),
  date: instant.nullable(),
  seal: z.string(),
  integrity: z.enum(['edited-after-submission', 'not-sealed']).optional(),
  namedKitVersion: z.number().int().positive().optional(),
  categoryScores: z.record(z.string(), z.number().min(1).max(5).nullable()),
  evidence: z.array(
    z.object({
      questionId: z.string(),
      question: z.string(),
      categoryId: z.string(),
      score: z.number().min(1).max(5).nullable(),
      notAsked: z.boolean(),
      notes: z.string(),
    }),
  ),
  hasEvidence: z.boolean(),
  hasDecision: z.boolean(),
  decisionId: z.string().optional(),
  decisionReason: z.string(),
  flags: z.array(z.object({ kind: z.enum(['red', 'green']), text: z.string(), at: z.string() })),
}) satisfies z.ZodType<DebriefScorecard>;

export const FileReportSchema = z.object({
  name: z.string(),
  shape: z.enum(['items', 'interviews', 'unknown']),
  rowsRead: z.number().int().min(0),
  rowsRejected: z.number().int().min(0),
  scorecards: z.number().int().min(0),
  errors: z.array(z.string()),
  notes: z.array(z.string()),
}) satisfies z.ZodType<FileReport>;

export const DebriefFileSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the file'),
  name: text,
  size: z.number().int().min(0),
  addedAt: instant,
  report: FileReportSchema,
  cards: z.array(DebriefScorecardSchema),
  otherCandidates: z.array(z.object({ name: z.string(), scorecards: z.number().int().min(0) })),
}) satisfies z.ZodType<ParsedDebriefFile>;

export const VoteSchema = z.object({ voter: text, decisionId: text, at: instant });
export const PanelDecisionSchema = z.object({ decisionId: text, reason: text, at: instant, by: z.string().default('') });
export const SpeakerTurnSchema = z.object({ index: z.number().int().min(0), at: instant });

export const DebriefRecordSchema = z.object({
  id: text,
  candidateId: text,
  candidateName: text,
  kitId: text,
  kitVersion: z.number().int().positive(),
  /** Who runs the meeting; votes and the decision are recorded by them. */
  facilitator: z.string().trim().default(''),
  platform: PlatformSchema.default('other'),
  meetingCode: z.string().default(''),
  meetingUrl: z.string().default(''),
  status: z.enum(['running', 'closed']).default('running'),
  createdAt: instant,
  updatedAt: instant,
  closedAt: instant.optional(),
  /** The agenda's timer: one section per step (utils/domain/debrief/agenda.ts). */
  timerEvents: z.array(TimerEventSchema).default([]),
  speakerTurns: z.array(SpeakerTurnSchema).default([]),
  files: z.array(DebriefFileSchema).default([]),
  /** interviewId → the file whose version of a conflicting interview to use. */
  choices: z.record(z.string(), z.string()).default({}),
  /** The explicit choice to see other interviewers' scores before this browser's own is submitted. */
  showOthers: z.boolean().default(false),
  votes: z.array(VoteSchema).default([]),
  decision: PanelDecisionSchema.optional(),
  /** Stored versions of this record, as on an interview: +1 per write. */
  revision: z.number().int().min(0).default(0),
});

export type DebriefRecord = z.infer<typeof DebriefRecordSchema>;
export type DebriefFileRecord = z.infer<typeof DebriefFileSchema>;
export type PanelDecision = z.infer<typeof PanelDecisionSchema>;
