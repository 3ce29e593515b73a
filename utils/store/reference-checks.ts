import type { z } from 'zod';
import { ReferenceCheckRecordSchema, type ReferenceCheckRecord } from '../domain/debrief/references';
import type { requestSchemas } from '../protocol';
import type { StoreContext } from './context';
import { StoreFailure, notFound } from './errors';
import { findKitRecord } from './kits';

/**
 * Reference checks, one row each, found by candidate. A check copies its kit's questions when it
 * starts, so notes stay with the question they answer whatever happens to the kit later. Every
 * change is validated before it is stored and counted in `revision`, as on an interview.
 */

type StartPayload = z.output<(typeof requestSchemas)['references.start']>;
type Patch = z.output<(typeof requestSchemas)['references.update']>['patch'];

export async function startReferenceCheck(ctx: StoreContext, payload: StartPayload): Promise<ReferenceCheckRecord> {
  const { db } = ctx;
  return db.transaction('rw', [db.candidates, db.kits, db.referenceChecks], async () => {
    if (!(await db.candidates.get(payload.candidateId))) throw notFound('candidate', payload.candidateId);
    const kit = await findKitRecord(ctx, payload.kitId, payload.kitVersion);
    if (!kit) throw new StoreFailure('not-found', `No kit "${payload.kitId}" is installed.`);
    const set = kit.referenceChecks[payload.setIndex];
    if (!set)
      throw new StoreFailure(
        'invalid',
        `setIndex: kit "${kit.id}" has ${kit.referenceChecks.length} sets of reference questions; there is no set ${payload.setIndex + 1}.`,
      );
    const now = ctx.now();
    const record = ReferenceCheckRecordSchema.parse({
      id: ctx.newId(),
      candidateId: payload.candidateId,
      kitId: kit.id,
      kitVersion: kit.version,
      kind: set.kind,
      title: set.title,
      refereeName: payload.refereeName,
      relationship: payload.relationship,
      answers: set.questions.map((question) => ({ question, notes: '' })),
      by: payload.by,
      createdAt: now,
      updatedAt: now,
    });
    await db.referenceChecks.add(record);
    return record;
  });
}

export function updateReferenceCheck(ctx: StoreContext, id: string, patch: Patch): Promise<ReferenceCheckRecord> {
  const { db } = ctx;
  return db.transaction('rw', db.referenceChecks, async () => {
    const current = await db.referenceChecks.get(id);
    if (!current) throw notFound('reference check', id);
    const { note, complete, ...fields } = patch;
    const answers = current.answers.map((a) => ({ ...a }));
    if (note) {
      if (!answers[note.index])
        throw new StoreFailure(
          'invalid',
          `patch.note.index: this check has ${answers.length} questions; there is no question ${note.index + 1}.`,
        );
      answers[note.index]!.notes = note.notes;
    }
    const now = ctx.now();
    const next = ReferenceCheckRecordSchema.parse({
      ...current,
      ...fields,
      answers,
      ...(complete === undefined ? {} : { status: complete ? 'complete' : 'draft', completedAt: complete ? now : undefined }),
      updatedAt: now,
      revision: current.revision + 1,
    });
    await db.referenceChecks.put(next);
    return next;
  });
}

export function listReferenceChecks(ctx: StoreContext, candidateId: string): Promise<ReferenceCheckRecord[]> {
  return ctx.db.referenceChecks.where('candidateId').equals(candidateId).sortBy('createdAt');
}

export async function deleteReferenceCheck(ctx: StoreContext, id: string): Promise<{ id: string }> {
  const { db } = ctx;
  return db.transaction('rw', db.referenceChecks, async () => {
    if (!(await db.referenceChecks.get(id))) throw notFound('reference check', id);
    await db.referenceChecks.delete(id);
    return { id };
  });
}
