import { browser } from 'wxt/browser';

/**
 * Where the popup's links go. A popup closes as soon as a new tab takes focus, so each
 * opener is fire-and-forget from the click.
 */

/** The desk's address for one scorecard: its history screen with that interview open (the desk's `#/history?open=<id>` route). */
export function deskScorecardUrl(interviewId: string): string {
  return `${deskUrl()}#/history?${new URLSearchParams({ open: interviewId }).toString()}`;
}

export const practiceUrl = () => browser.runtime.getURL('/practice.html');
export const deskUrl = () => browser.runtime.getURL('/options.html');

export async function openPractice(): Promise<void> {
  await browser.tabs.create({ url: practiceUrl() });
}

export async function openDesk(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

export async function openScorecardInDesk(interviewId: string): Promise<void> {
  await browser.tabs.create({ url: deskScorecardUrl(interviewId) });
}
