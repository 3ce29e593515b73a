import { InterviewSchema, revisionOf, type Answer, type Interview } from '../domain/interview/schema';
import { canonicalScorecard, sha256Hex } from '../domain/seal';
import { extremeScores } from '../domain/criteria-scores';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { LOCKED_MESSAGE, StoreFailure, notFound } from './errors';
import { mutateInterview, questionLabel, roundQuestions } from './mutate';

/** Everything that stops a scorecard from being submitted, each naming what to fix. */
export function submitProblems(interview: Interview, answers: readonly Answer[], kit: KitRecord): string[] {
  const problems: string[] = [];
  if (!interview.decisionId || !kit.decisionOptions.some((d) => d.id === interview.decisionId))
    problems.push(`Choose a decision (${kit.decisionOptions.map((d) => d.label).join(', ')}).`);
  if (!interview.decisionReason.trim()) problems.push('Write a one-line reason for the decision.');
  // Named in the order the interviewer met the questions, so the list reads like the round.
  const order = roundQuestions(kit, interview.roundId).map(({ question }) => question);
  const rank = (questionId: string) => {
    const at = order.findIndex((q) => q.id === questionId);
    return at < 0 ? order.length : at;
  };
  // A criterion scored 1 or 5 is the same claim as a question scored so.
  const extremes = (a: Answer) => extremeScores(order.find((q) => q.id === a.questionId) ?? { criteria: [] }, a);
  const unexplained = answers
    .filter((a) => extremes(a).length > 0 && !a.notes.trim())
    .sort((a, b) => rank(a.questionId) - rank(b.questionId))
    .map((a) => {
      const question = order.find((q) => q.id === a.questionId);
      return `${question ? questionLabel(question) : `"${a.questionId}"`} (scored ${extremes(a).join(' and ')})`;
    });
  if (unexplained.length) problems.push(`Add an evidence note to every question scored 1 or 5: ${unexplained.join(', ')}.`);
  return problems;
}

type Snapshot = { interview: Interview; answers: Answer[]; kit: KitRecord };

async function readSnapshot(ctx: StoreContext, id: string): Promise<Snapshot> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.answers, db.kits], async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw notFound('interview', id);
    const kit = await db.kits.get([interview.kitId, interview.kitVersion]);
    if (!kit) throw new StoreFailure('not-found', `Kit "${interview.kitId}" version ${interview.kitVersion} is not installed.`);
    return { interview, answers: await db.answers.where('interviewId').equals(id).toArray(), kit };
  });
}

/**
 * Lock and seal a scorecard. Hashing is asynchronous and would let an IndexedDB transaction
 * auto-commit, so the seal is computed outside the write and the write re-reads the scorecard:
 * if anything changed in between, the whole submit starts again from the new content.
 */
export async function submitInterview(ctx: StoreContext, id: string): Promise<Interview> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { interview, answers, kit } = await readSnapshot(ctx, id);
    if (interview.status === 'submitted') throw new StoreFailure('locked', LOCKED_MESSAGE);
    const problems = submitProblems(interview, answers, kit);
    if (problems.length) throw new StoreFailure('incomplete', `This scorecard cannot be submitted yet. ${problems.join(' ')}`);
    const submittedAt = ctx.now();
    const sealed: Interview = { ...interview, status: 'submitted', submittedAt };
    const content = canonicalScorecard(sealed, answers);
    const seal = await sha256Hex(content);
    const { db } = ctx;
    const stored = await db.transaction('rw', [db.interviews, db.answers], async () => {
      const now = await db.interviews.get(id);
      const nowAnswers = await db.answers.where('interviewId').equals(id).toArray();
      if (!now || now.status !== 'draft' || canonicalScorecard({ ...now, submittedAt }, nowAnswers) !== content) return undefined;
      const next = InterviewSchema.parse({
        ...now,
        status: 'submitted',
        submittedAt,
        seal,
        updatedAt: submittedAt,
        revision: revisionOf(now) + 1,
      });
      await db.interviews.put(next);
      return next;
    });
    if (stored) return stored;
  }
  throw new StoreFailure('busy', 'The scorecard kept changing while it was being submitted. Try submitting again.');
}

/** Unlock a submitted scorecard for editing, keeping its old seal and the reason in its history. */
export function reopenInterview(ctx: StoreContext, id: string, reason: string): Promise<Interview> {
  return mutateInterview(
    ctx,
    id,
    (interview) => {
      if (interview.status !== 'submitted' || !interview.seal)
        throw new StoreFailure('not-submitted', 'This scorecard is still a draft; there is nothing to reopen.');
      const { seal: _seal, submittedAt: _submittedAt, ...rest } = interview;
      return {
        ...rest,
        status: 'draft',
        reopenings: [...interview.reopenings, { at: ctx.now(), reason: reason.trim(), previousSeal: interview.seal }],
      };
    },
    { allowSubmitted: true },
  );
}
