import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { deriveTimer, formatClock } from '@/utils/domain/timer';
import { useNow } from '@/components/hooks/useNow';
import { toneFor } from '@/components/common/TimerDisplay';
import { badgeGood, badgeNeutral, badgeWarn, overtimeText, warningText } from '@/components/common/styles';
import { useInterviewFrame, useScorecard } from './InterviewContext';

const group = 'flex min-w-0 items-center gap-2';
const detail = 'min-w-0 truncate text-xs text-zinc-600 dark:text-zinc-400';

/** The running section's clock, ticking on its own; "Paused" beside it while the clock is stopped. */
export function PillClock({ round, events }: { round: Round; events: TimerEvent[] }) {
  const now = useNow(1000);
  const t = deriveTimer(round, events, now);
  const tone = toneFor(t.sectionRemainingMs, t.sectionOvertimeMs);
  const value =
    t.sectionOvertimeMs > 0
      ? i18n.t('common.timer.overtime', [formatClock(t.sectionOvertimeMs)])
      : formatClock(t.sectionRemainingMs ?? t.sectionElapsedMs);
  const title = round.sections[t.sectionIndex]?.title ?? '';
  const paused = t.status === 'paused';
  return (
    <div className={group} aria-label={i18n.t('panel.pill.label')} role="group">
      {paused && (
        <span className={`${badgeWarn} shrink-0 uppercase`}>
          <span aria-hidden="true">⏸ </span>
          {i18n.t('panel.timer.pausedBadge')}
        </span>
      )}
      <span
        className={`font-mono text-lg font-semibold tabular-nums ${tone === 'overtime' ? overtimeText : tone === 'warning' ? warningText : ''}`}
      >
        {value}
      </span>
      <span className={detail}>{paused ? i18n.t('panel.pill.paused', [title]) : title}</span>
    </div>
  );
}

/**
 * What the collapsed panel still shows: the section clock while the round runs, and once it is
 * over a plain "Finished" or "Submitted" rather than a clock that no longer moves.
 */
export function CollapsedPill() {
  const { round, locked } = useInterviewFrame();
  const { view } = useScorecard();
  const events = view.interview.timerEvents;
  const finished = deriveTimer(round, events, 0).status === 'finished';
  if (!locked && !finished) return <PillClock round={round} events={events} />;
  return (
    <div className={group} aria-label={i18n.t('panel.pill.label')} role="group">
      <span className={`${locked ? badgeGood : badgeNeutral} shrink-0 text-sm`}>
        {locked ? i18n.t('panel.pill.submitted') : i18n.t('panel.pill.finished')}
      </span>
      <span className={detail}>{round.title}</span>
    </div>
  );
}
