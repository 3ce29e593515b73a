import { useId, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { i18n } from '#i18n';
import { formatClock } from '@/utils/domain/timer';
import { formatNumber } from '@/utils/domain/format';
import { useAutoGrow } from '@/components/hooks/useAutoGrow';
import { buttonQuiet, inputBase, labelText, warningText } from '@/components/common/styles';
import { useInterviewFrame } from './InterviewContext';
import { withClockStamp } from './question-text';

/** The key that stamps the round clock into a note (Alt+T: T for time; matched by key position, so Option+T on a Mac works too). */
export const STAMP_SHORTCUT = 'Alt+T';
const isStampKey = (e: KeyboardEvent) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyT';

export interface EvidenceNotesProps {
  questionId: string;
  name: string;
  notes: string;
  /** The scores of 1 or 5 still waiting for this note. */
  needsEvidence: number[];
  /** Where Escape sends focus: the question's card, where keys 1-5 rate. */
  card: RefObject<HTMLElement | null>;
  /**
   * Another tab replaced these notes while this one wrote them: both texts are in the box. A
   * prop, not read from the scorecard context, so a save elsewhere in the round does not
   * re-render every question's notes (the context changes with each save; the cards are memoised).
   */
  conflict: boolean;
}

/**
 * A question's evidence notes: as tall as what is written, with the round clock a key (or a
 * click) away ("[12:40] "), and Escape back to the question so 1-5 rate it.
 */
export function EvidenceNotes({ questionId, name, notes, needsEvidence, card, conflict }: EvidenceNotesProps) {
  const { locked, actions } = useInterviewFrame();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  useAutoGrow(area, notes);
  useLayoutEffect(() => {
    if (caret.current === null || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [notes]);

  const stamp = () => {
    const field = area.current;
    if (!field || locked) return;
    const stamped = withClockStamp(notes, field.selectionStart, field.selectionEnd, formatClock(actions.roundElapsedMs()));
    caret.current = stamped.caret;
    actions.answer(questionId, { notes: stamped.text }, { typing: true });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      card.current?.focus();
    } else if (isStampKey(e)) {
      e.preventDefault();
      stamp();
    }
  };

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={id} className={labelText}>
          {i18n.t('panel.question.notes')}
        </label>
        {!locked && (
          <button
            type="button"
            className={`${buttonQuiet} px-1.5 py-0.5 text-xs`}
            aria-label={i18n.t('panel.notes.stampFor', [name])}
            aria-keyshortcuts={STAMP_SHORTCUT}
            title={i18n.t('panel.notes.stampHint', [STAMP_SHORTCUT])}
            onClick={stamp}
          >
            <span aria-hidden="true">⏱</span> {i18n.t('panel.notes.stamp')}
          </button>
        )}
      </div>
      <textarea
        id={id}
        ref={area}
        value={notes}
        readOnly={locked}
        rows={3}
        aria-describedby={needsEvidence.length ? `${id}-evidence` : undefined}
        aria-invalid={needsEvidence.length > 0 || undefined}
        aria-keyshortcuts={locked ? undefined : STAMP_SHORTCUT}
        onKeyDown={onKeyDown}
        onChange={(e) => actions.answer(questionId, { notes: e.target.value }, { typing: true })}
        aria-label={i18n.t('panel.question.notesFor', [name])}
        className={`${inputBase} mt-1 resize-y`}
        placeholder={i18n.t('panel.question.notesPlaceholder')}
      />
      {conflict && (
        <p role="status" className={`mt-1 text-xs ${warningText}`}>
          {i18n.t('panel.question.notesConflict')}
        </p>
      )}
      {needsEvidence.length > 0 && (
        <p id={`${id}-evidence`} className={`mt-1 text-xs ${warningText}`}>
          {i18n.t('panel.question.needsEvidence', [formatNumber(needsEvidence[0]!)])}
        </p>
      )}
    </div>
  );
}
