import type { Round } from '@/utils/kit/schema';
import type { InterviewBundle } from '@/utils/messaging/protocol';
import { formatClock } from '@/utils/timer';
import { useNow } from '@/hooks/useNow';
import { buttonPrimary, buttonSecondary, card, mutedText, overtimeText } from '@/components/common/styles';
import { clockLine, type ActiveTab } from './active-tab';

const PLATFORM_NAMES = { meet: 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams', practice: 'Practice mode' } as const;

const STATUS_WORDS = { 'not-started': 'Not started', running: 'Running', paused: 'Paused', finished: 'Finished' } as const;

function timeLeft(remainingMs: number | null, overtimeMs: number, elapsedMs: number): string {
  if (overtimeMs > 0) return `+${formatClock(overtimeMs)} over`;
  if (remainingMs === null) return `${formatClock(elapsedMs)} elapsed`;
  return `${formatClock(remainingMs)} left`;
}

/** The running interview's place in the round, ticking once a second. */
function RunningClock({ round, bundle }: { round: Round; bundle: InterviewBundle }) {
  const now = useNow(1000);
  const clock = clockLine(round, bundle.interview, now);
  const sectionOver = clock.sectionOvertimeMs > 0;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className={mutedText}>Section</dt>
      <dd>
        {clock.sectionTitle} <span className={`whitespace-nowrap ${mutedText}`}>({clock.sectionNumber} of {clock.sectionCount})</span>
      </dd>
      <dt className={mutedText}>Time left</dt>
      <dd className={`font-mono tabular-nums ${sectionOver ? overtimeText : ''}`}>
        {timeLeft(clock.sectionRemainingMs, clock.sectionOvertimeMs, 0)}
        <span className={`font-sans ${mutedText}`}> in this section</span>
      </dd>
      <dt className={mutedText}>Round</dt>
      <dd className="font-mono tabular-nums">
        {timeLeft(clock.roundRemainingMs, clock.roundOvertimeMs, clock.roundElapsedMs)}
        <span className={`font-sans ${mutedText}`}> · {STATUS_WORDS[clock.status]}</span>
      </dd>
    </dl>
  );
}

export interface ThisTabProps {
  tab: ActiveTab;
  /** The interview this tab's meeting is running, if any. */
  running: InterviewBundle | null;
  round: Round | null;
  roundTitle: string;
  onStart(): void;
  onToggle(): void;
}

/** What Panelist is doing in the tab the popup was opened over. */
export function ThisTab({ tab, running, round, roundTitle, onStart, onToggle }: ThisTabProps) {
  if (!tab.platform) {
    return (
      <p className={mutedText}>
        Open a Google Meet, Zoom or Microsoft Teams call in this tab and Panelist&apos;s panel appears beside it. Or rehearse first in a practice
        interview.
      </p>
    );
  }
  const where = PLATFORM_NAMES[tab.platform];
  if (!tab.status) {
    return (
      <p className="text-sm">
        {where}: Panelist is not running in this tab yet. Reload the tab to use it here (tabs opened before Panelist was installed need a reload).
      </p>
    );
  }
  const toggle = (
    <button type="button" className={buttonSecondary} onClick={onToggle}>
      {tab.status.shown ? 'Hide panel' : 'Show panel'}
    </button>
  );
  if (running) {
    return (
      <section aria-labelledby="this-tab-heading" className={`${card} space-y-2`}>
        <h2 id="this-tab-heading" className="text-sm font-semibold">
          Interviewing {running.candidate.name}
        </h2>
        <p className={mutedText}>
          {roundTitle} · {where}
        </p>
        {round ? <RunningClock round={round} bundle={running} /> : <p className={mutedText}>Loading the round…</p>}
        <div className="flex gap-2">{toggle}</div>
      </section>
    );
  }
  return (
    <section aria-labelledby="this-tab-heading" className={`${card} space-y-2`}>
      <h2 id="this-tab-heading" className="text-sm font-semibold">
        {where}
      </h2>
      <p className={mutedText}>{tab.status.inCall ? 'In a call. No interview is running here yet.' : 'Not in a call yet: the panel appears when the call starts.'}</p>
      <div className="flex gap-2">
        <button type="button" className={buttonPrimary} onClick={onStart}>
          Start interview
        </button>
        {toggle}
      </div>
    </section>
  );
}
