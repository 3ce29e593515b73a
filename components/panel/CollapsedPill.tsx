import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { deriveTimer, formatClock } from '@/utils/domain/timer';
import { useNow } from '@/components/hooks/useNow';
import { toneFor } from '@/components/common/TimerDisplay';
import { overtimeText, warningText } from '@/components/common/styles';

/** What the collapsed panel still shows: the running section's clock, ticking on its own. */
export function CollapsedPill({ round, events }: { round: Round; events: TimerEvent[] }) {
  const now = useNow(1000);
  const t = deriveTimer(round, events, now);
  const section = round.sections[t.sectionIndex];
  const tone = toneFor(t.sectionRemainingMs, t.sectionOvertimeMs);
  const value =
    t.sectionOvertimeMs > 0
      ? i18n.t('common.timer.overtime', [formatClock(t.sectionOvertimeMs)])
      : formatClock(t.sectionRemainingMs ?? t.sectionElapsedMs);
  const title = section?.title ?? '';
  return (
    <div className="flex min-w-0 items-baseline gap-2" aria-label={i18n.t('panel.pill.label')} role="group">
      <span
        className={`font-mono text-lg font-semibold tabular-nums ${tone === 'overtime' ? overtimeText : tone === 'warning' ? warningText : ''}`}
      >
        {value}
      </span>
      <span className="min-w-0 truncate text-xs text-zinc-600 dark:text-zinc-400">
        {t.status === 'paused' ? i18n.t('panel.pill.paused', [title]) : title}
      </span>
    </div>
  );
}
