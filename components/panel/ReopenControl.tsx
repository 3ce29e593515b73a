import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { buttonPrimary, buttonQuiet, buttonSecondary, inputBase, labelText } from '@/components/common/styles';

/** "Reopen for editing": asks why first, since reopening a sealed scorecard is recorded. */
export function ReopenControl({ onReopen }: { onReopen(reason: string): Promise<string | null> }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  if (!asking)
    return (
      <button type="button" className={buttonSecondary} onClick={() => setAsking(true)}>
        {i18n.t('panel.reopen.open')}
      </button>
    );
  return (
    <form
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setError(i18n.t('panel.reopen.needReason'));
          return;
        }
        setBusy(true);
        const failure = await onReopen(reason.trim());
        setBusy(false);
        if (failure) setError(failure);
      }}
    >
      <label htmlFor={inputId} className={labelText}>
        {i18n.t('panel.reopen.reason')}
      </label>
      <input
        id={inputId}
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={!!error || undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        className={inputBase}
      />
      {error && (
        <p id={`${inputId}-error`} role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
      <div className="flex gap-1">
        <button type="submit" className={buttonPrimary} disabled={busy}>
          {i18n.t('panel.reopen.reopen')}
        </button>
        <button type="button" className={buttonQuiet} onClick={() => setAsking(false)}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
