import { z } from 'zod';

/**
 * The interview kit: the single source of the kit's TypeScript types.
 * Everything that enters the extension as a kit (built-in, imported JSON,
 * imported Markdown, restored backup) is parsed with `KitSchema`.
 */
export const KIT_SCHEMA_VERSION = 1;

const id = z.string().trim().min(1, 'required');
const text = z.string().trim().min(1, 'required');
const minutes = z.number().positive('expected a positive number of minutes');

export const CodeSampleSchema = z.object({
  language: z.string().trim().default('text'),
  source: z.string().min(1, 'required'),
  caption: z.string().optional(),
});

export const QuestionSchema = z.object({
  id,
  /** Short name shown as the question's heading ("ORM Optimization"); the prompt is what is asked. */
  title: z.string().trim().optional(),
  prompt: text,
  /** Further questions asked as part of this one (a second quoted line under the same item). */
  extraPrompts: z.array(text).default([]),
  code: CodeSampleSchema.optional(),
  /** "Listen for:" / "Expected:" items, one point each so they can be ticked off. */
  expectedPoints: z.array(text).default([]),
  followUps: z.array(text).default([]),
  /** The scoring-matrix category this question evidences, when it feeds one. */
  categoryId: z.string().optional(),
  /** Non-scored items (logistics, the candidate's own questions). */
  scored: z.boolean().default(true),
});

export const SectionSchema = z.object({
  id,
  title: text,
  /** Minutes budgeted for this part of the round; absent when the guide gives none. */
  durationMin: minutes.optional(),
  /** Context the interviewer reads or shows before the questions (scenario, requirements). */
  briefing: z.array(text).default([]),
  /** Code shown for the whole section when it is not tied to one question. */
  code: CodeSampleSchema.optional(),
  questions: z.array(QuestionSchema).default([]),
  /** Points to evaluate across the whole section ("Expected Improvements", "Evaluation Points"). */
  evaluationPoints: z.array(text).default([]),
});

export const RubricLevelSchema = z.object({
  label: text,
  minScore: z.number().int().min(1).max(5),
  maxScore: z.number().int().min(1).max(5),
  description: text,
});

export const WeightedCriterionSchema = z.object({
  name: text,
  weightPct: z.number().min(0).max(100),
  points: z.array(text).default([]),
});

export const RoundSchema = z.object({
  id,
  number: z.number().int().positive().optional(),
  title: text,
  /** Minutes for the round; absent for untimed rounds such as a take-home review. */
  durationMin: minutes.optional(),
  /** Free text when the duration is not a fixed number ("3-6 hours, submitted before"). */
  durationNote: z.string().optional(),
  format: z.array(text).default([]),
  objectives: z.array(text).default([]),
  categoryIds: z.array(z.string()).default([]),
  sections: z.array(SectionSchema).min(1, 'a round needs at least one section'),
  greenFlags: z.array(text).default([]),
  redFlags: z.array(text).default([]),
  proceedIf: z.array(text).default([]),
  rejectIf: z.array(text).default([]),
  rubric: z.array(RubricLevelSchema).default([]),
  evaluationCriteria: z.array(WeightedCriterionSchema).default([]),
});

export const RatingPointSchema = z.object({
  score: z.number().int().min(1).max(5),
  label: text,
  description: text,
});

export const CategorySchema = z.object({
  id,
  name: text,
  weightPct: z.number().min(0).max(100),
  minScore: z.number().min(1).max(5),
  notes: z.string().default(''),
});

export const DecisionOptionSchema = z.object({
  id,
  label: text,
  meaning: z.string().default(''),
});

export const ReferenceCheckSchema = z.object({ title: text, questions: z.array(text).min(1) });
export const QuestionBankSchema = z.object({ title: text, questions: z.array(text).min(1) });

export const KitSchema = z
  .object({
    schemaVersion: z.literal(KIT_SCHEMA_VERSION),
    id,
    title: text,
    role: z.string().default(''),
    organisation: z.string().default(''),
    version: z.number().int().positive(),
    description: z.string().default(''),
    ratingScale: z.array(RatingPointSchema).min(2),
    categories: z.array(CategorySchema).default([]),
    offerThreshold: z.number().min(1).max(5),
    decisionOptions: z.array(DecisionOptionSchema).min(1),
    rounds: z.array(RoundSchema).min(1, 'a kit needs at least one round'),
    referenceChecks: z.array(ReferenceCheckSchema).default([]),
    questionBank: z.array(QuestionBankSchema).default([]),
  })
  .superRefine((kit, ctx) => {
    const categoryIds = new Set(kit.categories.map((c) => c.id));
    const questionIds = new Set<string>();
    kit.rounds.forEach((round, r) => {
      round.categoryIds.forEach((cid, i) => {
        if (!categoryIds.has(cid))
          ctx.addIssue({ code: 'custom', path: ['rounds', r, 'categoryIds', i], message: `unknown category "${cid}"` });
      });
      round.sections.forEach((section, s) =>
        section.questions.forEach((q, qi) => {
          if (questionIds.has(q.id))
            ctx.addIssue({
              code: 'custom',
              path: ['rounds', r, 'sections', s, 'questions', qi, 'id'],
              message: `duplicate question id "${q.id}"`,
            });
          questionIds.add(q.id);
          if (q.categoryId && !categoryIds.has(q.categoryId))
            ctx.addIssue({
              code: 'custom',
              path: ['rounds', r, 'sections', s, 'questions', qi, 'categoryId'],
              message: `unknown category "${q.categoryId}"`,
            });
        }),
      );
    });
  });

export type CodeSample = z.infer<typeof CodeSampleSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type RubricLevel = z.infer<typeof RubricLevelSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type DecisionOption = z.infer<typeof DecisionOptionSchema>;
export type Kit = z.infer<typeof KitSchema>;
/** What an author writes: defaults may be left out. */
export type KitInput = z.input<typeof KitSchema>;
