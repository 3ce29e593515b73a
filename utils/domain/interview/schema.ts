import { z } from 'zod';

/**
 * Interview records: what one interviewer did in one round with one candidate.
 * These are the store's row types and the payloads of the messages that change them.
 */

export const PlatformSchema = z.enum(['meet', 'zoom', 'teams', 'practice', 'other']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Each timer action is an event; every figure shown is derived from events + the clock (utils/timer.ts). */
export const TimerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at: z.number() }),
  z.object({ type: z.literal('pause'), at: z.number() }),
  z.object({ type: z.literal('resume'), at: z.number() }),
  z.object({ type: z.literal('jump'), at: z.number(), sectionIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('next'), at: z.number() }),
  z.object({ type: z.literal('previous'), at: z.number() }),
  z.object({ type: z.literal('finish'), at: z.number() }),
]);
export type TimerEvent = z.infer<typeof TimerEventSchema>;

export const ScoreSchema = z.number().int().min(1).max(5);
export type Score = z.infer<typeof ScoreSchema>;

export const FlagSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['green', 'red']),
  text: z.string().trim().min(1, 'required'),
  /** Round clock (ms of active interview time) when the flag was raised: "red flag at 12:40". */
  roundElapsedMs: z.number().min(0),
  raisedAt: z.number(),
  questionId: z.string().optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const CandidateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'required'),
  email: z.string().default(''),
  createdAt: z.number(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const InterviewStatusSchema = z.enum(['draft', 'submitted']);

export const ReopeningSchema = z.object({ at: z.number(), reason: z.string(), previousSeal: z.string() });

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
  createdAt: z.number(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  timerEvents: z.array(TimerEventSchema).default([]),
  status: InterviewStatusSchema.default('draft'),
  /** Explicit per-category ratings; they override the mean of the questions in that category. */
  categoryRatings: z.record(z.string(), ScoreSchema).default({}),
  flags: z.array(FlagSchema).default([]),
  decisionId: z.string().optional(),
  decisionReason: z.string().default(''),
  overallNotes: z.string().default(''),
  submittedAt: z.number().optional(),
  /** SHA-256 (hex) over the canonical scorecard, set on submit. */
  seal: z.string().optional(),
  reopenings: z.array(ReopeningSchema).default([]),
  reminderDismissed: z.boolean().default(false),
  updatedAt: z.number(),
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
  updatedAt: z.number(),
  /** Stored versions of this answer, as on an interview. */
  revision: z.number().int().min(0).default(0),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const answerId = (interviewId: string, questionId: string) => `${interviewId}:${questionId}`;

/** The revision of a stored record; rows written before revisions existed count as 0. */
export const revisionOf = (record: { revision?: number }): number => record.revision ?? 0;
