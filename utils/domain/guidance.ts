import type { Answer, Interview } from './interview/schema';
import type { Guidance, Question, Round } from './kit/schema';
import { questionResult } from './criteria-scores';

/**
 * The kit's advice for interviewers, applied: which nudges are due as the round runs out, and
 * which of the guide's common mistakes a scorecard shows at submit. Warnings only: nothing here
 * ever stops a submit. Everything is worded by the kit, so an imported kit brings its own.
 */

/** The round clock as the nudges read it. */
export interface RoundClock {
  status: 'not-started' | 'running' | 'paused' | 'finished';
  /** null for an untimed round, which has no "minutes left". */
  roundRemainingMs: number | null;
}

/** Indexes of the nudges whose moment has come: the round is under way with at most that many minutes left. */
export function dueNudges(nudges: Guidance['nudges'], clock: RoundClock): number[] {
  if (clock.roundRemainingMs === null || (clock.status !== 'running' && clock.status !== 'paused')) return [];
  const left = clock.roundRemainingMs;
  return nudges.flatMap((nudge, i) => (left <= nudge.minutesLeft * 60_000 ? [i] : []));
}

/** A reason shorter than this many words reads as a gut feeling rather than evidence. */
export const SHORT_REASON_WORDS = 6;

/** The round's item where the candidate asks their own questions ("Questions from candidate"), if it has one. */
export function candidateQuestionsItem(round: Round): Question | undefined {
  return round.sections
    .flatMap((s) => s.questions)
    .find((q) => !q.scored && [q.title ?? '', q.prompt].some((t) => /\bquestions?\b/i.test(t) && /\bcandidate('?s)?\b/i.test(t)));
}

export type SubmitWarning =
  | { check: 'scored-without-notes'; text: string; questions: Question[] }
  | { check: 'candidate-questions-skipped'; text: string; question: Question }
  | { check: 'decision-reason-short'; text: string; words: number };

type Scorecard = { interview: Pick<Interview, 'decisionReason'>; answers: ReadonlyMap<string, Answer> };

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function runCheck(check: Guidance['submitChecks'][number], round: Round, { interview, answers }: Scorecard): SubmitWarning | null {
  const questions = round.sections.flatMap((s) => s.questions);
  switch (check.check) {
    case 'scored-without-notes': {
      const bare = questions.filter((q) => {
        const answer = answers.get(q.id);
        return q.scored && questionResult(q, answer).score !== null && !answer?.notes.trim();
      });
      return bare.length ? { check: check.check, text: check.text, questions: bare } : null;
    }
    case 'candidate-questions-skipped': {
      const item = candidateQuestionsItem(round);
      const answer = item && answers.get(item.id);
      const touched = answer && !answer.notAsked && (answer.notes.trim() || answer.pointsTicked.length > 0);
      return item && !touched ? { check: check.check, text: check.text, question: item } : null;
    }
    case 'decision-reason-short': {
      const words = wordCount(interview.decisionReason);
      return words > 0 && words < SHORT_REASON_WORDS ? { check: check.check, text: check.text, words } : null;
    }
  }
}

/** The kit's submit checks that this scorecard trips, in the kit's order. */
export function submitWarnings(guidance: Guidance, round: Round, scorecard: Scorecard): SubmitWarning[] {
  return guidance.submitChecks.flatMap((check) => {
    const warning = runCheck(check, round, scorecard);
    return warning ? [warning] : [];
  });
}
