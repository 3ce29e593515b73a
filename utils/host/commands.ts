import { browser, type Browser } from 'wxt/browser';
import { relayFrameHello, type Sender } from './channel';
import type { TabToHost } from './frame-guards';

/**
 * The background's part in hosting the panel:
 * - the keyboard commands (manifest `commands`): each becomes one message to the active tab's
 *   content script, which shows or hides the panel, or forwards timer commands into it. The
 *   toolbar button opens the popup, whose first control sends the same toggle (a popup and
 *   `action.onClicked` exclude each other);
 * - the panel frame's key, relayed to the top frame of its tab (see channel.ts), so the panel
 *   and its host find each other without the call page;
 * - a "!" on the toolbar button of a tab whose call page covers the panel.
 */

/** Manifest command names → the message the call page's content script receives. */
export function messageForCommand(command: string): TabToHost | null {
  switch (command) {
    case 'toggle-panel':
      return { panelist: 1, type: 'toggle-panel' };
    case 'toggle-timer':
    case 'next-section':
      return { panelist: 1, type: 'command', command };
    default:
      return null;
  }
}

async function targetTab(tab?: Pick<Browser.tabs.Tab, 'id'>): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id;
}

/** Send to the tab's content script; a tab that is not a call site has none, which is not an error. */
async function sendToTab(message: TabToHost, tab?: Pick<Browser.tabs.Tab, 'id'>): Promise<void> {
  const tabId = await targetTab(tab);
  if (tabId === undefined) return;
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script here (not a call site, or the tab predates the install): nothing to toggle.
  }
}

/** content script → background: the panel is (or no longer is) covered by the call page. */
export interface CoveredNotice {
  panelist: 1;
  type: 'covered';
  covered: boolean;
}

export const COVERED_BADGE = '!';

function onHostMessage(message: unknown, sender: Sender): undefined {
  const relay = relayFrameHello(message, sender, browser.runtime.id);
  if (relay) {
    void browser.tabs.sendMessage(relay.tabId, relay.key, { frameId: 0 }).catch(() => {
      // The tab was closed or navigated while the panel said hello: there is no host to answer.
    });
    return undefined;
  }
  const notice = message as Partial<CoveredNotice> | null;
  const tabId = sender.tab?.id;
  if (notice?.panelist === 1 && notice.type === 'covered' && tabId !== undefined && sender.id === browser.runtime.id) {
    // null goes back to the global badge (the reminders' count of overdue scorecards).
    const text = notice.covered ? COVERED_BADGE : (null as unknown as string);
    void browser.action.setBadgeText({ tabId, text }).catch(() => {});
  }
  return undefined;
}

/** Call once from the background's main: keyboard commands, the frame-key relay and the covered badge. */
export function registerPanelToggle(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    const message = messageForCommand(command);
    if (message) return sendToTab(message, tab);
  });
  browser.runtime.onMessage.addListener(onHostMessage);
}
