import { i18n } from '#i18n';
import type { DebriefAgenda } from '@/utils/domain/kit/schema';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { agendaState } from '@/utils/domain/debrief/agenda';
import { formatClock, type TimerState } from '@/utils/domain/timer';
import { formatMinutes, formatNumber } from '@/utils/domain/format';
import { useNow } from '@/components/hooks/useNow';
import { TimerDisplay, toneFor } from '@/components/common/TimerDisplay';
import { buttonPrimary, buttonSecondary, mutedText } from '@/components/common/styles';
import type { AgendaAction } from './useDebrief';

export function scheduleText(deltaMs: number | null): string | null {
  if (deltaMs === null) return null;
  if (Math.abs(deltaMs) < 1000) return i18n.t('debrief.agenda.onSchedule');
  return deltaMs > 0 ? i18n.t('debrief.agenda.behind', [formatClock(deltaMs)]) : i18n.t('debrief.agenda.ahead', [formatClock(-deltaMs)]);
}

function stateText(timer: TimerState, steps: number): string {
  const position = i18n.t('debrief.agenda.position', [formatNumber(timer.sectionIndex + 1), formatNumber(steps)]);
  if (timer.status === 'paused') return i18n.t('debrief.agenda.paused', [position]);
  if (timer.status === 'finished') return i18n.t('debrief.agenda.finished', [position]);
  if (timer.status === 'not-started') return i18n.t('debrief.agenda.notStarted', [position]);
  return position;
}

export interface AgendaBarProps {
  agenda: DebriefAgenda;
  events: TimerEvent[];
  busy: boolean;
  onTimer(action: AgendaAction): void;
}

/**
 * The meeting's clocks and controls, on the round timer's machinery: the step's countdown, the
 * meeting's, behind or ahead of schedule, overtime, pause. It alone ticks every second.
 */
export function AgendaBar({ agenda, events, busy, onTimer }: AgendaBarProps) {
  const now = useNow(1000);
  const { timer, step } = agendaState(agenda, events, now);
  const schedule = scheduleText(timer.scheduleDeltaMs);
  const tone = toneFor(timer.sectionRemainingMs, timer.sectionOvertimeMs);
  const last = agenda.steps.length - 1;
  const running = timer.status === 'running';
  const paused = timer.status === 'paused';
  const ring =
    tone === 'overtime'
      ? 'border-rose-400 dark:border-rose-600'
      : tone === 'warning'
        ? 'border-amber-400 dark:border-amber-500'
        : 'border-zinc-200 dark:border-zinc-700';
  return (
    <section aria-label={i18n.t('debrief.agenda.label')} className={`space-y-1 border-b-2 bg-white px-3 py-2 dark:bg-zinc-900 ${ring}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="min-w-0 truncate text-sm font-semibold">
          {i18n.t('debrief.agenda.stepTitle', [step.title, formatMinutes(step.durationMin)])}
        </h3>
        <span className={`shrink-0 ${mutedText}`}>{stateText(timer, agenda.steps.length)}</span>
      </div>
      <div className="grid grid-cols-2 items-end gap-2">
        <TimerDisplay
          label={i18n.t('debrief.agenda.step')}
          size="large"
          remainingMs={timer.sectionRemainingMs}
          overtimeMs={timer.sectionOvertimeMs}
          elapsedMs={timer.sectionElapsedMs}
        />
        <div>
          <TimerDisplay
            label={i18n.t('debrief.agenda.meeting')}
            remainingMs={timer.roundRemainingMs}
            overtimeMs={timer.roundOvertimeMs}
            elapsedMs={timer.roundElapsedMs}
          />
          {schedule && <p className={`tabular-nums ${mutedText}`}>{schedule}</p>}
        </div>
      </div>
      {timer.status !== 'finished' && (
        <div className="flex flex-wrap gap-1">
          {timer.status === 'not-started' ? (
            <button type="button" className={buttonPrimary} disabled={busy} onClick={() => onTimer('start')}>
              {i18n.t('debrief.agenda.start')}
            </button>
          ) : (
            <button
              type="button"
              className={paused ? buttonPrimary : buttonSecondary}
              disabled={busy}
              onClick={() => onTimer(paused ? 'resume' : 'pause')}
            >
              {paused ? i18n.t('debrief.agenda.resume') : i18n.t('debrief.agenda.pause')}
            </button>
          )}
          <button
            type="button"
            className={buttonSecondary}
            disabled={busy || !running || timer.sectionIndex === 0}
            onClick={() => onTimer('previous')}
          >
            {i18n.t('debrief.agenda.previous')}
          </button>
          <button
            type="button"
            className={buttonSecondary}
            disabled={busy || !running || timer.sectionIndex >= last}
            onClick={() => onTimer('next')}
          >
            {i18n.t('debrief.agenda.next')}
          </button>
          {timer.status !== 'not-started' && (
            <button type="button" className={buttonSecondary} disabled={busy} onClick={() => onTimer('finish')}>
              {i18n.t('debrief.agenda.finish')}
            </button>
          )}
        </div>
      )}
      {paused && <p className={mutedText}>{i18n.t('debrief.agenda.resumeToMove')}</p>}
    </section>
  );
}
