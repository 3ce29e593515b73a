import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { messageForCommand, registerPanelToggle } from '@/utils/host/commands';

type CommandListener = (command: string, tab?: { id?: number }) => Promise<void> | undefined;

/** fake-browser does not implement commands.onCommand: capture the listener. */
function captureCommandListener(): { fire: CommandListener } {
  let listener: CommandListener | undefined;
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((l) => {
    listener = l as unknown as CommandListener;
  });
  return { fire: (command, tab) => listener?.(command, tab) };
}

describe('panel toggles (background)', () => {
  let sent: Array<{ tabId: number; message: unknown }>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    sent = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
    }) as never);
  });

  it('maps manifest commands to content-script messages', () => {
    expect(messageForCommand('toggle-panel')).toEqual({ panelist: 1, type: 'toggle-panel' });
    expect(messageForCommand('toggle-timer')).toEqual({ panelist: 1, type: 'command', command: 'toggle-timer' });
    expect(messageForCommand('next-section')).toEqual({ panelist: 1, type: 'command', command: 'next-section' });
    expect(messageForCommand('_execute_action')).toBeNull();
  });

  it('toggles the panel in the tab where the shortcut was pressed', async () => {
    const { fire } = captureCommandListener();
    registerPanelToggle();
    await fire('toggle-panel', { id: 7 });
    expect(sent).toEqual([{ tabId: 7, message: { panelist: 1, type: 'toggle-panel' } }]);
  });

  it('sends keyboard commands to the tab they came from, or else the active tab', async () => {
    const { fire } = captureCommandListener();
    registerPanelToggle();
    await fire('next-section', { id: 3 });
    // fake-browser cannot activate a tab; answer the active-tab query like Chrome would.
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 11 }] as never);
    await fire('toggle-timer');
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    await fire('not-a-command', { id: 3 });
    expect(sent).toEqual([
      { tabId: 3, message: { panelist: 1, type: 'command', command: 'next-section' } },
      { tabId: 11, message: { panelist: 1, type: 'command', command: 'toggle-timer' } },
    ]);
  });

  it('is quiet when the tab has no content script', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const { fire } = captureCommandListener();
    registerPanelToggle();
    await expect(fire('toggle-panel', { id: 9 })).resolves.toBeUndefined();
  });
});
