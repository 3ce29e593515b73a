import type { InterviewBundle } from '../protocol';
import type { StoreContext } from './context';
import { StoreFailure, notFound } from './errors';
import { plainKit } from './kits';

/**
 * Interview + candidate + answers + the kit version it runs, read in one transaction so the
 * four agree and the panel opens in one round trip.
 */
export function readBundle(ctx: StoreContext, id: string): Promise<InterviewBundle | null> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates, db.answers, db.kits], async () => {
    const interview = await db.interviews.get(id);
    if (!interview) return null;
    const [candidate, answers, kit] = await Promise.all([
      db.candidates.get(interview.candidateId),
      db.answers.where('interviewId').equals(id).toArray(),
      db.kits.get([interview.kitId, interview.kitVersion]),
    ]);
    if (!candidate) throw notFound('candidate', interview.candidateId);
    if (!kit)
      throw new StoreFailure(
        'not-found',
        `Kit "${interview.kitId}" version ${interview.kitVersion}, which this interview uses, is not installed.`,
      );
    return { interview, candidate, answers, kit: plainKit(kit) };
  });
}

export async function getBundle(ctx: StoreContext, id: string): Promise<InterviewBundle> {
  const bundle = await readBundle(ctx, id);
  if (!bundle) throw notFound('interview', id);
  return bundle;
}
