import { AnswerSchema, answerId, revisionOf, type Answer } from '../domain/interview/schema';
import type { AnswerPatch } from '../protocol';
import type { StoreContext } from './context';
import { LOCKED_MESSAGE, StoreFailure, notFound } from './errors';
import { questionLabel, roundQuestions } from './mutate';

/**
 * Merge one change (a score, a tick, the notes so far) into a question's answer, creating it
 * on first touch, in its own transaction. Resolves after the commit with the stored answer.
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
    const points = entry.question.expectedPoints.length;
    const outOfRange = patch.pointsTicked?.find((p) => p >= points);
    if (outOfRange !== undefined)
      throw new StoreFailure(
        'invalid',
        `patch.pointsTicked: ${questionLabel(entry.question)} has ${points} expected point${points === 1 ? '' : 's'}; there is no point ${outOfRange}.`,
      );
    const id = answerId(interviewId, questionId);
    const existing = await db.answers.get(id);
    const now = ctx.now();
    const merged = AnswerSchema.parse({
      ...(existing ?? { id, interviewId, questionId }),
      ...patch,
      ...(patch.pointsTicked ? { pointsTicked: [...new Set(patch.pointsTicked)].sort((a, b) => a - b) } : {}),
      updatedAt: now,
      revision: existing ? revisionOf(existing) + 1 : 1,
    });
    await db.answers.put(merged);
    await db.interviews.update(interviewId, { updatedAt: now, revision: revisionOf(interview) + 1 });
    return merged;
  });
}
