import { i18n } from '#i18n';
import type { SaveState } from '@/utils/client/edit-queue';

export function saveStateText(save: SaveState): string {
  switch (save.status) {
    case 'saved':
      return i18n.t('common.save.saved');
    case 'saving':
      return i18n.t('common.save.saving');
    case 'error':
      return save.retrying ? i18n.t('common.save.failedRetrying', [save.message]) : i18n.t('common.save.failed', [save.message]);
  }
}

/** Whether the scorecard is safely stored. A status region, so screen readers hear changes without losing focus. */
export function SaveStateIndicator({ save, className = '' }: { save: SaveState; className?: string }) {
  const tone =
    save.status === 'error'
      ? 'text-rose-700 dark:text-rose-300'
      : save.status === 'saving'
        ? 'text-zinc-600 dark:text-zinc-400'
        : 'text-emerald-700 dark:text-emerald-400';
  return (
    <p role="status" aria-label={i18n.t('common.save.label')} className={`text-xs ${tone} ${className}`}>
      {save.status === 'saved' && <span aria-hidden="true">✓ </span>}
      {saveStateText(save)}
    </p>
  );
}
