import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatDateTime, formatNumber } from '@/utils/domain/format';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { decisionLabel } from '@/utils/domain/debrief/build';
import { summarizeReferences } from '@/utils/domain/debrief/references';
import { buttonPrimary, buttonSecondary, card, inputBase, labelText, mutedText } from '@/components/common/styles';
import type { DebriefHandle } from '../useDebrief';

/** Where the reference-checks path points: how many checks there are and what they say, and the way to them. */
function ReferencesPointer({ model, onShow }: { model: DebriefModel; onShow(): void }) {
  const summary = summarizeReferences(model.outcome.references);
  return (
    <div className="space-y-1 text-sm">
      <p>
        {summary.total === 0
          ? i18n.t('debrief.decision.noReferencesYet')
          : i18n.t('debrief.decision.referencesSoFar', summary.total, [
              formatNumber(summary.total),
              formatNumber(summary.complete),
              formatNumber(summary.wouldHireAgain.yes),
            ])}
      </p>
      <button type="button" className={buttonSecondary} onClick={onShow}>
        {i18n.t('debrief.decision.toReferences')}
      </button>
    </div>
  );
}

/** The panel's decision, recorded by the facilitator with its reason, and the consequence the kit attaches to it. */
export function PanelDecision({
  model,
  handle,
  onShowReferences,
}: {
  model: DebriefModel;
  handle: DebriefHandle;
  onShowReferences(): void;
}) {
  const recorded = model.outcome.decision;
  const { kit } = model.view;
  const [decisionId, setDecisionId] = useState(recorded?.decisionId ?? model.outcome.votes.leading[0] ?? '');
  const [reason, setReason] = useState(recorded?.reason ?? '');
  const ids = { decision: useId(), reason: useId() };
  const option = kit.decisionOptions.find((d) => d.id === (recorded?.decisionId ?? decisionId));
  return (
    <section aria-labelledby={`${ids.decision}-heading`} className={`${card} space-y-2`}>
      <h4 id={`${ids.decision}-heading`} className="text-sm font-semibold">
        {i18n.t('debrief.decision.heading')}
      </h4>
      {recorded && (
        <p className="text-sm" role="status">
          {i18n.t('debrief.decision.recorded', [decisionLabel(kit, recorded.decisionId), recorded.reason, formatDateTime(recorded.at)])}
        </p>
      )}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void handle.send(
            i18n.t('debrief.decision.recording'),
            'debriefs.decide',
            { id: model.record.id, decisionId, reason },
            i18n.t('debrief.decision.saved'),
          );
        }}
      >
        <div>
          <label htmlFor={ids.decision} className={labelText}>
            {i18n.t('debrief.decision.label')}
          </label>
          <select id={ids.decision} className={inputBase} value={decisionId} onChange={(e) => setDecisionId(e.target.value)}>
            <option value="">{i18n.t('debrief.decision.choose')}</option>
            {kit.decisionOptions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.meaning ? i18n.t('debrief.decision.option', [d.label, d.meaning]) : d.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.reason} className={labelText}>
            {i18n.t('debrief.decision.reason')}
          </label>
          <textarea id={ids.reason} className={inputBase} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className={buttonPrimary} disabled={!decisionId || !reason.trim() || handle.busy}>
          {i18n.t('debrief.decision.record')}
        </button>
      </form>
      {option && (
        <div className="space-y-1 border-t border-zinc-200 pt-2 dark:border-zinc-700">
          <p className="text-sm font-medium">
            {option.meaning ? i18n.t('debrief.decision.consequence', [option.label, option.meaning]) : option.label}
          </p>
          {option.nextStep === 'reference-checks' ? (
            <ReferencesPointer model={model} onShow={onShowReferences} />
          ) : option.nextStep === 'more-interviews' ? (
            <p className={mutedText}>{i18n.t('debrief.decision.moreInterviews')}</p>
          ) : option.nextStep === 'reject' ? (
            <p className={mutedText}>{i18n.t('debrief.decision.reject')}</p>
          ) : option.nextStep === 'offer' ? (
            <p className={mutedText}>{i18n.t('debrief.decision.offer')}</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
