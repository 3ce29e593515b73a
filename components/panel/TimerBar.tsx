import { useEffect, useRef, useState, type RefObject } from 'react';
import { i18n } from '#i18n';
import { deriveTimer, type TimerState } from '@/utils/domain/timer';
import { formatNumber } from '@/utils/domain/format';
import { useNow } from '@/components/hooks/useNow';
import type { TimerAction } from '@/components/hooks/useInterview';
import { TimerDisplay, toneFor } from '@/components/common/TimerDisplay';
import { mutedText } from '@/components/common/styles';
import { playAlertTone } from './alertTone';
import { useInterviewFrame, useScorecard } from './InterviewContext';
import { alertFor, positionText, scheduleText } from './timer-text';
import { TimerControls } from './TimerControls';
import { Nudges } from './Nudges';

const ONE_SECOND = 1000;

export { scheduleText } from './timer-text';

/** The quiet alert of the latest tick that crossed a threshold; cleared when the section changes. */
function useTimerAlert(timer: TimerState, sectionTitle: string, soundAlerts: boolean): string {
  const [alert, setAlert] = useState('');
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
  return alert;
}

/**
 * Keeps what gets focus or is scrolled to out from under the sticky bar: the page's scroll padding
 * follows the bar's height (which changes with alerts and nudges), so a control reached by Tab or
 * scrolled into view is never hidden behind the clocks.
 */
function useScrollPaddingFor(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const apply = () => {
      root.style.scrollPaddingTop = `${element.getBoundingClientRect().height + 8}px`;
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [bar]);
}

const ringFor = (paused: boolean, tone: ReturnType<typeof toneFor>) =>
  paused
    ? 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950'
    : tone === 'overtime'
      ? 'border-rose-400 bg-white dark:border-rose-600 dark:bg-zinc-900'
      : tone === 'warning'
        ? 'border-amber-400 bg-white dark:border-amber-500 dark:bg-zinc-900'
        : 'border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900';

/**
 * The running clocks, the section controls and the kit's nudges. It alone re-renders every
 * second (useNow), so the question list below stays still while time passes. While paused it
 * says so in words and colour, not only on the button.
 */
export function TimerBar() {
  const { round, locked, actions, settings } = useInterviewFrame();
  const events = useScorecard().view.interview.timerEvents;
  const now = useNow(ONE_SECOND);
  const timer = deriveTimer(round, events, now);
  const section = round.sections[timer.sectionIndex];
  const sectionTitle = section?.title ?? i18n.t('panel.timer.untitledSection', [formatNumber(timer.sectionIndex + 1)]);
  const alert = useTimerAlert(timer, sectionTitle, settings.settings.soundAlerts === true);
  const [refusal, setRefusal] = useState('');
  const act = (action: TimerAction) => setRefusal(actions.timer(action) ?? '');
  const paused = timer.status === 'paused';
  const tone = toneFor(timer.sectionRemainingMs, timer.sectionOvertimeMs);
  const schedule = scheduleText(timer.scheduleDeltaMs);
  const bar = useRef<HTMLElement>(null);
  useScrollPaddingFor(bar);

  return (
    <section
      ref={bar}
      aria-label={i18n.t('panel.timer.label')}
      className={`sticky top-0 z-10 border-b-2 px-3 py-2 ${ringFor(paused && !locked, tone)}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="min-w-0 truncate text-sm font-semibold" title={sectionTitle}>
          {sectionTitle}
        </h2>
        <span className={`shrink-0 ${mutedText}`}>{positionText(timer, round.sections.length)}</span>
      </div>
      {paused && !locked && (
        <p className="mt-1 text-sm font-semibold text-amber-900 dark:text-amber-200">
          <span aria-hidden="true">⏸ </span>
          {i18n.t('panel.timer.pausedBanner')}
        </p>
      )}
      <div className="mt-1 grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] items-end gap-2">
        <TimerDisplay
          label={i18n.t('panel.timer.section')}
          size="large"
          remainingMs={timer.sectionRemainingMs}
          overtimeMs={timer.sectionOvertimeMs}
          elapsedMs={timer.sectionElapsedMs}
          paused={paused}
        />
        <div>
          <TimerDisplay
            label={i18n.t('panel.timer.round')}
            remainingMs={timer.roundRemainingMs}
            overtimeMs={timer.roundOvertimeMs}
            elapsedMs={timer.roundElapsedMs}
            paused={paused}
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
      {!locked && timer.status !== 'finished' && <TimerControls round={round} timer={timer} onAct={act} />}
      {paused && !locked && <p className={`mt-1 ${mutedText}`}>{i18n.t('panel.timer.resumeToChange')}</p>}
      {refusal && (
        <p role="alert" className="mt-1 text-xs text-rose-700 dark:text-rose-300">
          {refusal}
        </p>
      )}
      {!locked && <Nudges timer={timer} />}
    </section>
  );
}
