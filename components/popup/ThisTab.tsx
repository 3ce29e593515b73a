import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { InterviewBundle } from '@/utils/protocol';
import { formatClock } from '@/utils/domain/timer';
import { formatNumber } from '@/utils/domain/format';
import { useNow } from '@/components/hooks/useNow';
import { buttonPrimary, buttonSecondary, card, mutedText, overtimeText } from '@/components/common/styles';
import { clockLine, type ActiveTab } from './active-tab';

function platformName(platform: NonNullable<ActiveTab['platform']>): string {
  switch (platform) {
    case 'meet':
      return i18n.t('popup.platform.meet');
    case 'zoom':
      return i18n.t('popup.platform.zoom');
    case 'teams':
      return i18n.t('popup.platform.teams');
    case 'practice':
      return i18n.t('popup.platform.practice');
  }
}

function statusWord(status: 'not-started' | 'running' | 'paused' | 'finished'): string {
  switch (status) {
    case 'not-started':
      return i18n.t('popup.clock.notStarted');
    case 'running':
      return i18n.t('popup.clock.running');
    case 'paused':
      return i18n.t('popup.clock.paused');
    case 'finished':
      return i18n.t('popup.clock.finished');
  }
}

function timeLeft(remainingMs: number | null, overtimeMs: number, elapsedMs: number): string {
  if (overtimeMs > 0) return i18n.t('popup.clock.over', [formatClock(overtimeMs)]);
  if (remainingMs === null) return i18n.t('popup.clock.elapsed', [formatClock(elapsedMs)]);
  return i18n.t('popup.clock.left', [formatClock(remainingMs)]);
}

/** The running interview's place in the round, ticking once a second. */
function RunningClock({ round, bundle }: { round: Round; bundle: InterviewBundle }) {
  const now = useNow(1000);
  const clock = clockLine(round, bundle.interview, now);
  const sectionOver = clock.sectionOvertimeMs > 0;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className={mutedText}>{i18n.t('popup.clock.section')}</dt>
      <dd>
        {clock.sectionTitle}{' '}
        <span className={`whitespace-nowrap ${mutedText}`}>
          {i18n.t('popup.clock.sectionOf', [formatNumber(clock.sectionNumber), formatNumber(clock.sectionCount)])}
        </span>
      </dd>
      <dt className={mutedText}>{i18n.t('popup.clock.timeLeft')}</dt>
      <dd className={`font-mono tabular-nums ${sectionOver ? overtimeText : ''}`}>
        {timeLeft(clock.sectionRemainingMs, clock.sectionOvertimeMs, 0)}{' '}
        <span className={`font-sans ${mutedText}`}>{i18n.t('popup.clock.inThisSection')}</span>
      </dd>
      <dt className={mutedText}>{i18n.t('popup.clock.round')}</dt>
      <dd className="font-mono tabular-nums">
        {timeLeft(clock.roundRemainingMs, clock.roundOvertimeMs, clock.roundElapsedMs)}{' '}
        <span className={`font-sans ${mutedText}`}>{i18n.t('popup.clock.status', [statusWord(clock.status)])}</span>
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
    return <p className={mutedText}>{i18n.t('popup.tab.noCall')}</p>;
  }
  const where = platformName(tab.platform);
  if (!tab.status) {
    return <p className="text-sm">{i18n.t('popup.tab.needsReload', [where])}</p>;
  }
  const toggle = (
    <button type="button" className={buttonSecondary} onClick={onToggle}>
      {tab.status.shown ? i18n.t('popup.tab.hidePanel') : i18n.t('popup.tab.showPanel')}
    </button>
  );
  if (running) {
    return (
      <section aria-labelledby="this-tab-heading" className={`${card} space-y-2`}>
        <h2 id="this-tab-heading" className="text-sm font-semibold">
          {i18n.t('popup.tab.interviewing', [running.candidate.name])}
        </h2>
        <p className={mutedText}>{i18n.t('popup.tab.roundOn', [roundTitle, where])}</p>
        {round ? <RunningClock round={round} bundle={running} /> : <p className={mutedText}>{i18n.t('popup.tab.loadingRound')}</p>}
        <div className="flex gap-2">{toggle}</div>
      </section>
    );
  }
  return (
    <section aria-labelledby="this-tab-heading" className={`${card} space-y-2`}>
      <h2 id="this-tab-heading" className="text-sm font-semibold">
        {where}
      </h2>
      <p className={mutedText}>{tab.status.inCall ? i18n.t('popup.tab.inCallIdle') : i18n.t('popup.tab.notInCall')}</p>
      <div className="flex gap-2">
        <button type="button" className={buttonPrimary} onClick={onStart}>
          {i18n.t('popup.tab.start')}
        </button>
        {toggle}
      </div>
    </section>
  );
}
