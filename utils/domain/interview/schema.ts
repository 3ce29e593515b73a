import { z } from 'zod';

/**
 * Interview records: what one interviewer did in one round with one candidate.
 * These are the store's row types and the payloads of the messages that change them.
 */

/**
 * A moment as the store keeps it: milliseconds since 1970-01-01 UTC, never later than the last
 * millisecond of 9999. Every stored time is then a real date that formats, sorts and exports as a
 * four-digit-year ISO 8601 string; 1e300 (which a Date cannot hold: "Invalid time value") is
 * refused on arrival by every route (a request, a backup, a file).
 */
export const LATEST_MOMENT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const MOMENT_MESSAGE = 'expected a date between 1970 and 9999 (milliseconds since 1970-01-01 UTC)';
export const MomentSchema = z.number().min(0, MOMENT_MESSAGE).max(LATEST_MOMENT_MS, MOMENT_MESSAGE);
/** A length of time in milliseconds, bounded like a moment so that no figure derived from it overflows. */
export const DurationSchema = z
  .number()
  .min(0, 'expected a length of time of 0 ms or more')
  .max(LATEST_MOMENT_MS, 'expected a length of time shorter than 8,000 years');

export const PlatformSchema = z.enum(['meet', 'zoom', 'teams', 'practice', 'other']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Each timer action is an event; every figure shown is derived from events + the clock (utils/timer.ts). */
export const TimerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at: MomentSchema }),
  z.object({ type: z.literal('pause'), at: MomentSchema }),
  z.object({ type: z.literal('resume'), at: MomentSchema }),
  z.object({ type: z.literal('jump'), at: MomentSchema, sectionIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('next'), at: MomentSchema }),
  z.object({ type: z.literal('previous'), at: MomentSchema }),
  z.object({ type: z.literal('finish'), at: MomentSchema }),
]);
export type TimerEvent = z.infer<typeof TimerEventSchema>;

export const ScoreSchema = z.number().int().min(1).max(5);
export type Score = z.infer<typeof ScoreSchema>;

export const FlagSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['green', 'red']),
  text: z.string().trim().min(1, 'required'),
  /** Round clock (ms of active interview time) when the flag was raised: "red flag at 12:40". */
  roundElapsedMs: DurationSchema,
  raisedAt: MomentSchema,
  questionId: z.string().optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const CandidateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'required'),
  email: z.string().default(''),
  createdAt: MomentSchema,
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const InterviewStatusSchema = z.enum(['draft', 'submitted']);

export const ReopeningSchema = z.object({ at: MomentSchema, reason: z.string(), previousSeal: z.string() });

export const InterviewSchema = z.object({
  id: z.string().min(1),
  candidateId: z.string().min(1),
  kitId: z.string().min(1),
  kitVersion: z.number().int().positive(),
  roundId: z.string().min(1),
  interviewer: z.string().trim().min(1, 'required'),
  platform: PlatformSchema,
  meetingCode: z.string().default(''),
  meetingUrl: z.string().default(''),
  createdAt: MomentSchema,
  startedAt: MomentSchema.optional(),
  finishedAt: MomentSchema.optional(),
  timerEvents: z.array(TimerEventSchema).default([]),
  status: InterviewStatusSchema.default('draft'),
  /** Explicit per-category ratings; they override the mean of the questions in that category. */
  categoryRatings: z.record(z.string(), ScoreSchema).default({}),
  flags: z.array(FlagSchema).default([]),
  decisionId: z.string().optional(),
  decisionReason: z.string().default(''),
  overallNotes: z.string().default(''),
  submittedAt: MomentSchema.optional(),
  /** SHA-256 (hex) over the canonical scorecard, set on submit. */
  seal: z.string().optional(),
  reopenings: z.array(ReopeningSchema).default([]),
  reminderDismissed: z.boolean().default(false),
  updatedAt: MomentSchema,
  /**
   * Counts the stored versions of this record: every write adds one. Views and restores order
   * versions by it, never by `updatedAt`, so a clock that steps back cannot make an old version win.
   */
  revision: z.number().int().min(0).default(0),
});
export type Interview = z.infer<typeof InterviewSchema>;

export const AnswerSchema = z.object({
  /** `${interviewId}:${questionId}` so a write is an idempotent put. */
  id: z.string().min(1),
  interviewId: z.string().min(1),
  questionId: z.string().min(1),
  score: ScoreSchema.nullable().default(null),
  notAsked: z.boolean().default(false),
  pointsTicked: z.array(z.number().int().min(0)).default([]),
  /**
   * A question with weighted criteria is scored per criterion (criterion id → 1-5); its score is
   * their weighted mean. Absent on answers written before criteria existed and on questions without
   * them (those keep their one `score`).
   */
  criteriaScores: z.record(z.string(), ScoreSchema).optional(),
  notes: z.string().default(''),
  updatedAt: MomentSchema,
  /** Stored versions of this answer, as on an interview. */
  revision: z.number().int().min(0).default(0),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const answerId = (interviewId: string, questionId: string) => `${interviewId}:${questionId}`;

/** The revision of a stored record; rows written before revisions existed count as 0. */
export const revisionOf = (record: { revision?: number }): number => record.revision ?? 0;
