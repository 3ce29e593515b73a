import { AnswerSchema, answerId, revisionOf, type Answer } from '../domain/interview/schema';
import type { Question } from '../domain/kit/schema';
import type { AnswerPatch } from '../protocol';
import type { StoreContext } from './context';
import { LOCKED_MESSAGE, StoreFailure, notFound } from './errors';
import { questionLabel, roundQuestions } from './mutate';

function checkPoints(question: Question, patch: AnswerPatch): void {
  const points = question.expectedPoints.length;
  const outOfRange = patch.pointsTicked?.find((p) => p >= points);
  if (outOfRange !== undefined)
    throw new StoreFailure(
      'invalid',
      `patch.pointsTicked: ${questionLabel(question)} has ${points} expected point${points === 1 ? '' : 's'}; there is no point ${outOfRange}.`,
    );
}

/** Every criterion named must be one of the question's: "patch.criteriaScores.speed: … has no criterion "speed" (it has: …)". */
function checkCriteria(question: Question, patch: AnswerPatch): void {
  if (!patch.criteriaScores) return;
  const known = new Set(question.criteria.map((c) => c.id));
  for (const id of Object.keys(patch.criteriaScores)) {
    if (known.has(id)) continue;
    const has = question.criteria.length
      ? `it has: ${question.criteria.map((c) => `"${c.id}"`).join(', ')}`
      : 'it is scored as a whole, with one score';
    throw new StoreFailure('invalid', `patch.criteriaScores.${id}: ${questionLabel(question)} has no criterion "${id}" (${has}).`);
  }
}

/** The stored criteria scores with the patch laid on (null clears one); absent when none are left. */
function mergedCriteria(existing: Answer | undefined, patch: AnswerPatch): Record<string, number> | undefined {
  const merged: Record<string, number> = { ...existing?.criteriaScores };
  for (const [id, score] of Object.entries(patch.criteriaScores ?? {})) {
    if (score === null) delete merged[id];
    else merged[id] = score;
  }
  return Object.keys(merged).length ? merged : undefined;
}

/**
 * Merge one change (a score, a criterion's score, a tick, the notes so far) into a question's
 * answer, creating it on first touch, in its own transaction. Resolves after the commit with the
 * stored answer.
 */
export async function putAnswer(ctx: StoreContext, interviewId: string, questionId: string, patch: AnswerPatch): Promise<Answer> {
  const { db } = ctx;
  return db.transaction('rw', [db.interviews, db.answers, db.kits], async () => {
    const interview = await db.interviews.get(interviewId);
    if (!interview) throw notFound('interview', interviewId);
    if (interview.status === 'submitted') throw new StoreFailure('locked', LOCKED_MESSAGE);
    const kit = await db.kits.get([interview.kitId, interview.kitVersion]);
    const entry = kit && roundQuestions(kit, interview.roundId).find(({ question }) => question.id === questionId);
    if (!entry) throw new StoreFailure('invalid', `questionId: this interview's round has no question "${questionId}".`);
    checkPoints(entry.question, patch);
    checkCriteria(entry.question, patch);
    const id = answerId(interviewId, questionId);
    const existing = await db.answers.get(id);
    const now = ctx.now();
    const { criteriaScores: _patched, ...rest } = patch;
    const { criteriaScores: _stored, ...before } = existing ?? { id, interviewId, questionId };
    const criteriaScores = mergedCriteria(existing, patch);
    const merged = AnswerSchema.parse({
      ...before,
      ...rest,
      ...(criteriaScores ? { criteriaScores } : {}),
      ...(patch.pointsTicked ? { pointsTicked: [...new Set(patch.pointsTicked)].sort((a, b) => a - b) } : {}),
      updatedAt: now,
      revision: existing ? revisionOf(existing) + 1 : 1,
    });
    await db.answers.put(merged);
    await db.interviews.update(interviewId, { updatedAt: now, revision: revisionOf(interview) + 1 });
    return merged;
  });
}
