import { useState } from 'react';
import { i18n } from '#i18n';
import { buttonDanger, buttonPrimary, buttonQuiet, buttonSecondary } from '@/components/common/styles';

function FinishButton({ onFinish }: { onFinish(): void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className={buttonDanger} onClick={() => setConfirming(true)}>
        {i18n.t('panel.finish.finish')}
      </button>
    );
  return (
    <div
      role="group"
      aria-label={i18n.t('panel.finish.confirmLabel')}
      className="space-y-2 rounded-md border border-rose-300 p-2 dark:border-rose-700"
    >
      <p className="text-sm">{i18n.t('panel.finish.confirm')}</p>
      <div className="flex gap-1">
        <button type="button" autoFocus className={buttonPrimary} onClick={onFinish}>
          {i18n.t('panel.finish.yes')}
        </button>
        <button type="button" className={buttonQuiet} onClick={() => setConfirming(false)}>
          {i18n.t('panel.finish.keepGoing')}
        </button>
      </div>
    </div>
  );
}

export interface FinishBarProps {
  /** The round is over (finished, or the scorecard submitted): only the summary is left to show. */
  over: boolean;
  notStarted: boolean;
  finish(): string | null;
  onShowSummary(): void;
}

/** The end of the question list: finish the round (after a confirmation) or look at the summary. */
export function FinishBar({ over, notStarted, finish, onShowSummary }: FinishBarProps) {
  return (
    <div className="flex flex-wrap gap-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      {over ? (
        <button type="button" className={buttonPrimary} onClick={onShowSummary}>
          {i18n.t('panel.finish.showSummary')}
        </button>
      ) : (
        <>
          <FinishButton
            onFinish={() => {
              // A round whose clock never started has nothing to stop.
              if (finish() === null || notStarted) onShowSummary();
            }}
          />
          <button type="button" className={buttonSecondary} onClick={onShowSummary}>
            {i18n.t('panel.finish.previewSummary')}
          </button>
        </>
      )}
    </div>
  );
}
