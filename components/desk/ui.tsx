import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { StoreError } from '@/utils/client/request';
import { formatDateTime, formatNumber, NO_VALUE } from '@/utils/domain/format';
import { buttonDanger, buttonSecondary, card, mutedText } from '@/components/common/styles';

/** What a user-started action is doing: shown in a status line, or an alert when it failed. */
export type Outcome = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function errorText(error: unknown): string {
  if (error instanceof StoreError) return error.message;
  return i18n.t('desk.ui.somethingWrong', [error instanceof Error ? error.message : String(error)]);
}

/** Run one action at a time, reporting progress and the store's message when it refuses. */
export function useAction() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const run = useCallback(async (busyText: string, action: () => Promise<string | void>) => {
    setOutcome({ kind: 'busy', text: busyText });
    try {
      const done = await action();
      setOutcome(done ? { kind: 'done', text: done } : { kind: 'idle' });
      return true;
    } catch (error) {
      setOutcome({ kind: 'error', text: errorText(error) });
      return false;
    }
  }, []);
  return { outcome, setOutcome, run, busy: outcome.kind === 'busy' };
}

/** A polite status line for progress and results, and an alert for failures. Both always present so announcements are heard. */
export function OutcomeLine({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" className="min-h-5 text-sm">
        {outcome.kind === 'busy' || outcome.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome.kind === 'error' && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {outcome.text}
        </p>
      )}
    </>
  );
}

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

/** A labelled progress bar for long exports. */
export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="space-y-1">
      <progress className="h-2 w-full" aria-label={label} value={done} max={Math.max(total, 1)} />
      <p className={mutedText}>{i18n.t('desk.ui.progress', [formatNumber(done), formatNumber(total)])}</p>
    </div>
  );
}

export const formatDate = (ms: number | undefined | null) => (ms == null ? NO_VALUE : formatDateTime(ms));

export const badge = 'inline-block rounded px-1.5 py-0.5 text-xs font-medium';
export const badgeNeutral = `${badge} bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200`;
export const badgeWarn = `${badge} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`;
export const badgeBad = `${badge} bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200`;
export const badgeGood = `${badge} bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200`;

export const th = 'px-2 py-1.5 text-left text-xs font-semibold text-zinc-700 dark:text-zinc-300';
export const td = 'px-2 py-1.5 align-top';
