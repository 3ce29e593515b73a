import { useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { deriveTimer, formatClock, type TimerState } from '@/utils/domain/timer';
import { formatMinutes, formatNumber } from '@/utils/domain/format';
import { useNow } from '@/components/hooks/useNow';
import type { TimerAction } from '@/components/hooks/useInterview';
import { TimerDisplay, toneFor, WARNING_MS } from '@/components/common/TimerDisplay';
import { buttonPrimary, buttonSecondary, focusRing, mutedText } from '@/components/common/styles';
import { playAlertTone } from './alertTone';

const ONE_SECOND = 1000;

export function scheduleText(deltaMs: number | null): string | null {
  if (deltaMs === null) return null;
  if (Math.abs(deltaMs) < ONE_SECOND) return i18n.t('panel.timer.onSchedule');
  return deltaMs > 0
    ? i18n.t('panel.timer.behindSchedule', [formatClock(deltaMs)])
    : i18n.t('panel.timer.aheadOfSchedule', [formatClock(-deltaMs)]);
}

/** The quiet alert a tick produces, if it crossed 2 minutes left or 0 in the section, or the round's end. */
function alertFor(previous: TimerState | null, current: TimerState, sectionTitle: string): string | null {
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
function positionText(timer: TimerState, sections: number): string {
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

export interface TimerBarProps {
  round: Round;
  events: TimerEvent[];
  locked: boolean;
  soundAlerts: boolean;
  onTimer(action: TimerAction): string | null;
}

/**
 * The running clocks and the section controls. It alone re-renders every
 * second (useNow), so the question list below stays still while time passes.
 */
export function TimerBar({ round, events, locked, soundAlerts, onTimer }: TimerBarProps) {
  const now = useNow(ONE_SECOND);
  const timer = deriveTimer(round, events, now);
  const section = round.sections[timer.sectionIndex];
  const sectionTitle = section?.title ?? i18n.t('panel.timer.untitledSection', [formatNumber(timer.sectionIndex + 1)]);
  const [alert, setAlert] = useState('');
  const [refusal, setRefusal] = useState('');
  const previous = useRef<TimerState | null>(null);
  const soundRef = useRef(soundAlerts);
  soundRef.current = soundAlerts;

  useEffect(() => {
    const before = previous.current;
    previous.current = timer;
    if (before && before.sectionIndex !== timer.sectionIndex) setAlert('');
    const message = alertFor(before, timer, sectionTitle);
    if (message) {
      setAlert(message);
      if (soundRef.current) playAlertTone();
    }
    // Only the figures that can cross a threshold matter; `timer` is a new object every tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timer.sectionIndex, timer.sectionRemainingMs, timer.roundRemainingMs, timer.status, sectionTitle]);

  const act = (action: TimerAction) => setRefusal(onTimer(action) ?? '');
  const running = timer.status === 'running';
  const paused = timer.status === 'paused';
  const last = round.sections.length - 1;
  const tone = toneFor(timer.sectionRemainingMs, timer.sectionOvertimeMs);
  const ring =
    tone === 'overtime'
      ? 'border-rose-400 dark:border-rose-600'
      : tone === 'warning'
        ? 'border-amber-400 dark:border-amber-500'
        : 'border-zinc-200 dark:border-zinc-700';
  const schedule = scheduleText(timer.scheduleDeltaMs);

  return (
    <section
      aria-label={i18n.t('panel.timer.label')}
      className={`sticky top-0 z-10 border-b-2 bg-white px-3 py-2 dark:bg-zinc-900 ${ring}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="min-w-0 truncate text-sm font-semibold" title={sectionTitle}>
          {sectionTitle}
        </h2>
        <span className={`shrink-0 ${mutedText}`}>{positionText(timer, round.sections.length)}</span>
      </div>
      <div className="mt-1 grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] items-end gap-2">
        <TimerDisplay
          label={i18n.t('panel.timer.section')}
          size="large"
          remainingMs={timer.sectionRemainingMs}
          overtimeMs={timer.sectionOvertimeMs}
          elapsedMs={timer.sectionElapsedMs}
        />
        <div>
          <TimerDisplay
            label={i18n.t('panel.timer.round')}
            remainingMs={timer.roundRemainingMs}
            overtimeMs={timer.roundOvertimeMs}
            elapsedMs={timer.roundElapsedMs}
          />
          {schedule && <div className={`tabular-nums ${mutedText}`}>{schedule}</div>}
        </div>
      </div>
      <p
        role="status"
        aria-label={i18n.t('panel.timer.alertsLabel')}
        className={`min-h-4 text-xs font-medium ${tone === 'overtime' ? 'text-rose-700 dark:text-rose-300' : 'text-amber-800 dark:text-amber-300'}`}
      >
        {alert}
      </p>
      {!locked && timer.status !== 'finished' && (
        <div className="mt-1 flex flex-wrap items-center gap-1">
          {timer.status === 'not-started' ? (
            <button type="button" className={buttonPrimary} onClick={() => act('start')}>
              {i18n.t('panel.timer.start')}
            </button>
          ) : (
            <button
              type="button"
              className={paused ? buttonPrimary : buttonSecondary}
              aria-label={paused ? i18n.t('panel.timer.resumeTimer') : i18n.t('panel.timer.pauseTimer')}
              onClick={() => act(paused ? 'resume' : 'pause')}
            >
              {paused ? i18n.t('panel.timer.resume') : i18n.t('panel.timer.pause')}
            </button>
          )}
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('panel.timer.previousSection')}
            disabled={!running || timer.sectionIndex === 0}
            onClick={() => act('previous')}
          >
            <span aria-hidden="true">◀</span> {i18n.t('panel.timer.previous')}
          </button>
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('panel.timer.nextSection')}
            disabled={!running || timer.sectionIndex >= last}
            onClick={() => act('next')}
          >
            {i18n.t('panel.timer.next')} <span aria-hidden="true">▶</span>
          </button>
          <select
            aria-label={i18n.t('panel.timer.goTo')}
            value={timer.sectionIndex}
            disabled={!running}
            onChange={(e) => act({ jump: Number(e.target.value) })}
            className={`min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-1 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-800 ${focusRing}`}
          >
            {round.sections.map((s, i) => (
              <option key={s.id} value={i}>
                {i18n.t('panel.section.option', [formatNumber(i + 1), s.title])}
              </option>
            ))}
          </select>
        </div>
      )}
      {paused && !locked && <p className={`mt-1 ${mutedText}`}>{i18n.t('panel.timer.resumeToChange')}</p>}
      {refusal && (
        <p role="alert" className="mt-1 text-xs text-rose-700 dark:text-rose-300">
          {refusal}
        </p>
      )}
    </section>
  );
}
