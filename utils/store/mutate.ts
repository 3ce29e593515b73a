import { InterviewSchema, revisionOf, type Interview } from '../domain/interview/schema';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { LOCKED_MESSAGE, StoreFailure, notFound } from './errors';

export interface MutateOptions {
  /** Only reopening may touch a submitted scorecard. */
  allowSubmitted?: boolean;
}

/**
 * One small read-modify-write of an interview in its own transaction: the promise resolves
 * only after the commit, so an acknowledged change is on disk. The result is validated
 * before it is stored, so a bad change is refused rather than saved.
 */
export async function mutateInterview(
  ctx: StoreContext,
  id: string,
  change: (interview: Interview, kit: KitRecord) => Interview,
  options: MutateOptions = {},
): Promise<Interview> {
  const { db } = ctx;
  return db.transaction('rw', [db.interviews, db.kits], async () => {
    const current = await db.interviews.get(id);
    if (!current) throw notFound('interview', id);
    if (current.status === 'submitted' && !options.allowSubmitted) throw new StoreFailure('locked', LOCKED_MESSAGE);
    const kit = await db.kits.get([current.kitId, current.kitVersion]);
    if (!kit)
      throw new StoreFailure(
        'not-found',
        `Kit "${current.kitId}" version ${current.kitVersion}, which this interview uses, is not installed.`,
      );
    const next = InterviewSchema.parse({ ...change(current, kit), updatedAt: ctx.now(), revision: revisionOf(current) + 1 });
    await db.interviews.put(next);
    return next;
  });
}

export function roundOf(kit: KitRecord, roundId: string) {
  const round = kit.rounds.find((r) => r.id === roundId);
  if (!round) throw new StoreFailure('not-found', `Kit "${kit.id}" has no round "${roundId}".`);
  return round;
}

/** Every question of a round, in order, with its section index. */
export function roundQuestions(kit: KitRecord, roundId: string) {
  return roundOf(kit, roundId).sections.flatMap((section, sectionIndex) =>
    section.questions.map((question) => ({ question, sectionIndex })),
  );
}

export function questionLabel(question: { id: string; title?: string; prompt: string }): string {
  const text = question.title || question.prompt;
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}
