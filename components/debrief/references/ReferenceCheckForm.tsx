import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { WOULD_HIRE_AGAIN, type ReferenceCheckRecord, type WouldHireAgain } from '@/utils/domain/debrief/references';
import type { RequestPayload } from '@/utils/protocol';
import { Confirm } from '@/components/common/Confirm';
import { buttonDanger, buttonPrimary, buttonSecondary, card, focusRing, inputBase, labelText } from '@/components/common/styles';

type Patch = RequestPayload<'references.update'>['patch'];

const answerWord = (answer: WouldHireAgain) =>
  answer === 'yes' ? i18n.t('references.yes') : answer === 'no' ? i18n.t('references.no') : i18n.t('references.unsure');

/** A field that saves when it loses focus (one write per edit, not per keystroke). */
function SavedText({ label, value, rows, onSave }: { label: string; value: string; rows?: number; onSave(text: string): void }) {
  const [text, setText] = useState(value);
  const id = useId();
  const save = () => text !== value && onSave(text);
  return (
    <div>
      <label htmlFor={id} className={labelText}>
        {label}
      </label>
      {rows ? (
        <textarea id={id} className={inputBase} rows={rows} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />
      ) : (
        <input id={id} className={inputBase} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />
      )}
    </div>
  );
}

/** One reference check as a form: referee, relationship, notes per question, and "would hire again". */
export function ReferenceCheckForm({
  check,
  busy,
  onPatch,
  onDelete,
}: {
  check: ReferenceCheckRecord;
  busy: boolean;
  onPatch(patch: Patch): void;
  onDelete(): void;
}) {
  const [deleting, setDeleting] = useState(false);
  const group = useId();
  // The answer shows at once; the stored check replaces it when the store has it.
  const [answered, setAnswered] = useState<{ value: WouldHireAgain; revision: number } | null>(null);
  const shown = answered && answered.revision === check.revision ? answered.value : check.wouldHireAgain;
  return (
    <article aria-label={i18n.t('references.checkLabel', [check.title, check.refereeName])} className={`${card} space-y-2`}>
      <h4 className="text-sm font-semibold">{i18n.t('references.checkLabel', [check.title, check.refereeName])}</h4>
      <div className="grid gap-2 sm:grid-cols-2">
        <SavedText label={i18n.t('references.refereeName')} value={check.refereeName} onSave={(refereeName) => onPatch({ refereeName })} />
        <SavedText
          label={i18n.t('references.relationship')}
          value={check.relationship}
          onSave={(relationship) => onPatch({ relationship })}
        />
      </div>
      <ol className="space-y-2">
        {check.answers.map((answer, index) => (
          <li key={index}>
            <SavedText
              label={i18n.t('references.notesFor', [answer.question])}
              value={answer.notes}
              rows={2}
              onSave={(notes) => onPatch({ note: { index, notes } })}
            />
          </li>
        ))}
      </ol>
      <fieldset>
        <legend className={labelText}>{i18n.t('references.wouldHireAgain')}</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {WOULD_HIRE_AGAIN.map((answer) => (
            <label key={answer} className="inline-flex items-center gap-1">
              <input
                type="radio"
                name={group}
                className={`size-4 accent-sky-700 ${focusRing}`}
                checked={shown === answer}
                onChange={() => {
                  setAnswered({ value: answer, revision: check.revision });
                  onPatch({ wouldHireAgain: answer });
                }}
              />
              {answerWord(answer)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={check.status === 'complete' ? buttonSecondary : buttonPrimary}
          disabled={busy}
          onClick={() => onPatch({ complete: check.status !== 'complete' })}
        >
          {check.status === 'complete' ? i18n.t('references.reopen') : i18n.t('references.complete')}
        </button>
        <button type="button" className={buttonDanger} onClick={() => setDeleting(true)}>
          {i18n.t('references.delete')}
        </button>
      </div>
      {deleting && (
        <Confirm
          title={i18n.t('references.deleteTitle', [check.refereeName])}
          confirmLabel={i18n.t('references.deleteConfirm')}
          onConfirm={onDelete}
          onCancel={() => setDeleting(false)}
          busy={busy}
        >
          {i18n.t('references.deleteBody')}
        </Confirm>
      )}
    </article>
  );
}
