import { memo, useId, useRef, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import type { Question } from '@/utils/domain/kit/schema';
import type { Answer, Flag } from '@/utils/domain/interview/schema';
import { formatNumber } from '@/utils/domain/format';
import { fillSlots, slot } from '@/components/common/slots';
import { card, focusRing, mutedText } from '@/components/common/styles';
import { FlagComposer, FlagList } from './FlagComposer';
import { useInterviewFrame } from './InterviewContext';
import { QuestionPrompt } from './QuestionPrompt';
import { QuestionScoring } from './QuestionScoring';
import { EvidenceNotes } from './EvidenceNotes';
import { evidenceNeededFor, isTextEntry, questionName } from './question-text';

export { questionName } from './question-text';

export interface QuestionCardProps {
  question: Question;
  number: number;
  answer: Answer | undefined;
  categoryName?: string;
  /** Every flag of the interview; the card shows those raised on its question. */
  flags: readonly Flag[];
  flagPicks: { green: readonly string[]; red: readonly string[] };
  /** Another tab replaced this question's notes while this one wrote them. */
  notesConflict: boolean;
}

/** A key 1-5 pressed in the card: the score, or null for any other key. */
const scoreKey = (event: KeyboardEvent<HTMLElement>): number | null => {
  if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return null;
  const score = Number(event.key);
  return Number.isInteger(score) && score >= 1 && score <= 5 ? score : null;
};

/**
 * One question as the interviewer works it: what to ask, what to listen for (ticked off), its
 * score with the anchors in view, evidence notes and flags. While focus is anywhere in the card
 * (outside a text field), keys 1-5 score it, or the criterion whose block has focus.
 */
export const QuestionCard = memo(function QuestionCard({
  question,
  number,
  answer,
  categoryName,
  flags,
  flagPicks,
  notesConflict,
}: QuestionCardProps) {
  const { locked, actions } = useInterviewFrame();
  const headingId = useId();
  const article = useRef<HTMLElement>(null);
  const name = questionName(question);
  const notAsked = answer?.notAsked ?? false;
  const canRate = question.scored && !locked && !notAsked;
  const mine = flags.filter((f) => f.questionId === question.id);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const score = canRate ? scoreKey(event) : null;
    if (score === null) return;
    if (question.criteria.length === 0) {
      event.preventDefault();
      actions.answer(question.id, { score });
      return;
    }
    const criterion = (event.target as HTMLElement).closest<HTMLElement>('[data-criterion]')?.dataset.criterion;
    if (!criterion) return;
    event.preventDefault();
    actions.answer(question.id, { criteriaScores: { [criterion]: score } });
  };
  const markNotAsked = (on: boolean) => {
    const cleared = Object.fromEntries(question.criteria.map((c) => [c.id, null]));
    actions.answer(
      question.id,
      on ? { notAsked: true, score: null, ...(question.criteria.length ? { criteriaScores: cleared } : {}) } : { notAsked: false },
    );
  };

  return (
    <article
      ref={article}
      aria-labelledby={headingId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className={`${card} min-w-0 space-y-2 ${focusRing} ${notAsked ? 'opacity-75' : ''}`}
    >
      <header className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold">
          {fillSlots(i18n.t('panel.question.heading', [slot(0), slot(1)]), [
            <span key="number" className="text-zinc-500 dark:text-zinc-400">
              {formatNumber(number)}
            </span>,
            name,
          ])}
        </h3>
        {(categoryName || !question.scored) && (
          <span className="shrink-0 rounded bg-zinc-100 px-1.5 py-0.5 text-[11px] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
            {question.scored ? categoryName : i18n.t('panel.question.notScored')}
          </span>
        )}
      </header>
      <QuestionPrompt
        question={question}
        answer={answer}
        locked={locked}
        onTick={(pointsTicked) => actions.answer(question.id, { pointsTicked })}
      />
      {question.scored && <QuestionScoring question={question} answer={answer} disabled={!canRate} />}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={notAsked}
          disabled={locked}
          onChange={(e) => markNotAsked(e.target.checked)}
          aria-label={i18n.t('panel.question.notAskedFor', [name])}
          className={`size-4 accent-zinc-700 ${focusRing}`}
        />
        {i18n.t('panel.question.notAsked')}
      </label>
      <EvidenceNotes
        questionId={question.id}
        name={name}
        notes={answer?.notes ?? ''}
        needsEvidence={evidenceNeededFor(question, answer)}
        card={article}
        conflict={notesConflict}
      />
      <FlagList flags={mine} locked={locked} onRemove={actions.removeFlag} />
      {!locked && (
        <FlagComposer
          about={name}
          quickPicks={flagPicks}
          disabled={locked}
          onRaise={(kind, text) => actions.raiseFlag(kind, text, question.id)}
        />
      )}
      {notAsked && <p className={mutedText}>{i18n.t('panel.question.markedNotAsked')}</p>}
    </article>
  );
});
