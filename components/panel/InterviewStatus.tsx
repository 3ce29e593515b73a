import { i18n } from '#i18n';
import type { SaveState } from '@/utils/client/edit-queue';
import { SaveStateIndicator } from '@/components/common/SaveStateIndicator';
import { badgeWarn } from '@/components/common/styles';

/** The panel header's status: whether everything is saved, and "Paused" while the clock is stopped. */
export function InterviewStatus({ save, paused = false }: { save: SaveState; paused?: boolean }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      {paused && (
        <span className={`${badgeWarn} shrink-0 uppercase tracking-wide`}>
          <span aria-hidden="true">⏸ </span>
          {i18n.t('panel.timer.pausedBadge')}
        </span>
      )}
      <SaveStateIndicator save={save} className="min-w-0 truncate" />
    </div>
  );
}
