import type { z } from 'zod';
import type { TimerEvent } from '../domain/interview/schema';
import { applyTimerEvent, TimerRuleError } from '../domain/timer';
import { agendaOf, agendaPlan } from '../domain/debrief/agenda';
import { castVote } from '../domain/debrief/votes';
import { DebriefRecordSchema, type DebriefFileRecord, type DebriefRecord } from '../domain/debrief/record';
import type { DebriefBundle, DebriefRow, requestSchemas } from '../protocol';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { StoreFailure, notFound } from './errors';
import { findOrCreateCandidate } from './candidates';
import { findKitRecord, kitKey, plainKit } from './kits';

/**
 * Debriefs: the decision meeting, stored while it runs so a reload (or the call page's panel
 * closing) loses nothing: its timer, speaker turns, the files dropped in as read, the choices,
 * the votes and the panel's decision. Every change is one small read-modify-write, validated
 * before it is stored and counted in `revision`.
 */

type OpenPayload = z.output<(typeof requestSchemas)['debriefs.open']>;

export async function openDebrief(ctx: StoreContext, payload: OpenPayload): Promise<DebriefRecord> {
  const { db } = ctx;
  return db.transaction('rw', [db.kits, db.candidates, db.debriefs], async () => {
    const kit = await findKitRecord(ctx, payload.kitId, payload.kitVersion);
    if (!kit)
      throw new StoreFailure(
        'not-found',
        payload.kitVersion === undefined
          ? `No kit "${payload.kitId}" is installed.`
          : `Kit "${payload.kitId}" version ${payload.kitVersion} is not installed.`,
      );
    const candidate = await findOrCreateCandidate(ctx, payload);
    const now = ctx.now();
    const record = DebriefRecordSchema.parse({
      id: ctx.newId(),
      candidateId: candidate.id,
      candidateName: candidate.name,
      kitId: kit.id,
      kitVersion: kit.version,
      facilitator: payload.facilitator,
      platform: payload.platform,
      meetingCode: payload.meetingCode,
      meetingUrl: payload.meetingUrl,
      createdAt: now,
      updatedAt: now,
    });
    await db.debriefs.add(record);
    return record;
  });
}

const candidateRange = (id: string) =>
  [
    [id, -Infinity],
    [id, Infinity],
  ] as const;

/** A debrief and what it is read against, in one read transaction (awaits on Dexie's own promises only: it runs in live queries). */
export function getDebrief(ctx: StoreContext, id: string): Promise<DebriefBundle> {
  const { db } = ctx;
  return db.transaction('r', [db.debriefs, db.kits, db.candidates, db.interviews, db.answers, db.referenceChecks], async () => {
    const debrief = await db.debriefs.get(id);
    if (!debrief) throw notFound('debrief', id);
    const [kit, candidate, interviews, references] = await Promise.all([
      db.kits.get([debrief.kitId, debrief.kitVersion]),
      db.candidates.get(debrief.candidateId),
      db.interviews
        .where('[candidateId+createdAt]')
        .between(...candidateRange(debrief.candidateId), true, true)
        .toArray(),
      db.referenceChecks.where('candidateId').equals(debrief.candidateId).sortBy('createdAt'),
    ]);
    if (!kit)
      throw new StoreFailure(
        'not-found',
        `Kit "${debrief.kitId}" version ${debrief.kitVersion}, which this debrief uses, is not installed.`,
      );
    if (!candidate) throw notFound('candidate', debrief.candidateId);
    const wanted = [
      ...new Map(interviews.map((i) => [kitKey(i.kitId, i.kitVersion), [i.kitId, i.kitVersion] as [string, number]])).values(),
    ];
    const [answers, localKits] = await Promise.all([
      db.answers
        .where('interviewId')
        .anyOf(interviews.map((i) => i.id))
        .toArray(),
      db.kits.bulkGet(wanted),
    ]);
    return {
      debrief,
      kit: plainKit(kit),
      candidate,
      local: interviews.map((interview) => ({ interview, answers: answers.filter((a) => a.interviewId === interview.id) })),
      localKits: localKits.filter((k): k is KitRecord => !!k).map(plainKit),
      references,
    };
  });
}

/** Debriefs newest first, for one candidate or meeting, running or held. */
export function listDebriefs(ctx: StoreContext, query: z.output<(typeof requestSchemas)['debriefs.list']>): Promise<DebriefRow[]> {
  const { db } = ctx;
  return db.transaction('r', [db.debriefs, db.kits], async () => {
    const base = query.candidateId
      ? db.debriefs.where('candidateId').equals(query.candidateId)
      : query.meetingCode
        ? db.debriefs.where('meetingCode').equals(query.meetingCode)
        : db.debriefs.toCollection();
    const [rows, kits] = await Promise.all([
      base
        .filter((d) => (!query.status || d.status === query.status) && (!query.meetingCode || d.meetingCode === query.meetingCode))
        .toArray(),
      db.kits.toArray(),
    ]);
    const byKey = new Map(kits.map((k) => [kitKey(k.id, k.version), k]));
    return rows
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, query.limit)
      .map((d) => {
        const kit = byKey.get(kitKey(d.kitId, d.kitVersion));
        return {
          id: d.id,
          candidateId: d.candidateId,
          candidateName: d.candidateName,
          kitId: d.kitId,
          kitVersion: d.kitVersion,
          kitTitle: kit?.title ?? d.kitId,
          status: d.status,
          createdAt: d.createdAt,
          meetingCode: d.meetingCode,
          files: d.files.length,
          decisionLabel: d.decision
            ? (kit?.decisionOptions.find((o) => o.id === d.decision!.decisionId)?.label ?? d.decision.decisionId)
            : '',
        };
      });
  });
}

/** Every installed kit at every version, as plain kits. */
export function allKits(ctx: StoreContext) {
  return ctx.db.kits.toArray().then((records) => records.map(plainKit));
}

/** One read-modify-write of a debrief, validated before it is stored; resolves after the commit. */
export function mutateDebrief(
  ctx: StoreContext,
  id: string,
  change: (record: DebriefRecord, kit: KitRecord) => DebriefRecord,
): Promise<DebriefRecord> {
  const { db } = ctx;
  return db.transaction('rw', [db.debriefs, db.kits], async () => {
    const current = await db.debriefs.get(id);
    if (!current) throw notFound('debrief', id);
    const kit = await db.kits.get([current.kitId, current.kitVersion]);
    if (!kit)
      throw new StoreFailure(
        'not-found',
        `Kit "${current.kitId}" version ${current.kitVersion}, which this debrief uses, is not installed.`,
      );
    const next = DebriefRecordSchema.parse({ ...change(current, kit), id, updatedAt: ctx.now(), revision: current.revision + 1 });
    await db.debriefs.put(next);
    return next;
  });
}

/**
 * Add files as read. A file already in the debrief (the same content, whatever its name) is not
 * added again; the answer says which were new and which were duplicates. Nothing else changes:
 * votes, the decision and the timer are never touched by a drop.
 */
export async function addDebriefFiles(ctx: StoreContext, id: string, files: DebriefFileRecord[]) {
  const added: string[] = [];
  const duplicates: string[] = [];
  const debrief = await mutateDebrief(ctx, id, (record) => {
    const known = new Set(record.files.map((f) => f.id));
    const fresh: DebriefFileRecord[] = [];
    for (const file of files) {
      if (known.has(file.id)) duplicates.push(file.name);
      else {
        known.add(file.id);
        fresh.push(file);
        added.push(file.id);
      }
    }
    return { ...record, files: [...record.files, ...fresh] };
  });
  return { debrief, added, duplicates };
}

export const removeDebriefFile = (ctx: StoreContext, id: string, fileId: string) =>
  mutateDebrief(ctx, id, (record) => {
    if (!record.files.some((f) => f.id === fileId)) throw notFound('file in this debrief', fileId);
    const choices = Object.fromEntries(Object.entries(record.choices).filter(([, f]) => f !== fileId));
    return { ...record, files: record.files.filter((f) => f.id !== fileId), choices };
  });

export const chooseDebriefFile = (ctx: StoreContext, id: string, interviewId: string, fileId: string) =>
  mutateDebrief(ctx, id, (record) => {
    if (!record.files.some((f) => f.id === fileId && f.cards.some((c) => c.interviewId === interviewId)))
      throw new StoreFailure('invalid', `fileId: no file in this debrief holds interview "${interviewId}" as "${fileId}".`);
    return { ...record, choices: { ...record.choices, [interviewId]: fileId } };
  });

export const updateDebrief = (ctx: StoreContext, id: string, patch: { showOthers?: boolean; facilitator?: string }) =>
  mutateDebrief(ctx, id, (record) => ({ ...record, ...patch }));

/** One agenda timer action, checked against the timer's rules for the agenda's steps; finishing the meeting closes the debrief. */
export const recordDebriefTimer = (ctx: StoreContext, id: string, event: TimerEvent) =>
  mutateDebrief(ctx, id, (record, kit) => {
    let timerEvents: TimerEvent[];
    try {
      timerEvents = applyTimerEvent(agendaPlan(agendaOf(kit)), record.timerEvents, event);
    } catch (error) {
      if (error instanceof TimerRuleError)
        throw new StoreFailure('timer', error.message.replace(/round/g, 'meeting').replace(/section/g, 'step'));
      throw error;
    }
    return { ...record, timerEvents, ...(event.type === 'finish' ? { status: 'closed' as const, closedAt: event.at } : {}) };
  });

export const passTheFloor = (ctx: StoreContext, id: string, index: number, at: number) =>
  mutateDebrief(ctx, id, (record) => ({ ...record, speakerTurns: [...record.speakerTurns, { index, at }] }));

function checkDecision(kit: KitRecord, decisionId: string) {
  if (!kit.decisionOptions.some((d) => d.id === decisionId))
    throw new StoreFailure(
      'invalid',
      `decisionId: "${decisionId}" is not one of ${kit.decisionOptions.map((d) => `"${d.id}"`).join(', ')}.`,
    );
}

/** A voter's vote: their new vote replaces their old one, null withdraws it. */
export const recordVote = (ctx: StoreContext, id: string, voter: string, decisionId: string | null) =>
  mutateDebrief(ctx, id, (record, kit) => {
    if (decisionId !== null) checkDecision(kit, decisionId);
    return { ...record, votes: castVote(record.votes, voter, decisionId, ctx.now()) };
  });

/** The panel's decision, with the reason it is recorded with; null clears it. */
export const recordDecision = (ctx: StoreContext, id: string, decisionId: string | null, reason: string) =>
  mutateDebrief(ctx, id, (record, kit) => {
    if (decisionId === null) {
      const { decision: _cleared, ...rest } = record;
      return rest;
    }
    checkDecision(kit, decisionId);
    if (!reason.trim()) throw new StoreFailure('invalid', 'reason: say why the panel decided this; the reason goes with the decision.');
    return { ...record, decision: { decisionId, reason: reason.trim(), at: ctx.now(), by: record.facilitator } };
  });

export async function deleteDebrief(ctx: StoreContext, id: string): Promise<{ id: string }> {
  const { db } = ctx;
  return db.transaction('rw', db.debriefs, async () => {
    if (!(await db.debriefs.get(id))) throw notFound('debrief', id);
    await db.debriefs.delete(id);
    return { id };
  });
}
