import { revisionOf, type Answer, type Interview } from '@/utils/domain/interview/schema';
import type { InterviewBundle } from '@/utils/protocol';
import type { AckedEdit, Edit, PendingEdit } from './edit-queue';

/**
 * What the interviewer sees: the stored scorecard with every edit that has not
 * been acknowledged yet laid on top, in the order the edits were made.
 */
export interface ScorecardWithEdits {
  interview: Interview;
  candidate: InterviewBundle['candidate'];
  answers: ReadonlyMap<string, Answer>;
  /**
   * Notes another tab replaced while this one was writing them (by question id): the view keeps
   * both texts in the note, theirs then ours (after NOTES_CONFLICT_SEPARATOR), and says so.
   */
  conflicts?: ReadonlyMap<string, { mine: string; theirs: string }>;
}

/** Between the other tab's text and this one's in a note both wrote at once. */
export const NOTES_CONFLICT_SEPARATOR = '\n\n———\n';

export function emptyAnswer(interviewId: string, questionId: string): Answer {
  return {
    id: `${interviewId}:${questionId}`,
    interviewId,
    questionId,
    score: null,
    notAsked: false,
    pointsTicked: [],
    notes: '',
    updatedAt: 0,
    revision: 0,
  };
}

/** Scores by id with a patch laid on: a null removes that id. */
function withScores(
  current: Readonly<Record<string, number>> | undefined,
  patch: Readonly<Record<string, number | null | undefined>>,
): Record<string, number> {
  const next = { ...current };
  for (const [id, score] of Object.entries(patch)) {
    if (score === null || score === undefined) delete next[id];
    else next[id] = score;
  }
  return next;
}

function applyEdit(view: ScorecardWithEdits, edit: Edit, answers: Map<string, Answer>): Interview {
  const interview = view.interview;
  switch (edit.kind) {
    case 'answer': {
      const current = answers.get(edit.questionId) ?? emptyAnswer(interview.id, edit.questionId);
      const { score, notAsked, pointsTicked, notes, criteriaScores } = edit.patch;
      answers.set(edit.questionId, {
        ...current,
        ...(score !== undefined ? { score } : {}),
        ...(notAsked !== undefined ? { notAsked } : {}),
        ...(pointsTicked !== undefined ? { pointsTicked } : {}),
        ...(notes !== undefined ? { notes } : {}),
        ...(criteriaScores ? { criteriaScores: withScores(current.criteriaScores, criteriaScores) } : {}),
      });
      return interview;
    }
    case 'interview': {
      const { categoryRatings, decisionId, decisionReason, overallNotes, interviewer } = edit.patch;
      const next: Interview = { ...interview };
      if (categoryRatings) next.categoryRatings = withScores(interview.categoryRatings, categoryRatings);
      if (decisionId === null) delete next.decisionId;
      else if (decisionId !== undefined) next.decisionId = decisionId;
      if (decisionReason !== undefined) next.decisionReason = decisionReason;
      if (overallNotes !== undefined) next.overallNotes = overallNotes;
      if (interviewer !== undefined) next.interviewer = interviewer;
      return next;
    }
    case 'flag':
      return { ...interview, flags: [...interview.flags.filter((f) => f.id !== edit.flag.id), edit.flag] };
    case 'unflag':
      return { ...interview, flags: interview.flags.filter((f) => f.id !== edit.flagId) };
    case 'timer':
      return { ...interview, timerEvents: [...interview.timerEvents, edit.event] };
  }
}

/** The stored revision of the record an edit changes, in the copy the view holds. */
function heldRevision(base: InterviewBundle, edit: Edit): number {
  if (edit.kind !== 'answer') return revisionOf(base.interview);
  const answer = base.answers.find((a) => a.questionId === edit.questionId);
  return answer ? revisionOf(answer) : 0;
}

/**
 * The view: `base` with the acknowledged edits it has not caught up with yet (always the reply to
 * one's own write, even before that reply reaches `base`), then the unacknowledged ones, in order.
 */
export function overlay(base: InterviewBundle, pending: readonly PendingEdit[], acked: readonly AckedEdit[] = []): ScorecardWithEdits {
  const answers = new Map(base.answers.map((a) => [a.questionId, a]));
  let view: ScorecardWithEdits = { interview: base.interview, candidate: base.candidate, answers };
  const edits = [...acked.filter((a) => a.revision > heldRevision(base, a.edit)), ...pending];
  for (const { edit } of edits) view = { ...view, interview: applyEdit(view, edit, answers) };
  const conflicts = notesConflicts(base, pending, acked);
  for (const [questionId, { mine, theirs }] of conflicts)
    answers.set(questionId, { ...answers.get(questionId)!, notes: `${theirs}${NOTES_CONFLICT_SEPARATOR}${mine}` });
  return { ...view, answers, ...(conflicts.size ? { conflicts } : {}) };
}

/**
 * Notes this tab wrote that another writer then replaced: the stored answer is newer than this
 * tab's last acknowledged write to it, and its notes neither are nor contain what this tab wrote.
 * While this tab still has a notes edit of its own waiting, that edit was typed over the view,
 * which already holds both texts.
 */
function notesConflicts(base: InterviewBundle, pending: readonly PendingEdit[], acked: readonly AckedEdit[]) {
  const conflicts = new Map<string, { mine: string; theirs: string }>();
  for (const { edit, revision } of acked) {
    if (edit.kind !== 'answer' || edit.patch.notes === undefined || !edit.patch.notes.trim()) continue;
    const questionId = edit.questionId;
    const stored = base.answers.find((a) => a.questionId === questionId);
    if (!stored || revisionOf(stored) <= revision || stored.notes.includes(edit.patch.notes)) continue;
    if (pending.some((p) => p.edit.kind === 'answer' && p.edit.questionId === questionId && p.edit.patch.notes !== undefined)) continue;
    conflicts.set(questionId, { mine: edit.patch.notes, theirs: stored.notes });
  }
  return conflicts;
}

const texts = new WeakMap<object, string>();
/**
 * Two copies of one stored value with the same content (the store writes keys in the same order).
 * Each object's JSON is written once: the held copy is compared with every echo's.
 */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return textOf(a) === textOf(b);
}
function textOf(value: object): string {
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}

/**
 * The version to hold: the later revision (a newer one keeps the held copy of each field whose
 * content is the same: every answer write bumps the interview's revision, and each question card
 * is handed its flags); at the same revision, the copy already held when its content is the same.
 */
function later<T extends { revision?: number }>(mine: T, theirs: T): T {
  const ours = revisionOf(mine);
  const incoming = revisionOf(theirs);
  if (incoming < ours) return mine;
  if (incoming === ours) return sameContent(mine, theirs) ? mine : theirs;
  const shared = { ...theirs };
  for (const key of Object.keys(shared) as (keyof T)[]) if (sameContent(shared[key], mine[key])) shared[key] = mine[key];
  return shared;
}

/**
 * Merge what the store said (a live bundle or a write's answer) into the copy we hold, keeping
 * whichever version of each record the store wrote later (by its revision, never by a clock):
 * a bundle read before our last write committed can arrive after the write's acknowledgement.
 * A record that did not change keeps the object already held (so does the kit, and a newer
 * record keeps its unchanged fields), and a bundle that changes nothing returns `held` itself:
 * the echo of a save then hands new props only to what the save changed, where a new copy of
 * every record and of the kit gave every memoised question card new ones.
 */
export function mergeBundle(held: InterviewBundle | null, incoming: InterviewBundle): InterviewBundle {
  if (!held || held.interview.id !== incoming.interview.id) return incoming;
  const interview = later(held.interview, incoming.interview);
  let changed = interview !== held.interview;
  const answers = new Map(held.answers.map((a) => [a.questionId, a]));
  for (const answer of incoming.answers) {
    const mine = answers.get(answer.questionId);
    const kept = mine ? later(mine, answer) : answer;
    if (kept !== mine) {
      answers.set(answer.questionId, kept);
      changed = true;
    }
  }
  const candidate = sameContent(held.candidate, incoming.candidate) ? held.candidate : incoming.candidate;
  const kit = sameContent(held.kit, incoming.kit) ? held.kit : incoming.kit;
  if (!changed && candidate === held.candidate && kit === held.kit) return held;
  return { interview, candidate, answers: [...answers.values()], kit };
}

export function withInterview(held: InterviewBundle, interview: Interview): InterviewBundle {
  return revisionOf(interview) >= revisionOf(held.interview) ? { ...held, interview } : held;
}

export function withAnswer(held: InterviewBundle, answer: Answer): InterviewBundle {
  const mine = held.answers.find((a) => a.questionId === answer.questionId);
  if (mine && revisionOf(mine) > revisionOf(answer)) return held;
  return { ...held, answers: [...held.answers.filter((a) => a.questionId !== answer.questionId), answer] };
}
