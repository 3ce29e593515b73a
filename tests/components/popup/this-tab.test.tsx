// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThisTab } from '@/components/popup/ThisTab';
import { classifyUrl, diagnosticText, type ActiveTab } from '@/components/popup/active-tab';
import { DEFAULT_LAYOUT } from '@/utils/host/frame';
import type { PanelStatus } from '@/utils/host/frame-guards';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// What the popup says about the page it was opened over (issue 12): the call, the lobby, or no
// call found with the way to open the panel anyway, and a diagnostic to copy.

const status = (over: Partial<PanelStatus>): PanelStatus => ({
  platform: 'teams',
  inCall: false,
  shown: false,
  layout: DEFAULT_LAYOUT,
  ...over,
});
const tab = (
  over: Partial<PanelStatus> | null,
  url = 'https://teams.cloud.microsoft/v2/?meetingjoin=true#/l/meetup-join/19%3Ameeting_X%40thread.v2/0',
): ActiveTab => ({
  id: 7,
  ...classifyUrl(url, 'chrome-extension://test-extension-id/practice.html'),
  status: over ? status(over) : null,
});

function show(active: ActiveTab, onToggle = vi.fn()) {
  render(<ThisTab tab={active} running={null} round={null} roundTitle="" onStart={vi.fn()} onToggle={onToggle} />);
  return onToggle;
}

afterEach(cleanup);

describe('the popup says what it sees', () => {
  it('in the call', () => {
    show(tab({ phase: 'call', inCall: true, shown: true }));
    expect(screen.getByText('In a Microsoft Teams call.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide panel' })).toBeInTheDocument();
  });

  it('in the lobby, where the panel waits for the call', () => {
    show(tab({ phase: 'lobby' }));
    expect(screen.getByText('Microsoft Teams lobby: the panel appears when you are admitted.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show panel' })).toBeInTheDocument();
  });

  it('where it finds no call, with the panel to open anyway', async () => {
    const onToggle = show(tab({ phase: 'none' }));
    expect(screen.getByText('No call found on this page.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show panel anyway' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('when the page covers the panel, or the window is too small for it', () => {
    show(tab({ phase: 'call', inCall: true, shown: true, covered: true, cramped: true }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Something on this page covers the panel/);
    expect(alert).toHaveTextContent(/too small for the panel/);
  });
});

describe('the diagnostic', () => {
  it('names the host and the signals that matched, and nothing from the page or its address', async () => {
    const active = tab({ phase: 'lobby', signals: ['waiting [data-tid="calling-lobby-screen"]', 'leave [data-inp="hangup-button"]'] });
    const text = diagnosticText(active, '0.1.0');
    expect(text).toBe(
      [
        'Panelist 0.1.0',
        'host: teams.cloud.microsoft',
        'platform: teams',
        'phase: lobby',
        'panel: hidden',
        'signals:',
        '  waiting [data-tid="calling-lobby-screen"]',
        '  leave [data-inp="hangup-button"]',
      ].join('\n'),
    );
    expect(text).not.toMatch(/meetup-join|meeting_X|thread|v2/);

    show(active);
    await userEvent.click(screen.getByText('Diagnostic'));
    expect(screen.getByRole('textbox', { name: 'Diagnostic report' })).toHaveValue(diagnosticText(active, ''));
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    expect(writeText).toHaveBeenCalledWith(diagnosticText(active, ''));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('keeps the meeting code of a Meet URL out too', () => {
    const text = diagnosticText(tab({ phase: 'none' }, 'https://meet.google.com/abc-defg-hij?authuser=1'), '1');
    expect(text).toContain('host: meet.google.com');
    expect(text).not.toContain('abc-defg-hij');
    expect(text).toContain('(none matched)');
  });
});
