import { browser, type Browser } from 'wxt/browser';
import type { TabToHost } from './placement';

/**
 * Background side of the panel's keyboard commands (manifest `commands`): each becomes one
 * message to the active tab's content script, which shows or hides the panel, or forwards timer
 * commands into it. The toolbar button opens the popup, whose first control sends the same
 * toggle (a popup and `action.onClicked` exclude each other).
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

/** Call once from the background's main. */
export function registerPanelToggle(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    const message = messageForCommand(command);
    if (message) return sendToTab(message, tab);
  });
}
