import type { InterviewBundle } from '../protocol';
import type { StoreContext } from './context';
import { notFound } from './errors';

/** Interview + candidate + answers, read in one transaction so the three agree. */
export async function readBundle(ctx: StoreContext, id: string): Promise<InterviewBundle | null> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates, db.answers], async () => {
    const interview = await db.interviews.get(id);
    if (!interview) return null;
    const [candidate, answers] = await Promise.all([
      db.candidates.get(interview.candidateId),
      db.answers.where('interviewId').equals(id).toArray(),
    ]);
    if (!candidate) throw notFound('candidate', interview.candidateId);
    return { interview, candidate, answers };
  });
}

export async function getBundle(ctx: StoreContext, id: string): Promise<InterviewBundle> {
  const bundle = await readBundle(ctx, id);
  if (!bundle) throw notFound('interview', id);
  return bundle;
}
