import type { SaveState } from '@/hooks/edit-queue';

export function saveStateText(save: SaveState): string {
  switch (save.status) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved — ${save.message}${save.retrying ? ', retrying' : ''}`;
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
    <p role="status" aria-label="Save state" className={`text-xs ${tone} ${className}`}>
      {save.status === 'saved' && <span aria-hidden="true">✓ </span>}
      {saveStateText(save)}
    </p>
  );
}
