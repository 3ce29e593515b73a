import { revisionOf, type Answer, type Interview } from '@/utils/domain/interview/schema';
import type { InterviewBundle } from '@/utils/protocol';
import type { Edit, PendingEdit } from './edit-queue';

/**
 * What the interviewer sees: the stored scorecard with every edit that has not
 * been acknowledged yet laid on top, in the order the edits were made.
 */
export interface ScorecardWithEdits {
  interview: Interview;
  candidate: InterviewBundle['candidate'];
  answers: ReadonlyMap<string, Answer>;
}

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

export function overlay(base: InterviewBundle, pending: readonly PendingEdit[]): ScorecardWithEdits {
  const answers = new Map(base.answers.map((a) => [a.questionId, a]));
  let view: ScorecardWithEdits = { interview: base.interview, candidate: base.candidate, answers };
  for (const { edit } of pending) view = { ...view, interview: applyEdit(view, edit, answers) };
  return { ...view, answers };
}

/**
 * Merge what the store said (a live bundle or a write's answer) into the copy we hold, keeping
 * whichever version of each record the store wrote later (by its revision, never by a clock):
 * a bundle read before our last write committed can arrive after the write's acknowledgement.
 */
export function mergeBundle(held: InterviewBundle | null, incoming: InterviewBundle): InterviewBundle {
  if (!held || held.interview.id !== incoming.interview.id) return incoming;
  const interview = revisionOf(incoming.interview) >= revisionOf(held.interview) ? incoming.interview : held.interview;
  const answers = new Map(held.answers.map((a) => [a.questionId, a]));
  for (const answer of incoming.answers) {
    const mine = answers.get(answer.questionId);
    if (!mine || revisionOf(answer) >= revisionOf(mine)) answers.set(answer.questionId, answer);
  }
  return { interview, candidate: incoming.candidate, answers: [...answers.values()], kit: incoming.kit };
}

export function withInterview(held: InterviewBundle, interview: Interview): InterviewBundle {
  return revisionOf(interview) >= revisionOf(held.interview) ? { ...held, interview } : held;
}

export function withAnswer(held: InterviewBundle, answer: Answer): InterviewBundle {
  const mine = held.answers.find((a) => a.questionId === answer.questionId);
  if (mine && revisionOf(mine) > revisionOf(answer)) return held;
  return { ...held, answers: [...held.answers.filter((a) => a.questionId !== answer.questionId), answer] };
}
