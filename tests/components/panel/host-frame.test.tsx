// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { DEFAULT_LAYOUT } from '@/utils/host/frame';
import { callHost, type CallHost } from '../../support/call-host';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: ConnectedStore;
let call: CallHost;
let host: Window;
let posted: unknown[];

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  // A real Window stands in for the call page that frames the panel.
  call = callHost();
  host = call.window;
  posted = call.posted;
});
afterEach(() => {
  cleanup();
  call.close();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** A window message to the panel, as the call page (or anyone holding the parent window) can post. */
function toWindow(data: unknown, ports: MessagePort[] = [], source: MessageEventSource | null = host) {
  const event = new MessageEvent('message', { data, source, origin: 'https://meet.google.com' });
  Object.defineProperty(event, 'ports', { value: ports });
  act(() => {
    window.dispatchEvent(event);
  });
}

const connectHost = () => call.connect();
const fromHost = (data: unknown) => call.send(data);

const layoutsPosted = () => posted.filter((m) => (m as { type: string }).type === 'layout').map((m) => (m as { layout: unknown }).layout);

describe('the panel in a call page', () => {
  it('says ready, and its layout controls post layout changes and close to the host', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={host} />);
    await connectHost();

    await user.click(screen.getByLabelText('Panel options'));
    await user.click(screen.getByRole('button', { name: 'Dock left' }));
    await waitFor(() => expect(layoutsPosted().at(-1)).toEqual({ ...DEFAULT_LAYOUT, side: 'left' }));
    expect(screen.getByRole('button', { name: 'Dock left' })).toHaveAttribute('aria-pressed', 'true');

    fireEvent.change(screen.getByRole('slider', { name: 'Panel width' }), { target: { value: '460' } });
    await waitFor(() => expect(layoutsPosted().at(-1)).toEqual({ ...DEFAULT_LAYOUT, side: 'left', width: 460 }));

    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    await waitFor(() => expect(posted.at(-1)).toEqual({ panelist: 1, type: 'close' }));
  });

  it('collapses to a pill that keeps the running section timer, and expands again', async () => {
    const id = await startPhoneScreen(store, Date.now() - 60_000);
    const user = userEvent.setup();
    render(<PanelApp hostWindow={host} initialInterviewId={id} />);
    await connectHost();
    await screen.findByRole('radiogroup', { name: 'ORM Optimization' });
    await user.click(screen.getByRole('button', { name: 'Collapse panel' }));
    await waitFor(() => expect(layoutsPosted().at(-1)).toMatchObject({ collapsed: true }));
    expect(screen.getByRole('group', { name: 'Section timer' })).toHaveTextContent(/1[34]:\d\d/);
    expect(screen.queryByRole('radiogroup', { name: 'ORM Optimization' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Expand panel' }));
    await waitFor(() => expect(layoutsPosted().at(-1)).toMatchObject({ collapsed: false }));
    expect(await screen.findByRole('radiogroup', { name: 'ORM Optimization' })).toBeInTheDocument();
  });

  it('follows the host over its port: layout and timer commands, ignoring malformed messages', async () => {
    const id = await startPhoneScreen(store, Date.now() - 60_000);
    render(<PanelApp hostWindow={host} initialInterviewId={id} />);
    await connectHost();
    await screen.findByRole('button', { name: 'Pause timer' });

    await fromHost({ panelist: 1, type: 'command', command: 'explode' });
    await fromHost({ type: 'command', command: 'toggle-timer' });
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();

    await fromHost({ panelist: 1, type: 'command', command: 'toggle-timer' });
    expect(await screen.findByRole('button', { name: 'Resume timer' })).toBeInTheDocument();
    await fromHost({ panelist: 1, type: 'command', command: 'toggle-timer' });
    await fromHost({ panelist: 1, type: 'command', command: 'next-section' });
    expect(await screen.findByRole('heading', { name: 'Part B: Architecture Philosophy' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await store.db.interviews.get(id))!.timerEvents.map((e) => e.type)).toEqual(['start', 'pause', 'resume', 'next']),
    );

    await fromHost({ panelist: 1, type: 'layout', layout: { collapsed: true, side: 'right', width: 380 } });
    expect(await screen.findByRole('button', { name: 'Expand panel' })).toBeInTheDocument();
  });

  it("obeys no window message, even from its parent window: the call page's scripts post from there too", async () => {
    const id = await startPhoneScreen(store, Date.now() - 60_000);
    render(<PanelApp hostWindow={host} initialInterviewId={id} />);
    await screen.findByRole('button', { name: 'Pause timer' });

    // Before the host's port: plain commands, and a 'connect' with a key the page made up.
    const forged = new MessageChannel();
    toWindow({ panelist: 1, type: 'command', command: 'toggle-timer' });
    toWindow({ panelist: 1, type: 'layout', layout: { collapsed: true, side: 'right', width: 380 } });
    toWindow({ panelist: 1, type: 'connect', key: '0f8fad5b-d9cb-469f-a165-70867728950e' }, [forged.port2]);
    forged.port1.postMessage({ panelist: 1, type: 'command', command: 'next-section' });
    await connectHost();
    // After it: the same again, from the parent window.
    toWindow({ panelist: 1, type: 'command', command: 'next-section' });
    toWindow({ panelist: 1, type: 'command', command: 'toggle-timer' });
    // A real command over the real port, after all of them: once it has taken effect, they were all seen.
    await fromHost({ panelist: 1, type: 'layout', layout: { collapsed: false, side: 'left', width: 380 } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dock left', hidden: true })).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Collapse panel' })).toBeInTheDocument();
    expect((await store.db.interviews.get(id))!.timerEvents.map((e) => e.type)).toEqual(['start']);
    forged.port1.close();
  });

  it('says when the window is too small for it beside the call controls', async () => {
    render(<PanelApp hostWindow={host} />);
    await connectHost();
    expect(screen.queryByText(/too small for the panel/)).toBeNull();
    await fromHost({ panelist: 1, type: 'fit', cramped: true });
    expect(await screen.findByText(/too small for the panel/)).toBeInTheDocument();
    await fromHost({ panelist: 1, type: 'fit', cramped: false });
    await waitFor(() => expect(screen.queryByText(/too small for the panel/)).toBeNull());
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
