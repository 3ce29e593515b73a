import { useEffect, useRef, useState } from 'react';
import type { Round } from '@/utils/kit/schema';
import type { TimerEvent } from '@/utils/interview/schema';
import { deriveTimer, formatClock, type TimerState } from '@/utils/timer';
import { useNow } from '@/hooks/useNow';
import type { TimerAction } from '@/hooks/useInterview';
import { TimerDisplay, toneFor, WARNING_MS } from '@/components/common/TimerDisplay';
import { buttonPrimary, buttonSecondary, focusRing, mutedText } from '@/components/common/styles';
import { playAlertTone } from './alertTone';

const ONE_SECOND = 1000;

export function scheduleText(deltaMs: number | null): string | null {
  if (deltaMs === null) return null;
  if (Math.abs(deltaMs) < ONE_SECOND) return 'On schedule';
  return deltaMs > 0 ? `${formatClock(deltaMs)} behind schedule` : `${formatClock(-deltaMs)} ahead of schedule`;
}

/** The quiet alert a tick produces, if it crossed 2 minutes left or 0 in the section, or the round's end. */
function alertFor(previous: TimerState | null, current: TimerState, sectionTitle: string): string | null {
  if (!previous || previous.sectionIndex !== current.sectionIndex || current.status !== 'running') return null;
  const before = previous.sectionRemainingMs;
  const now = current.sectionRemainingMs;
  if (before !== null && now !== null) {
    if (before > 0 && now === 0) return `Time is up for ${sectionTitle}.`;
    if (before > WARNING_MS && now <= WARNING_MS) return `2 minutes left in ${sectionTitle}.`;
  }
  if ((previous.roundRemainingMs ?? 0) > 0 && current.roundRemainingMs === 0) return "The round's time is up.";
  return null;
}

const budgetText = (ms: number | null) => (ms === null ? 'untimed' : `${Math.round(ms / 60_000)} min`);

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
  const sectionTitle = section?.title ?? `Section ${timer.sectionIndex + 1}`;
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
    <section aria-label="Timer" className={`sticky top-0 z-10 border-b-2 bg-white px-3 py-2 dark:bg-zinc-900 ${ring}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="min-w-0 truncate text-sm font-semibold" title={sectionTitle}>
          {sectionTitle}
        </h2>
        <span className={`shrink-0 ${mutedText}`}>
          {paused ? 'Paused · ' : timer.status === 'finished' ? 'Finished · ' : timer.status === 'not-started' ? 'Not started · ' : ''}
          {timer.sectionIndex + 1}/{round.sections.length} · {budgetText(timer.sectionBudgetMs)}
        </span>
      </div>
      <div className="mt-1 grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] items-end gap-2">
        <TimerDisplay
          label="Section"
          size="large"
          remainingMs={timer.sectionRemainingMs}
          overtimeMs={timer.sectionOvertimeMs}
          elapsedMs={timer.sectionElapsedMs}
        />
        <div>
          <TimerDisplay label="Round" remainingMs={timer.roundRemainingMs} overtimeMs={timer.roundOvertimeMs} elapsedMs={timer.roundElapsedMs} />
          {schedule && <div className={`tabular-nums ${mutedText}`}>{schedule}</div>}
        </div>
      </div>
      <p role="status" aria-label="Timer alerts" className={`min-h-4 text-xs font-medium ${tone === 'overtime' ? 'text-rose-700 dark:text-rose-300' : 'text-amber-800 dark:text-amber-300'}`}>
        {alert}
      </p>
      {!locked && timer.status !== 'finished' && (
        <div className="mt-1 flex flex-wrap items-center gap-1">
          {timer.status === 'not-started' ? (
            <button type="button" className={buttonPrimary} onClick={() => act('start')}>
              Start timer
            </button>
          ) : (
            <button type="button" className={paused ? buttonPrimary : buttonSecondary} onClick={() => act(paused ? 'resume' : 'pause')}>
              {paused ? 'Resume' : 'Pause'} <span className="sr-only">timer</span>
            </button>
          )}
          <button type="button" className={buttonSecondary} disabled={!running || timer.sectionIndex === 0} onClick={() => act('previous')}>
            <span aria-hidden="true">◀</span> Previous <span className="sr-only">section</span>
          </button>
          <button type="button" className={buttonSecondary} disabled={!running || timer.sectionIndex >= last} onClick={() => act('next')}>
            Next <span className="sr-only">section</span> <span aria-hidden="true">▶</span>
          </button>
          <select
            aria-label="Go to section"
            value={timer.sectionIndex}
            disabled={!running}
            onChange={(e) => act({ jump: Number(e.target.value) })}
            className={`min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-1 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-800 ${focusRing}`}
          >
            {round.sections.map((s, i) => (
              <option key={s.id} value={i}>
                {i + 1}. {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {paused && !locked && <p className={`mt-1 ${mutedText}`}>Resume the timer to change section.</p>}
      {refusal && (
        <p role="alert" className="mt-1 text-xs text-rose-700 dark:text-rose-300">
          {refusal}
        </p>
      )}
    </section>
  );
}
