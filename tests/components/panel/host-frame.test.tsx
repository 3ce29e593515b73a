// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { DEFAULT_LAYOUT } from '@/utils/host/frame';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: ConnectedStore;
let host: Window;
let posted: unknown[];

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  // A real Window stands in for the call page that frames the panel.
  host = document.body.appendChild(document.createElement('iframe')).contentWindow!;
  posted = [];
  vi.spyOn(host, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function fromHost(data: unknown, source: MessageEventSource | null = host) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://meet.google.com' }));
  });
}

const layoutsPosted = () => posted.filter((m) => (m as { type: string }).type === 'layout').map((m) => (m as { layout: unknown }).layout);

describe('the panel in a call page', () => {
  it('says ready, and its layout controls post layout changes and close to the host', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={host} />);
    expect(posted).toContainEqual({ panelist: 1, type: 'ready' });

    await user.click(screen.getByLabelText('Panel options'));
    await user.click(screen.getByRole('button', { name: 'Dock left' }));
    expect(layoutsPosted().at(-1)).toEqual({ ...DEFAULT_LAYOUT, side: 'left' });
    expect(screen.getByRole('button', { name: 'Dock left' })).toHaveAttribute('aria-pressed', 'true');

    fireEvent.change(screen.getByRole('slider', { name: 'Panel width' }), { target: { value: '460' } });
    expect(layoutsPosted().at(-1)).toEqual({ ...DEFAULT_LAYOUT, side: 'left', width: 460 });

    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(posted.at(-1)).toEqual({ panelist: 1, type: 'close' });
  });

  it('collapses to a pill that keeps the running section timer, and expands again', async () => {
    const id = await startPhoneScreen(store, Date.now() - 60_000);
    const user = userEvent.setup();
    render(<PanelApp hostWindow={host} initialInterviewId={id} />);
    await screen.findByRole('radiogroup', { name: 'ORM Optimization' });
    await user.click(screen.getByRole('button', { name: 'Collapse panel' }));
    expect(layoutsPosted().at(-1)).toMatchObject({ collapsed: true });
    expect(screen.getByRole('group', { name: 'Section timer' })).toHaveTextContent(/1[34]:\d\d/);
    expect(screen.queryByRole('radiogroup', { name: 'ORM Optimization' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Expand panel' }));
    expect(layoutsPosted().at(-1)).toMatchObject({ collapsed: false });
    expect(await screen.findByRole('radiogroup', { name: 'ORM Optimization' })).toBeInTheDocument();
  });

  it('follows the host: layout and timer commands, ignoring other senders and malformed messages', async () => {
    const id = await startPhoneScreen(store, Date.now() - 60_000);
    render(<PanelApp hostWindow={host} initialInterviewId={id} />);
    await screen.findByRole('button', { name: 'Pause timer' });

    fromHost({ panelist: 1, type: 'command', command: 'toggle-timer' }, window);
    fromHost({ panelist: 1, type: 'command', command: 'explode' });
    fromHost({ type: 'command', command: 'toggle-timer' });
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();

    fromHost({ panelist: 1, type: 'command', command: 'toggle-timer' });
    expect(await screen.findByRole('button', { name: 'Resume timer' })).toBeInTheDocument();
    fromHost({ panelist: 1, type: 'command', command: 'toggle-timer' });
    fromHost({ panelist: 1, type: 'command', command: 'next-section' });
    expect(await screen.findByRole('heading', { name: 'Part B: Architecture Philosophy' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await store.db.interviews.get(id))!.timerEvents.map((e) => e.type)).toEqual(['start', 'pause', 'resume', 'next']),
    );

    fromHost({ panelist: 1, type: 'layout', layout: { collapsed: true, side: 'right', width: 380 } });
    expect(screen.getByRole('button', { name: 'Expand panel' })).toBeInTheDocument();
  });

  it('without a host there are no layout controls and the call platform is "other"', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} />);
    expect(screen.queryByRole('button', { name: 'Collapse panel' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close panel' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Panel width' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Sound alerts/ })).not.toBeChecked();
    await user.type(screen.getByLabelText('Candidate name'), 'Bo Chen');
    await user.type(screen.getByLabelText("Interviewer's name"), 'Sam');
    await screen.findByRole('option', { name: /Technical Phone Screen/ });
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    await screen.findByRole('region', { name: 'Timer' });
    expect(store.sentNamed('interviews.start')[0]).toMatchObject({ platform: 'other', meetingCode: '' });
  });
});
