import type { z } from 'zod';
import { InterviewSchema, type Flag, type Interview } from '../domain/interview/schema';
import type { InterviewBundle, InterviewListRow, InterviewPatch, requestSchemas, InterviewFilterSchema } from '../protocol';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { findOrCreateCandidate } from './candidates';
import { findKitRecord } from './kits';
import { readBundle } from './bundles';
import { mutateInterview, roundOf } from './mutate';
import { matchingInterviewIds } from './desk-history';

type StartPayload = z.output<(typeof requestSchemas)['interviews.start']>;

/** Create a draft scorecard for one round with one candidate. The clock starts separately, from the panel. */
export async function startInterview(ctx: StoreContext, payload: StartPayload): Promise<InterviewBundle> {
  const { db } = ctx;
  return db.transaction('rw', [db.kits, db.candidates, db.interviews], async () => {
    const kit = await findKitRecord(ctx, payload.kitId);
    if (!kit) throw new StoreFailure('not-found', `No kit "${payload.kitId}" is installed.`);
    roundOf(kit, payload.roundId);
    const candidate = await findOrCreateCandidate(ctx, payload);
    const now = ctx.now();
    const interview = InterviewSchema.parse({
      id: ctx.newId(),
      candidateId: candidate.id,
      kitId: kit.id,
      kitVersion: kit.version,
      roundId: payload.roundId,
      interviewer: payload.interviewer,
      platform: payload.platform,
      meetingCode: payload.meetingCode,
      meetingUrl: payload.meetingUrl,
      createdAt: now,
      updatedAt: now,
    });
    await db.interviews.add(interview);
    return { interview, candidate, answers: [] };
  });
}

/** The newest draft started in this meeting, so reopening the call resumes the same scorecard. */
export async function openForMeeting(ctx: StoreContext, meetingCode: string): Promise<InterviewBundle | null> {
  const drafts = await ctx.db.interviews
    .where('meetingCode')
    .equals(meetingCode)
    .filter((i) => i.status === 'draft')
    .toArray();
  const newest = drafts.sort((a, b) => b.createdAt - a.createdAt)[0];
  return newest ? readBundle(ctx, newest.id) : null;
}

export type InterviewFilterValue = z.output<typeof InterviewFilterSchema>;

export async function listInterviews(
  ctx: StoreContext,
  filter: InterviewFilterValue,
): Promise<{ rows: InterviewListRow[]; total: number }> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates], async () => {
    // One filter for every list: the desk's index-driven one, so only the page is read in full.
    const ids = await matchingInterviewIds(ctx, filter);
    const page = (await db.interviews.bulkGet(ids.slice(filter.offset, filter.offset + filter.limit))).filter((i): i is Interview => !!i);
    const candidates = await db.candidates.bulkGet(page.map((i) => i.candidateId));
    const rows = page.flatMap((interview, n) => {
      const candidate = candidates[n];
      return candidate ? [{ interview, candidate }] : [];
    });
    return { rows, total: ids.length };
  });
}

export function updateInterview(ctx: StoreContext, id: string, patch: InterviewPatch): Promise<Interview> {
  return mutateInterview(ctx, id, (interview, kit) => {
    const next: Interview = { ...interview };
    if (patch.categoryRatings) {
      const known = new Set(kit.categories.map((c) => c.id));
      const ratings = { ...interview.categoryRatings };
      for (const [categoryId, score] of Object.entries(patch.categoryRatings)) {
        if (!known.has(categoryId))
          throw new StoreFailure('invalid', `patch.categoryRatings.${categoryId}: kit "${kit.id}" has no such category.`);
        if (score === null) delete ratings[categoryId];
        else ratings[categoryId] = score;
      }
      next.categoryRatings = ratings;
    }
    if (patch.decisionId === null) delete next.decisionId;
    else if (patch.decisionId !== undefined) {
      if (!kit.decisionOptions.some((d) => d.id === patch.decisionId))
        throw new StoreFailure(
          'invalid',
          `patch.decisionId: "${patch.decisionId}" is not one of ${kit.decisionOptions.map((d) => `"${d.id}"`).join(', ')}.`,
        );
      next.decisionId = patch.decisionId;
    }
    if (patch.decisionReason !== undefined) next.decisionReason = patch.decisionReason;
    if (patch.overallNotes !== undefined) next.overallNotes = patch.overallNotes;
    if (patch.interviewer !== undefined) next.interviewer = patch.interviewer;
    return next;
  });
}

/** Raising a flag with an id already present replaces it, so a retried request does not duplicate it. */
export function addFlag(ctx: StoreContext, id: string, flag: Flag): Promise<Interview> {
  return mutateInterview(ctx, id, (interview) => ({ ...interview, flags: [...interview.flags.filter((f) => f.id !== flag.id), flag] }));
}

export function removeFlag(ctx: StoreContext, id: string, flagId: string): Promise<Interview> {
  return mutateInterview(ctx, id, (interview) => ({ ...interview, flags: interview.flags.filter((f) => f.id !== flagId) }));
}

export function dismissReminder(ctx: StoreContext, id: string): Promise<Interview> {
  return mutateInterview(ctx, id, (interview) => ({ ...interview, reminderDismissed: true }));
}
