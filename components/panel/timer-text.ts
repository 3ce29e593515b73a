import { i18n } from '#i18n';
import { formatClock, type TimerState } from '@/utils/domain/timer';
import { formatMinutes, formatNumber } from '@/utils/domain/format';
import { WARNING_MS } from '@/components/common/TimerDisplay';

const ONE_SECOND = 1000;

export function scheduleText(deltaMs: number | null): string | null {
  if (deltaMs === null) return null;
  if (Math.abs(deltaMs) < ONE_SECOND) return i18n.t('panel.timer.onSchedule');
  return deltaMs > 0
    ? i18n.t('panel.timer.behindSchedule', [formatClock(deltaMs)])
    : i18n.t('panel.timer.aheadOfSchedule', [formatClock(-deltaMs)]);
}

/** The quiet alert a tick produces, if it crossed 2 minutes left or 0 in the section, or the round's end. */
export function alertFor(previous: TimerState | null, current: TimerState, sectionTitle: string): string | null {
  if (!previous || previous.sectionIndex !== current.sectionIndex || current.status !== 'running') return null;
  const before = previous.sectionRemainingMs;
  const now = current.sectionRemainingMs;
  if (before !== null && now !== null) {
    if (before > 0 && now === 0) return i18n.t('panel.timer.timeUp', [sectionTitle]);
    if (before > WARNING_MS && now <= WARNING_MS) {
      const minutes = Math.round(WARNING_MS / 60_000);
      return i18n.t('panel.timer.minutesLeft', minutes, [formatNumber(minutes), sectionTitle]);
    }
  }
  if ((previous.roundRemainingMs ?? 0) > 0 && current.roundRemainingMs === 0) return i18n.t('panel.timer.roundTimeUp');
  return null;
}

const budgetText = (ms: number | null) => (ms === null ? i18n.t('panel.timer.untimed') : formatMinutes(Math.round(ms / 60_000)));

/** "Paused · 2/5 · 10 min": the state (when not simply running), the section's place and its budget. */
export function positionText(timer: TimerState, sections: number): string {
  const position = i18n.t('panel.timer.position', [
    formatNumber(timer.sectionIndex + 1),
    formatNumber(sections),
    budgetText(timer.sectionBudgetMs),
  ]);
  if (timer.status === 'paused') return i18n.t('panel.timer.paused', [position]);
  if (timer.status === 'finished') return i18n.t('panel.timer.finished', [position]);
  if (timer.status === 'not-started') return i18n.t('panel.timer.notStarted', [position]);
  return position;
}
