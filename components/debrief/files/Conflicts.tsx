import { useId } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore } from '@/utils/domain/format';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import type { ScorecardConflict } from '@/utils/domain/debrief/merge';
import { card, focusRing, mutedText } from '@/components/common/styles';
import type { DebriefHandle } from '../useDebrief';

function whatText(what: ScorecardConflict['what']): string {
  if (what === 'scores') return i18n.t('debrief.conflicts.scores');
  if (what === 'decision') return i18n.t('debrief.conflicts.decision');
  return i18n.t('debrief.conflicts.both');
}

function Conflict({ conflict, model, handle }: { conflict: ScorecardConflict; model: DebriefModel; handle: DebriefHandle }) {
  const name = useId();
  const { kit } = model.view;
  return (
    <fieldset className={`${card} space-y-1 text-sm`}>
      <legend className="font-medium">{i18n.t('debrief.conflicts.legend', [conflict.label, whatText(conflict.what)])}</legend>
      <p className={mutedText}>
        {conflict.chosenBy === 'you' ? i18n.t('debrief.conflicts.yourChoice') : i18n.t('debrief.conflicts.defaultChoice')}
      </p>
      {conflict.options.map((option) => (
        <label key={option.fileId} className="flex items-start gap-2">
          <input
            type="radio"
            name={name}
            className={`mt-0.5 size-4 accent-sky-700 ${focusRing}`}
            checked={conflict.chosen === option.fileId}
            disabled={handle.busy}
            onChange={() =>
              void handle.send(i18n.t('debrief.conflicts.choosing'), 'debriefs.choose', {
                id: model.record.id,
                interviewId: conflict.interviewId,
                fileId: option.fileId,
              })
            }
          />
          <span>
            {i18n.t('debrief.conflicts.option', [
              option.files.join(', '),
              option.status === 'submitted' ? i18n.t('debrief.column.submitted') : i18n.t('debrief.column.draft'),
              kit.categories.map((c) => `${c.name} ${formatLocalScore(option.card.categoryScores[c.id] ?? null)}`).join(', '),
            ])}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Two files with the same interview and different scores or decision: said, and the facilitator chooses. */
export function Conflicts({ model, handle }: { model: DebriefModel; handle: DebriefHandle }) {
  if (model.conflicts.length === 0) return null;
  return (
    <section aria-label={i18n.t('debrief.conflicts.label')} className="space-y-2">
      <h4 className="text-sm font-semibold text-rose-800 dark:text-rose-200">{i18n.t('debrief.conflicts.heading')}</h4>
      {model.conflicts.map((c) => (
        <Conflict key={c.interviewId} conflict={c} model={model} handle={handle} />
      ))}
    </section>
  );
}
