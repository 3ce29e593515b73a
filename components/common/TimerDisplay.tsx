import { i18n } from '#i18n';
import { formatClock } from '@/utils/domain/timer';
import { overtimeText, warningText } from './styles';

export type TimerTone = 'calm' | 'warning' | 'overtime';

/** 2 minutes: when a section's countdown turns amber and the quiet alert fires. */
export const WARNING_MS = 2 * 60_000;

export function toneFor(remainingMs: number | null, overtimeMs: number): TimerTone {
  if (overtimeMs > 0) return 'overtime';
  if (remainingMs !== null && remainingMs <= WARNING_MS) return 'warning';
  return 'calm';
}

const toneClass: Record<TimerTone, string> = {
  calm: 'text-zinc-900 dark:text-zinc-50',
  warning: warningText,
  overtime: overtimeText,
};

export interface TimerDisplayProps {
  label: string;
  /** Time left; null for an untimed budget (then `elapsedMs` is shown). */
  remainingMs: number | null;
  overtimeMs: number;
  elapsedMs: number;
  size?: 'large' | 'small';
  /** The clock is stopped: said beside the figure, so it is not read as time still running out. */
  paused?: boolean;
}

/**
 * One clock: time left, or "+m:ss over" once the budget is spent. Digits are
 * tabular so the layout never shifts as seconds tick.
 */
export function TimerDisplay({ label, remainingMs, overtimeMs, elapsedMs, size = 'small', paused = false }: TimerDisplayProps) {
  const tone = toneFor(remainingMs, overtimeMs);
  const over = overtimeMs > 0;
  const value = over ? i18n.t('common.timer.overtime', [formatClock(overtimeMs)]) : formatClock(remainingMs ?? elapsedMs);
  const running = over ? i18n.t('common.timer.over') : remainingMs !== null ? i18n.t('common.timer.left') : i18n.t('common.timer.elapsed');
  const caption = paused ? i18n.t('common.timer.pausedCaption', [running]) : running;
  return (
    <div className="min-w-0">
      <div className="truncate text-[11px] font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</div>
      <div className={`font-mono tabular-nums ${toneClass[tone]} ${size === 'large' ? 'text-2xl font-semibold' : 'text-base font-medium'}`}>
        {value} <span className="font-sans text-xs font-normal">{caption}</span>
      </div>
    </div>
  );
}
