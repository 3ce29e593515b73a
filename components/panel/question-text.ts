import type { Question } from '@/utils/domain/kit/schema';
import type { Answer } from '@/utils/domain/interview/schema';
import { extremeScores } from '@/utils/domain/criteria-scores';

export const questionName = (q: Pick<Question, 'title' | 'prompt'>) => q.title || q.prompt;

/** A 1 or a 5 (on the question, or on one of its criteria) is an extreme claim: it needs evidence before the scorecard can be submitted. */
export const evidenceNeededFor = (
  question: Pick<Question, 'criteria'>,
  answer: Pick<Answer, 'score' | 'notAsked' | 'notes' | 'criteriaScores'> | undefined,
): number[] => (answer && !answer.notes.trim() ? extremeScores(question, answer) : []);

/** Typing in these must never be taken as a rating shortcut. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(target.type);
}

/**
 * "[12:40] " at the caret: on a line of its own when the caret is not at the start of one, so
 * stamped notes read as a log. Returns the new text and where the caret goes.
 */
export function withClockStamp(text: string, start: number, end: number, clock: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const stamp = `${lead}[${clock}] `;
  return { text: before + stamp + text.slice(end), caret: start + stamp.length };
}
