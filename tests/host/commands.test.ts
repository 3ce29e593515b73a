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

describe("the background's part in the host channel", () => {
  const KEY = '0f8fad5b-d9cb-469f-a165-70867728950e';
  type Listener = (message: unknown, sender: object) => unknown;
  let listener: Listener;
  let sent: Array<{ tabId: number; message: unknown; options: unknown }>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    sent = [];
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((l) => {
      listener = l as unknown as Listener;
    });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown, options: unknown) => {
      sent.push({ tabId, message, options });
    }) as never);
    registerPanelToggle();
  });

  it("relays a panel frame's key to the top frame of its own tab, and nothing else", () => {
    const panel = { id: browser.runtime.id, url: `chrome-extension://${browser.runtime.id}/panel.html`, frameId: 3, tab: { id: 12 } };
    expect(listener({ panelist: 1, type: 'frame-hello', key: KEY }, panel)).toBeUndefined();
    listener({ panelist: 1, type: 'frame-hello', key: KEY }, { ...panel, url: 'https://meet.google.com/panel.html' });
    listener({ panelist: 1, type: 'frame-hello', key: KEY }, { ...panel, id: 'someone-else' });
    listener({ panelist: 1, name: 'kits.list', payload: {} }, panel);
    expect(sent).toEqual([
      {
        tabId: 12,
        message: { panelist: 1, type: 'frame-key', key: KEY, origin: `chrome-extension://${browser.runtime.id}` },
        options: { frameId: 0 },
      },
    ]);
  });

  it('puts "!" on the toolbar button of a tab whose page covers the panel, and takes it off again', () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined);
    const page = { id: browser.runtime.id, tab: { id: 5 }, frameId: 0 };
    listener({ panelist: 1, type: 'covered', covered: true }, page);
    listener({ panelist: 1, type: 'covered', covered: false }, page);
    listener({ panelist: 1, type: 'covered', covered: true }, { ...page, id: 'someone-else' });
    expect(badge.mock.calls).toEqual([[{ tabId: 5, text: '!' }], [{ tabId: 5, text: null }]]);
  });
});
