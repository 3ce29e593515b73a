import { z } from 'zod';

/**
 * The interview kit: the single source of the kit's TypeScript types.
 * Everything that enters the extension as a kit (built-in, imported JSON,
 * imported Markdown, restored backup) is parsed with `KitSchema`.
 */
export const KIT_SCHEMA_VERSION = 2;

const id = z.string().trim().min(1, 'required');
const text = z.string().trim().min(1, 'required');
const minutes = z.number().positive('expected a positive number of minutes');

export const CodeSampleSchema = z.object({
  language: z.string().trim().default('text'),
  source: z.string().min(1, 'required'),
  caption: z.string().optional(),
});

export const RubricLevelSchema = z.object({
  label: text,
  minScore: z.number().int().min(1).max(5),
  maxScore: z.number().int().min(1).max(5),
  description: text,
});

/**
 * One weighted part of a question's score ("Service Design (20%)"): scored 1-5 on its own, with
 * the points to listen for and, optionally, its own anchors. A question's criteria weigh 100% in all.
 */
export const CriterionSchema = z.object({
  id,
  name: text,
  weightPct: z.number().positive('expected a weight above 0%').max(100),
  points: z.array(text).default([]),
  /** What each score means for this criterion; the round's rubric, then the kit's scale, apply when empty. */
  anchors: z.array(RubricLevelSchema).default([]),
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
  /** What the guide calls those points ("Expected Improvements", "Evaluation Points"); the panel says "Listen for" without it. */
  pointsLabel: z.string().trim().min(1).optional(),
  followUps: z.array(text).default([]),
  /** The scoring-matrix category this question evidences, when it feeds one. */
  categoryId: z.string().optional(),
  /** Non-scored items (logistics, the candidate's own questions). */
  scored: z.boolean().default(true),
  /** Weighted criteria, each scored 1-5; the question's score is their weighted mean. Empty: one score. */
  criteria: z.array(CriterionSchema).default([]),
});

export const SectionSchema = z.object({
  id,
  title: text,
  /** Minutes budgeted for this part of the round; absent when the guide gives none. */
  durationMin: minutes.optional(),
  /** Context the interviewer reads or shows before the questions (scenario, requirements). */
  briefing: z.array(text).default([]),
  /** What the guide calls the briefing ("Requirements"), when it names it. */
  briefingLabel: z.string().trim().min(1).optional(),
  /** Code shown for the whole section when it is not tied to one question. */
  code: CodeSampleSchema.optional(),
  questions: z.array(QuestionSchema).default([]),
  /** Points to evaluate across the whole section ("Expected Improvements", "Evaluation Points"). */
  evaluationPoints: z.array(text).default([]),
  /** What the interviewer hands over or shows ("Provide context:", "Provide:"). */
  materials: z.array(text).default([]),
  /** What the candidate is asked to do, in order ("Tasks:"). */
  tasks: z.array(text).default([]),
});

/** An area to keep in view across a round ("Team Assessment Areas"), shown but not scored on its own. */
export const AssessmentAreaSchema = z.object({
  name: text,
  weightPct: z.number().min(0).max(100).optional(),
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
  /** The round's score bands ("Strong (4-5): …"), the anchors for every question without its own. */
  rubric: z.array(RubricLevelSchema).default([]),
  /** What the interviewer provides for the whole round ("Provide:" under a challenge). */
  materials: z.array(text).default([]),
  assessmentAreas: z.array(AssessmentAreaSchema).default([]),
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
  /** What the decision sets in motion ("Make offer after reference checks"). */
  meaning: z.string().default(''),
  /** The step that follows, so the debrief can point to it (reference checks, another interview…). */
  nextStep: z.enum(['offer', 'reference-checks', 'more-interviews', 'reject', 'none']).default('none'),
});

export const ReferenceCheckSchema = z.object({
  /** Which referee the questions are for; a check is run against one of these. */
  kind: z.enum(['technical', 'leadership', 'other']).default('other'),
  title: text,
  questions: z.array(text).min(1),
});
export const QuestionBankSchema = z.object({ title: text, questions: z.array(text).min(1) });

/** The kinds of debrief step Panelist knows how to run: each shows what it needs from the scorecards. */
export const DEBRIEF_STEP_KINDS = ['impressions', 'by-category', 'concerns', 'strengths', 'vote', 'free'] as const;
export const DebriefStepSchema = z.object({
  id,
  title: text,
  kind: z.enum(DEBRIEF_STEP_KINDS).default('free'),
  durationMin: minutes,
});

export const DebriefAgendaSchema = z.object({
  /** How the meeting is held ("30-minute debrief after all interviews", "All interviewers present"). */
  format: z.array(text).default([]),
  steps: z.array(DebriefStepSchema).default([]),
});

/** A reminder shown once in the round, when this many minutes of the round are left. */
export const NudgeSchema = z.object({ text, minutesLeft: z.number().min(0) });

/** Checks run at submit (warnings, never blocks), each worded by the kit. */
export const SUBMIT_CHECKS = ['scored-without-notes', 'candidate-questions-skipped', 'decision-reason-short'] as const;
export const SubmitCheckSchema = z.object({ check: z.enum(SUBMIT_CHECKS), text });

/** The guide's advice for interviewers, shown where it applies. */
export const GuidanceSchema = z.object({
  /** Candidate experience: before the interview (with the start form), during (a checklist at the start), after (with reminders). */
  before: z.array(text).default([]),
  during: z.array(text).default([]),
  after: z.array(text).default([]),
  /** "Common Mistakes to Avoid", grouped as the guide groups them. */
  mistakes: z.array(z.object({ title: text, items: z.array(text).min(1) })).default([]),
  nudges: z.array(NudgeSchema).default([]),
  submitChecks: z.array(SubmitCheckSchema).default([]),
});

const KitObject = z.object({
  schemaVersion: z.literal(KIT_SCHEMA_VERSION),
  id,
  title: text,
  role: z.string().default(''),
  organisation: z.string().default(''),
  version: z.number().int().positive(),
  description: z.string().default(''),
  ratingScale: z.array(RatingPointSchema).min(2),
  categories: z.array(CategorySchema).default([]),
  /** The weighted total an offer needs; absent when the guide sets no bar (totals are then shown without a verdict). */
  offerThreshold: z.number().min(1).max(5).optional(),
  decisionOptions: z.array(DecisionOptionSchema).min(1),
  rounds: z.array(RoundSchema).min(1, 'a kit needs at least one round'),
  referenceChecks: z.array(ReferenceCheckSchema).default([]),
  questionBank: z.array(QuestionBankSchema).default([]),
  debriefAgenda: DebriefAgendaSchema.default({ format: [], steps: [] }),
  guidance: GuidanceSchema.default({ before: [], during: [], after: [], mistakes: [], nudges: [], submitChecks: [] }),
});

export const KitSchema = KitObject.superRefine(checkKitReferences);
/** The kit's fields with their defaults, without the checks across fields: what an editor can open even while weights do not add up. */
export const KitShapeSchema = KitObject;

type KitShape = z.output<typeof KitObject>;
type Issues = z.RefinementCtx;
type Path = (string | number)[];

/** Reports the second and later uses of one id in a list, at the id. */
function unique(ctx: Issues, what: string, items: readonly { id: string }[], path: Path): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

const PERCENT_EPSILON = 0.01;
const percent = (n: number) => `${Math.round(n * 100) / 100}%`;

/** Weights that must total 100%: "weights add up to 95%; they must total 100%". */
function weightsTotal(ctx: Issues, weights: readonly number[], path: Path): void {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (Math.abs(total - 100) > PERCENT_EPSILON)
    ctx.addIssue({ code: 'custom', path, message: `weights add up to ${percent(total)}; they must total 100%` });
}

function bandsInOrder(ctx: Issues, bands: readonly RubricLevel[], path: Path): void {
  bands.forEach((band, i) => {
    if (band.minScore > band.maxScore)
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'minScore'],
        message: `"${band.label}" starts at ${band.minScore}, above its end ${band.maxScore}`,
      });
  });
}

/** What one field cannot say alone: ids are unique, references resolve, weights total 100%, bands run low to high. */
function checkKitReferences(kit: KitShape, ctx: Issues): void {
  const categoryIds = unique(ctx, 'category', kit.categories, ['categories']);
  unique(ctx, 'decision', kit.decisionOptions, ['decisionOptions']);
  unique(ctx, 'round', kit.rounds, ['rounds']);
  unique(ctx, 'debrief step', kit.debriefAgenda.steps, ['debriefAgenda', 'steps']);
  if (kit.categories.some((c) => c.weightPct > 0))
    weightsTotal(
      ctx,
      kit.categories.map((c) => c.weightPct),
      ['categories'],
    );
  const questionIds = new Set<string>();
  kit.rounds.forEach((round, r) => {
    round.categoryIds.forEach((cid, i) => {
      if (!categoryIds.has(cid))
        ctx.addIssue({ code: 'custom', path: ['rounds', r, 'categoryIds', i], message: `unknown category "${cid}"` });
    });
    unique(ctx, 'section', round.sections, ['rounds', r, 'sections']);
    bandsInOrder(ctx, round.rubric, ['rounds', r, 'rubric']);
    round.sections.forEach((section, s) =>
      section.questions.forEach((q, qi) => {
        const at: Path = ['rounds', r, 'sections', s, 'questions', qi];
        if (questionIds.has(q.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `duplicate question id "${q.id}"` });
        questionIds.add(q.id);
        if (q.categoryId && !categoryIds.has(q.categoryId))
          ctx.addIssue({ code: 'custom', path: [...at, 'categoryId'], message: `unknown category "${q.categoryId}"` });
        if (q.criteria.length === 0) return;
        unique(ctx, 'criterion', q.criteria, [...at, 'criteria']);
        weightsTotal(
          ctx,
          q.criteria.map((c) => c.weightPct),
          [...at, 'criteria'],
        );
        q.criteria.forEach((c, ci) => bandsInOrder(ctx, c.anchors, [...at, 'criteria', ci, 'anchors']));
      }),
    );
  });
}

export type CodeSample = z.infer<typeof CodeSampleSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type RubricLevel = z.infer<typeof RubricLevelSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type AssessmentArea = z.infer<typeof AssessmentAreaSchema>;
export type DebriefStep = z.infer<typeof DebriefStepSchema>;
export type DebriefAgenda = z.infer<typeof DebriefAgendaSchema>;
export type Guidance = z.infer<typeof GuidanceSchema>;
export type ReferenceCheck = z.infer<typeof ReferenceCheckSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type DecisionOption = z.infer<typeof DecisionOptionSchema>;
export type Kit = z.infer<typeof KitSchema>;
/** What an author writes: defaults may be left out. */
export type KitInput = z.input<typeof KitSchema>;
