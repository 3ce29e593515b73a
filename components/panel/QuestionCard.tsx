import { memo, useId, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import type { Question } from '@/utils/domain/kit/schema';
import type { Answer, Flag } from '@/utils/domain/interview/schema';
import type { InterviewActions } from '@/components/hooks/useInterview';
import { formatNumber } from '@/utils/domain/format';
import { RatingGroup, type RatingScale } from '@/components/common/RatingGroup';
import { fillSlots, slot } from '@/components/common/slots';
import { CodeBlock } from '@/components/common/CodeBlock';
import { card, focusRing, inputBase, labelText, mutedText, warningText } from '@/components/common/styles';
import { FlagComposer, FlagList } from './FlagComposer';

export const questionName = (q: Pick<Question, 'title' | 'prompt'>) => q.title || q.prompt;

/** A 1 or a 5 is an extreme claim: it needs evidence before the scorecard can be submitted. */
export const needsEvidence = (answer: Pick<Answer, 'score' | 'notAsked' | 'notes'> | undefined) =>
  !!answer && !answer.notAsked && (answer.score === 1 || answer.score === 5) && !answer.notes.trim();

/** Typing in these must never be taken as a rating shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(target.type);
}

export interface QuestionCardProps {
  question: Question;
  number: number;
  answer: Answer | undefined;
  categoryName?: string;
  scale: RatingScale;
  flags: readonly Flag[];
  flagPicks: { green: readonly string[]; red: readonly string[] };
  locked: boolean;
  actions: InterviewActions;
  /** Another tab replaced these notes while this one wrote them: both texts are in the box. */
  notesConflict?: boolean;
}

/**
 * One question as the interviewer works it: what to ask, what to listen for
 * (ticked off), a 1-5 rating with the rubric at hand, evidence notes and flags.
 * While focus is anywhere in the card (outside a text field), keys 1-5 rate it.
 */
export const QuestionCard = memo(function QuestionCard({
  question,
  number,
  answer,
  categoryName,
  scale,
  flags,
  flagPicks,
  locked,
  actions,
  notesConflict = false,
}: QuestionCardProps) {
  const headingId = useId();
  const notesId = useId();
  const evidenceId = useId();
  const name = questionName(question);
  const notAsked = answer?.notAsked ?? false;
  const ticked = new Set(answer?.pointsTicked ?? []);
  const canRate = question.scored && !locked && !notAsked;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!canRate || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    const score = Number(event.key);
    if (Number.isInteger(score) && score >= 1 && score <= 5) {
      event.preventDefault();
      actions.answer(question.id, { score });
    }
  };

  const toggle = (index: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(index);
    else next.delete(index);
    actions.answer(question.id, { pointsTicked: [...next].sort((a, b) => a - b) });
  };

  const missingEvidence = needsEvidence(answer);

  return (
    <article
      aria-labelledby={headingId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className={`${card} space-y-2 ${focusRing} ${notAsked ? 'opacity-75' : ''}`}
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
      {question.title && <p className="text-sm">{i18n.t('panel.question.quoted', [question.prompt])}</p>}
      {question.extraPrompts.map((prompt) => (
        <p key={prompt} className="text-sm">
          {i18n.t('panel.question.quoted', [prompt])}
        </p>
      ))}
      {question.code && <CodeBlock sample={question.code} />}

      {question.expectedPoints.length > 0 && (
        <fieldset>
          <legend className={labelText}>{i18n.t('panel.question.listenFor')}</legend>
          <ul className="mt-1 space-y-0.5">
            {question.expectedPoints.map((point, index) => (
              <li key={index}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={ticked.has(index)}
                    disabled={locked}
                    onChange={(e) => toggle(index, e.target.checked)}
                    className={`mt-0.5 size-4 shrink-0 accent-emerald-700 ${focusRing}`}
                  />
                  <span className={ticked.has(index) ? 'text-zinc-900 dark:text-zinc-50' : 'text-zinc-700 dark:text-zinc-300'}>
                    {point}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      {question.followUps.length > 0 && (
        <div>
          <p className={labelText}>{i18n.t('panel.question.followUps')}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {question.followUps.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      )}

      {question.scored && (
        <RatingGroup
          name={name}
          value={answer?.score ?? null}
          scale={scale}
          disabled={!canRate}
          onChange={(score) => actions.answer(question.id, { score })}
          onClear={() => actions.answer(question.id, { score: null })}
        />
      )}

      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={notAsked}
          disabled={locked}
          onChange={(e) => actions.answer(question.id, e.target.checked ? { notAsked: true, score: null } : { notAsked: false })}
          aria-label={i18n.t('panel.question.notAskedFor', [name])}
          className={`size-4 accent-zinc-700 ${focusRing}`}
        />
        {i18n.t('panel.question.notAsked')}
      </label>

      <div>
        <label htmlFor={notesId} className={labelText}>
          {i18n.t('panel.question.notes')}
        </label>
        <textarea
          id={notesId}
          value={answer?.notes ?? ''}
          readOnly={locked}
          rows={2}
          aria-describedby={missingEvidence ? evidenceId : undefined}
          aria-invalid={missingEvidence || undefined}
          onChange={(e) => actions.answer(question.id, { notes: e.target.value }, { typing: true })}
          aria-label={i18n.t('panel.question.notesFor', [name])}
          className={`${inputBase} mt-1 resize-y`}
          placeholder={i18n.t('panel.question.notesPlaceholder')}
        />
        {notesConflict && (
          <p role="status" className={`mt-1 text-xs ${warningText}`}>
            {i18n.t('panel.question.notesConflict')}
          </p>
        )}
        {missingEvidence && (
          <p id={evidenceId} className={`mt-1 text-xs ${warningText}`}>
            {i18n.t('panel.question.needsEvidence', [formatNumber(answer?.score ?? 0)])}
          </p>
        )}
      </div>

      <FlagList flags={flags} locked={locked} onRemove={actions.removeFlag} />
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
