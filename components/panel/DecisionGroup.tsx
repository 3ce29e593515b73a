import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { DecisionOption, Round } from '@/utils/domain/kit/schema';
import { againstScores, explainSuggestion } from '@/utils/domain/suggestion';
import { suggestionSentence } from '@/components/common/suggestion-text';
import { badgeNeutral, buttonPrimary, buttonQuiet, focusRing, labelText, mutedText, warningText } from '@/components/common/styles';
import { useInterviewFrame, useScorecard } from './InterviewContext';

/** The round's own decision criteria ("Proceed if: 5+ years Django…"), beside the decision. */
function DecisionCriteria({ round }: { round: Round }) {
  if (!round.proceedIf.length && !round.rejectIf.length) return null;
  return (
    <div className="mt-1 space-y-1 rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700">
      {round.proceedIf.length > 0 && (
        <p>
          <span className="font-medium text-emerald-800 dark:text-emerald-300">{i18n.t('panel.decision.proceedIf')}</span>{' '}
          {round.proceedIf.join(i18n.t('panel.decision.listSeparator'))}
        </p>
      )}
      {round.rejectIf.length > 0 && (
        <p>
          <span className="font-medium text-rose-800 dark:text-rose-300">{i18n.t('panel.decision.rejectIf')}</span>{' '}
          {round.rejectIf.join(i18n.t('panel.decision.listSeparator'))}
        </p>
      )}
    </div>
  );
}

interface ConfirmProps {
  option: DecisionOption;
  because: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Choosing against the scores is allowed, after saying so: the reason is then what the decision rests on. */
function ConfirmAgainst({ option, because, onConfirm, onCancel }: ConfirmProps) {
  return (
    <div
      role="group"
      aria-label={i18n.t('panel.decision.confirmLabel', [option.label])}
      className="mt-2 space-y-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
    >
      <p>{because}</p>
      <p className="font-medium">{i18n.t('panel.decision.confirmQuestion', [option.label])}</p>
      <div className="flex flex-wrap gap-1">
        <button type="button" autoFocus className={buttonPrimary} onClick={onConfirm}>
          {i18n.t('panel.decision.confirm', [option.label])}
        </button>
        <button type="button" className={buttonQuiet} onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * The interviewer's decision among the kit's options (Strong Yes / Yes / Maybe / No), with the
 * round's proceed/reject criteria beside it and the scores' suggestion marked. A decision that
 * leans another way than the scores is asked to be confirmed, and then rests on the reason.
 */
export function DecisionGroup({ reasonId }: { reasonId: string }) {
  const { kit, round, locked, actions } = useInterviewFrame();
  const { view, score } = useScorecard();
  const labelId = useId();
  const name = useId();
  const [pending, setPending] = useState<DecisionOption | null>(null);
  const value = view.interview.decisionId ?? null;
  const explained = explainSuggestion(score, kit.offerThreshold);
  const because = explained ? suggestionSentence(explained, kit.decisionOptions) : '';
  const choose = (option: DecisionOption) => {
    if (againstScores(option.id, score.suggestedDecisionId, kit.decisionOptions)) setPending(option);
    else {
      setPending(null);
      actions.update({ decisionId: option.id });
    }
  };
  const confirm = (option: DecisionOption) => {
    setPending(null);
    actions.update({ decisionId: option.id });
    document.getElementById(reasonId)?.focus();
  };
  const standing = !pending && value && againstScores(value, score.suggestedDecisionId, kit.decisionOptions);

  return (
    <div>
      <p id={labelId} className={labelText}>
        {i18n.t('panel.decision.label')}
      </p>
      <DecisionCriteria round={round} />
      <div role="radiogroup" aria-labelledby={labelId} aria-required="true" className="mt-1 grid grid-cols-2 gap-1">
        {kit.decisionOptions.map((option) => {
          const meaningId = `${name}-${option.id}`;
          const suggested = option.id === score.suggestedDecisionId;
          return (
            <label
              key={option.id}
              className={`flex cursor-pointer items-start gap-2 rounded-md border border-zinc-300 p-2 text-sm has-checked:border-sky-700 has-checked:bg-sky-50 dark:border-zinc-600 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950 ${locked ? 'cursor-not-allowed opacity-70' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={value === option.id}
                disabled={locked}
                aria-labelledby={`${meaningId}-label`}
                aria-describedby={option.meaning || suggested ? meaningId : undefined}
                onChange={() => choose(option)}
                className={`mt-0.5 size-4 accent-sky-700 ${focusRing}`}
              />
              <span>
                <span id={`${meaningId}-label`} className="font-medium">
                  {option.label}
                </span>
                <span id={meaningId} className={`block ${mutedText}`}>
                  {suggested && <span className={badgeNeutral}>{i18n.t('panel.decision.suggestedBadge')}</span>}
                  {suggested && option.meaning ? ' ' : ''}
                  {option.meaning}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {pending && (
        <ConfirmAgainst option={pending} because={because} onConfirm={() => confirm(pending)} onCancel={() => setPending(null)} />
      )}
      {standing && <p className={`mt-1 text-xs ${warningText}`}>{i18n.t('panel.decision.againstStanding', [because])}</p>}
    </div>
  );
}
