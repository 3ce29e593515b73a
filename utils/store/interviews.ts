import type { z } from 'zod';
import { InterviewSchema, revisionOf, type Answer, type Candidate, type Flag, type Interview } from '../domain/interview/schema';
import type { InterviewBundle, InterviewPatch, InterviewRow, requestSchemas } from '../protocol';
import { scoreInputFor, scoreInterview } from '../domain/scoring';
import { kitScoreStamp, scoreStamp } from '../domain/score-stamp';
import type { KitRecord, ScoreTotalRecord } from './database';
import { dropsSoFar, keepTotals } from './score-totals';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { findOrCreateCandidate } from './candidates';
import { findKitRecord, kitKey, plainKit } from './kits';
import { readBundle } from './bundles';
import { mutateInterview, roundOf } from './mutate';
import { planFilter, plannedPage, plannedSlice, plannedTotal, type InterviewFilterValue, type InterviewMatch } from './interview-filter';

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
    return { interview, candidate, answers: [], kit: plainKit(kit) };
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

/**
 * The scorecard submitted last in this meeting (by submission time), so a panel reloaded after
 * Submit can offer it read-only instead of a blank start form. A Dexie promise chain: it runs in
 * live queries.
 */
export function submittedForMeeting(ctx: StoreContext, meetingCode: string): Promise<InterviewBundle | null> {
  return ctx.db.interviews
    .where('meetingCode')
    .equals(meetingCode)
    .filter((i) => i.status === 'submitted')
    .toArray()
    .then((submitted) => {
      const latest = submitted.sort((a, b) => (b.submittedAt ?? 0) - (a.submittedAt ?? 0) || b.createdAt - a.createdAt)[0];
      return latest ? readBundle(ctx, latest.id) : null;
    });
}

/** The answers of these interviews: one primary-key range each (`<interviewId>:` up to `<interviewId>;`), never an index cursor hopping key by key. */
export function answersOf(ctx: StoreContext, interviewIds: readonly string[]): Promise<Answer[][]> {
  return Promise.all(interviewIds.map((id) => ctx.db.answers.where(':id').between(`${id}:`, `${id};`, true, false).toArray()));
}

/** The kit versions these interviews ran with, by key, each read once. */
export function kitsFor(ctx: StoreContext, interviews: readonly Interview[]): Promise<Map<string, KitRecord>> {
  const wanted = [...new Map(interviews.map((i) => [kitKey(i.kitId, i.kitVersion), [i.kitId, i.kitVersion] as [string, number]])).values()];
  return ctx.db.kits
    .bulkGet(wanted)
    .then((kits) => new Map(kits.filter((k): k is KitRecord => !!k).map((k) => [kitKey(k.id, k.version), k])));
}

function rowOf(
  interview: Interview,
  candidate: Candidate | undefined,
  kit: KitRecord | undefined,
  weightedTotal: number | null,
): InterviewRow[] {
  if (!candidate) return [];
  return [
    {
      interview,
      candidate,
      kitTitle: kit?.title ?? interview.kitId,
      roundTitle: kit?.rounds.find((r) => r.id === interview.roundId)?.title ?? interview.roundId,
      decisionLabel: kit?.decisionOptions.find((d) => d.id === interview.decisionId)?.label ?? interview.decisionId ?? '',
      weightedTotal,
    },
  ];
}

/**
 * The list rows of these interviews: their candidates and kit versions, and their weighted
 * totals. A total comes from the kept copy when its stamp is current; otherwise from the
 * interview's answers, read for those interviews only, and the copy is kept for next time.
 */
function rowsOf(ctx: StoreContext, page: Interview[], readAfterDrop: number): Promise<InterviewRow[]> {
  const { db } = ctx;
  return Promise.all([
    db.candidates.bulkGet(page.map((i) => i.candidateId)),
    db.scoreTotals.bulkGet(page.map((i) => i.id)),
    kitsFor(ctx, page),
  ]).then(([candidates, kept, kits]) => {
    const kitStamps = new Map<string, string>();
    const stampOf = (interview: Interview, kit: KitRecord): string => {
      const key = kitKey(kit.id, kit.version);
      let stamp = kitStamps.get(key);
      if (stamp === undefined) kitStamps.set(key, (stamp = kitScoreStamp(kit)));
      return scoreStamp(stamp, revisionOf(interview));
    };
    const kitOf = (interview: Interview) => kits.get(kitKey(interview.kitId, interview.kitVersion));
    const totals: (number | null)[] = page.map(() => null);
    const missing: { n: number; kit: KitRecord; stamp: string }[] = [];
    page.forEach((interview, n) => {
      const kit = kitOf(interview);
      if (!kit) return;
      const stamp = stampOf(interview, kit);
      const copy = kept[n];
      if (copy && copy.stamp === stamp) totals[n] = copy.weightedTotal;
      else missing.push({ n, kit, stamp });
    });
    return answersOf(
      ctx,
      missing.map(({ n }) => page[n]!.id),
    ).then((answers) => {
      const worked = missing.map(({ n, kit, stamp }, m): ScoreTotalRecord => {
        const weightedTotal = scoreInterview(scoreInputFor(kit, page[n]!, answers[m]!)).weightedTotal;
        totals[n] = weightedTotal;
        return { id: page[n]!.id, stamp, weightedTotal };
      });
      keepTotals(ctx, worked, readAfterDrop);
      return page.flatMap((interview, n) => rowOf(interview, candidates[n], kitOf(interview), totals[n]!));
    });
  });
}

/**
 * One page of interviews, newest first, with the total matching for the pager. Only the page's
 * interviews are read in full, with their candidates, answers (to score that page) and kit versions.
 */
export function listInterviews(ctx: StoreContext, filter: InterviewFilterValue): Promise<{ rows: InterviewRow[]; total: number }> {
  const { db } = ctx;
  // Taken before the read starts: a drop after this point may have replaced what it reads.
  const readAfterDrop = dropsSoFar();
  return db.transaction('r', [db.interviews, db.candidates, db.answers, db.kits, db.scoreTotals], () =>
    planFilter(ctx, filter)
      .then((plan) => plannedPage(plan, filter.offset, filter.limit, ctx))
      .then(({ page, total }) => rowsOf(ctx, page, readAfterDrop).then((rows) => ({ rows, total }))),
  );
}

/**
 * The same page as `listInterviews` without its total: a count reads every matching index entry,
 * so history asks for it separately (`countInterviews`) and shows the rows first.
 */
export function interviewPage(ctx: StoreContext, filter: InterviewFilterValue): Promise<{ rows: InterviewRow[] }> {
  const { db } = ctx;
  // Taken before the read starts: a drop after this point may have replaced what it reads.
  const readAfterDrop = dropsSoFar();
  return db.transaction('r', [db.interviews, db.candidates, db.answers, db.kits, db.scoreTotals], () =>
    planFilter(ctx, filter)
      .then((plan) => plannedSlice(plan, filter.offset, filter.limit, ctx))
      .then((page) => rowsOf(ctx, page, readAfterDrop).then((rows) => ({ rows }))),
  );
}

/** How many interviews match, as `listInterviews` counts them. */
export function countInterviews(ctx: StoreContext, filter: InterviewMatch): Promise<{ total: number }> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.candidates], () =>
    planFilter(ctx, filter)
      .then((plan) => plannedTotal(plan, ctx))
      .then((total) => ({ total })),
  );
}

/** The interviewer index's distinct names after `after`, one seek each (a "nextunique" cursor steps through every entry). */
function namesAfter(ctx: StoreContext, after: string | null, found: string[]): Promise<string[]> {
  const { interviews } = ctx.db;
  const rest = after === null ? interviews.orderBy('interviewer') : interviews.where('interviewer').above(after);
  return rest
    .limit(1)
    .keys()
    .then(([next]) => (next === undefined ? found : namesAfter(ctx, next as string, [...found, next as string])));
}

/** Everyone who has run an interview here, for the interviewer filter (one entry per name, ignoring case). */
export function listInterviewers(ctx: StoreContext): Promise<string[]> {
  const { db } = ctx;
  return db.transaction('r', db.interviews, () =>
    namesAfter(ctx, null, []).then((names) => {
      const seen = new Map<string, string>();
      for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
      return [...seen.values()].sort((a, b) => a.localeCompare(b));
    }),
  );
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
