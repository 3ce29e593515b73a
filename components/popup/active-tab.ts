import { browser } from 'wxt/browser';
import type { Platform } from '@/utils/domain/interview/schema';
import type { PanelStatus, TabToHost } from '@/utils/host/frame-guards';
import { adapterFor, type CallPhase } from '@/utils/platforms';
import { PRACTICE_CALL } from '@/utils/host/practice-host';
import { deriveTimer } from '@/utils/domain/timer';
import { practiceUrl } from './navigation';
import type { Interview } from '@/utils/domain/interview/schema';
import type { Round } from '@/utils/domain/kit/schema';

/** What the popup knows about the tab it was opened over. */
export interface ActiveTab {
  id: number;
  /** The call site (or practice mode) in this tab, or null for any other page. */
  platform: Extract<Platform, 'meet' | 'zoom' | 'teams' | 'practice'> | null;
  /** The meeting code read from the tab's URL; '' when the URL does not carry one (Teams joins without changing it). */
  meetingCode: string;
  /** The tab's host name ('' when the browser does not reveal the URL): the only part of the address a diagnostic shows. */
  host: string;
  /** The content script's (or practice page's) answer, or null when nothing in the tab answered. */
  status: PanelStatus | null;
}

/** Which call site a URL belongs to, and the meeting code in it. Only the URL is read: the popup cannot see the page. */
export function classifyUrl(url: string | undefined, practiceUrl: string): Pick<ActiveTab, 'platform' | 'meetingCode' | 'host'> {
  if (!url) return { platform: null, meetingCode: '', host: '' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { platform: null, meetingCode: '', host: '' };
  }
  const host = parsed.host;
  const practice = new URL(practiceUrl);
  if (parsed.protocol === practice.protocol && parsed.host === practice.host && parsed.pathname === practice.pathname)
    return { platform: 'practice', meetingCode: PRACTICE_CALL.meetingCode, host };
  const adapter = adapterFor(parsed);
  if (!adapter) return { platform: null, meetingCode: '', host };
  // Every adapter reads the meeting code from the URL alone; an empty document stands in for the page.
  const { meetingCode } = adapter.meetingInfo(document.implementation.createHTMLDocument(''), parsed);
  return { platform: adapter.platform, meetingCode, host };
}

/** What the page looks like to Panelist: from the host's answer, or from `inCall` when it gave no phase. */
export function phaseOf(status: PanelStatus): CallPhase {
  return status.phase ?? (status.inCall ? 'call' : 'none');
}

/**
 * The report a user can copy when the panel did not open by itself: which of Panelist's own
 * signals matched on the page, and the host name. No page text, no names, no path or query
 * (meeting codes and links stay out). Field names are fixed, untranslated: it is read by whoever
 * maintains the adapters.
 */
export function diagnosticText(tab: ActiveTab, version: string): string {
  const status = tab.status;
  const panel = status ? [status.shown ? 'shown' : 'hidden', status.covered && 'covered', status.cramped && 'cramped'] : ['no answer'];
  const signals = status?.signals?.length ? status.signals : ['(none matched)'];
  return [
    `Panelist ${version}`,
    `host: ${tab.host || '(unknown)'}`,
    `platform: ${tab.platform ?? '(none)'}`,
    `phase: ${status ? phaseOf(status) : '(no answer)'}`,
    `panel: ${panel.filter(Boolean).join(', ')}`,
    'signals:',
    ...signals.map((signal) => `  ${signal}`),
  ].join('\n');
}

/** Send one message to the tab's content script (or the practice page); null when nothing there answers. */
export async function tellTab(tabId: number, message: TabToHost): Promise<PanelStatus | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as PanelStatus | undefined;
    return reply && typeof reply === 'object' && 'shown' in reply ? reply : null;
  } catch {
    // No content script in this tab (not a call site, or the tab was opened before Panelist was installed).
    return null;
  }
}

/** The active tab of the popup's window, classified and asked for the panel's status. */
export async function readActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const seen = classifyUrl(tab.url, practiceUrl());
  const status = await tellTab(tab.id, { panelist: 1, type: 'panel-status' });
  // Without the URL (no host access), the practice page still identifies itself through its status.
  if (!seen.platform && status?.platform === 'practice')
    return { id: tab.id, platform: 'practice', meetingCode: PRACTICE_CALL.meetingCode, host: seen.host, status };
  return { id: tab.id, ...seen, status };
}

/** The open interview's clock, as the popup shows it: where the round is and how much time is left. */
export function clockLine(round: Round, interview: Interview, now: number) {
  const timer = deriveTimer(round, interview.timerEvents, now);
  const section = round.sections[timer.sectionIndex];
  return {
    status: timer.status,
    sectionNumber: timer.sectionIndex + 1,
    sectionCount: round.sections.length,
    sectionTitle: section?.title ?? `Section ${timer.sectionIndex + 1}`,
    sectionRemainingMs: timer.sectionRemainingMs,
    sectionOvertimeMs: timer.sectionOvertimeMs,
    roundRemainingMs: timer.roundRemainingMs,
    roundOvertimeMs: timer.roundOvertimeMs,
    roundElapsedMs: timer.roundElapsedMs,
  };
}
