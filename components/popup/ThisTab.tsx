import { useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { InterviewBundle } from '@/utils/protocol';
import { formatClock } from '@/utils/domain/timer';
import { formatNumber } from '@/utils/domain/format';
import { useNow } from '@/components/hooks/useNow';
import {
  buttonPrimary,
  buttonQuiet,
  buttonSecondary,
  card,
  focusRing,
  mutedText,
  overtimeText,
  warningText,
} from '@/components/common/styles';
import type { PanelStatus } from '@/utils/host/frame-guards';
import { clockLine, diagnosticText, phaseOf, type ActiveTab } from './active-tab';

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

/** What the page looks like to Panelist, in plain words. */
function SeenLine({ status, where }: { status: PanelStatus; where: string }) {
  switch (phaseOf(status)) {
    case 'call':
      return <p className="text-sm">{i18n.t('popup.site.inCall', [where])}</p>;
    case 'lobby':
      return <p className="text-sm">{i18n.t('popup.site.lobby', [where])}</p>;
    case 'none':
      return <p className="text-sm">{i18n.t('popup.site.noCall')}</p>;
  }
}

/** Where the panel is not doing well on this page: covered by the page, or squeezed by a small window. */
function PanelTrouble({ status }: { status: PanelStatus }) {
  if (!status.shown || (!status.covered && !status.cramped)) return null;
  return (
    <div role="alert" className={`space-y-1 text-sm ${warningText}`}>
      {status.covered && <p>{i18n.t('popup.site.covered')}</p>}
      {status.cramped && <p>{i18n.t('popup.site.cramped')}</p>}
    </div>
  );
}

function version(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return ''; // a test browser without a manifest
  }
}

/** The report to copy when the panel did not open by itself: the signals that matched and the host, nothing else. */
function Diagnostic({ tab }: { tab: ActiveTab }) {
  const text = diagnosticText(tab, version());
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <details className="text-xs">
      <summary className={`cursor-pointer rounded ${mutedText} ${focusRing}`}>{i18n.t('popup.site.diagnostic')}</summary>
      <p className={`mt-1 ${mutedText}`}>{i18n.t('popup.site.diagnosticHint')}</p>
      <textarea
        readOnly
        value={text}
        aria-label={i18n.t('popup.site.diagnosticText')}
        rows={Math.min(10, text.split('\n').length)}
        className={`mt-1 w-full rounded border border-zinc-300 bg-zinc-50 p-1 font-mono text-[11px] dark:border-zinc-600 dark:bg-zinc-900 ${focusRing}`}
      />
      <div className="flex items-center gap-2">
        <button type="button" className={`${buttonQuiet} text-xs`} onClick={copy}>
          {i18n.t('popup.site.copyDiagnostic')}
        </button>
        <span role="status" className={mutedText}>
          {copied ? i18n.t('popup.site.copied') : ''}
        </span>
      </div>
    </details>
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

/** What Panelist is doing in the tab the popup was opened over, and what the page looks like to it. */
export function ThisTab({ tab, running, round, roundTitle, onStart, onToggle }: ThisTabProps) {
  if (!tab.platform) {
    return <p className={mutedText}>{i18n.t('popup.tab.noCall')}</p>;
  }
  const where = platformName(tab.platform);
  const status = tab.status;
  if (!status) {
    return <p className="text-sm">{i18n.t('popup.tab.needsReload', [where])}</p>;
  }
  const noCall = phaseOf(status) === 'none';
  const toggle = (
    <button type="button" className={buttonSecondary} onClick={onToggle}>
      {status.shown ? i18n.t('popup.tab.hidePanel') : noCall ? i18n.t('popup.site.showAnyway') : i18n.t('popup.tab.showPanel')}
    </button>
  );
  const reportable = tab.platform !== 'practice';
  if (running) {
    return (
      <section aria-labelledby="this-tab-heading" className={`${card} space-y-2`}>
        <h2 id="this-tab-heading" className="text-sm font-semibold">
          {i18n.t('popup.tab.interviewing', [running.candidate.name])}
        </h2>
        <p className={mutedText}>{i18n.t('popup.tab.roundOn', [roundTitle, where])}</p>
        {round ? <RunningClock round={round} bundle={running} /> : <p className={mutedText}>{i18n.t('popup.tab.loadingRound')}</p>}
        <PanelTrouble status={status} />
        <div className="flex gap-2">{toggle}</div>
        {reportable && <Diagnostic tab={tab} />}
      </section>
    );
  }
  return (
    <section aria-labelledby="this-tab-heading" className={`${card} space-y-2`}>
      <h2 id="this-tab-heading" className="text-sm font-semibold">
        {where}
      </h2>
      <SeenLine status={status} where={where} />
      {phaseOf(status) === 'call' && <p className={mutedText}>{i18n.t('popup.tab.inCallIdle')}</p>}
      <PanelTrouble status={status} />
      <div className="flex gap-2">
        <button type="button" className={buttonPrimary} onClick={onStart}>
          {i18n.t('popup.tab.start')}
        </button>
        {toggle}
      </div>
      {reportable && <Diagnostic tab={tab} />}
    </section>
  );
}
