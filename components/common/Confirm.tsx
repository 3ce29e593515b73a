import { useEffect, useId, useRef, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { buttonDanger, buttonSecondary, card } from './styles';

export interface ConfirmProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
}

/**
 * An inline confirmation for an action that cannot be undone. Focus starts on "Cancel" so
 * a stray Enter does not destroy anything; Escape cancels.
 */
export function Confirm({ title, children, confirmLabel, onConfirm, onCancel, busy }: ConfirmProps) {
  const ids = { title: useId(), body: useId() };
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.body}
      className={`${card} border-rose-300 dark:border-rose-800`}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h3 id={ids.title} className="font-semibold">
        {title}
      </h3>
      <div id={ids.body} className="mt-1 text-sm">
        {children}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="button" className={buttonDanger} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} className={buttonSecondary} onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
