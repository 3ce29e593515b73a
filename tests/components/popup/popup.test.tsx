// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import type { PanelStatus } from '@/utils/host/frame-guards';
import { DEFAULT_LAYOUT } from '@/utils/host/frame';
import { connectStore, MINUTE, renderWithClock, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

// The fake browser alone (see questions.test.tsx): wxt/browser's test alias pulls in all of WXT.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// Opening the popup is several store round trips on fake-indexeddb; under a loaded test run that can pass 1 s.

const EXTENSION = 'chrome-extension://test-extension-id';
const MEET_CALL = 'https://meet.google.com/abc-defg-hij';
const START = Date.UTC(2025, 0, 6, 10, 0, 0);

let store: ConnectedStore;
let toTab: { tabId: number; message: unknown }[];
let created: string[];
let done: ReturnType<typeof vi.fn>;

/** The active tab, and how its content script answers (null: nothing in the tab answers). */
function activeTab(url: string | undefined, panel: { shown: boolean; inCall?: boolean; platform?: string } | null, id = 7) {
  let shown = panel?.shown ?? false;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id, url, active: true }] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string }) => {
    toTab.push({ tabId, message });
    if (!panel) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'toggle-panel') shown = !shown;
    return { platform: panel.platform ?? 'meet', inCall: panel.inCall ?? true, shown, layout: DEFAULT_LAYOUT } satisfies PanelStatus;
  }) as never);
}

function renderPopup(now = START + 4 * MINUTE) {
  return renderWithClock(<PopupApp onDone={done} />, () => now);
}

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  toTab = [];
  created = [];
  done = vi.fn();
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async (props: { url?: string }) => {
    created.push(props.url ?? '');
    return { id: 99 };
  }) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup over a call', () => {
  it("shows the interview this meeting is running: candidate, section and time left, from the store's timer events", async () => {
    await startPhoneScreen(store, START);
    activeTab(MEET_CALL, { shown: true });
    renderPopup();
    const card = await screen.findByRole('region', { name: 'Interviewing Ana Lima' });
    expect(within(card).getByText(/Technical Phone Screen · Google Meet/)).toBeInTheDocument();
    await within(card).findByText('Part A: Django Deep Dive');
    expect(within(card).getByText('(1 of 3)')).toBeInTheDocument();
    // 4 minutes into a 15-minute section of a 45-minute round.
    expect(within(card).getByText('11:00 left')).toBeInTheDocument();
    expect(within(card).getByText('41:00 left')).toBeInTheDocument();
    expect(within(card).getByText(/Running/)).toBeInTheDocument();
    expect(toTab).toEqual([{ tabId: 7, message: { panelist: 1, type: 'panel-status' } }]);
  });

  it('follows the round into overtime and after a section change', async () => {
    const id = await startPhoneScreen(store, START);
    await store.call('interviews.timer', { id, event: { type: 'next', at: START + 16 * MINUTE } });
    activeTab(MEET_CALL, { shown: true });
    renderPopup(START + 33 * MINUTE);
    const card = await screen.findByRole('region', { name: 'Interviewing Ana Lima' });
    await within(card).findByText('Part B: Architecture Philosophy');
    // 17 minutes in a 15-minute section: two over; the round has 12 minutes left.
    expect(within(card).getByText('+2:00 over')).toBeInTheDocument();
    expect(within(card).getByText('12:00 left')).toBeInTheDocument();
  });

  it('hides and shows the panel in the tab, saying which it will do', async () => {
    const user = userEvent.setup();
    await startPhoneScreen(store, START);
    activeTab(MEET_CALL, { shown: true });
    renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Hide panel' }));
    expect(toTab.at(-1)).toEqual({ tabId: 7, message: { panelist: 1, type: 'toggle-panel' } });
    await user.click(await screen.findByRole('button', { name: 'Show panel' }));
    expect(await screen.findByRole('button', { name: 'Hide panel' })).toBeInTheDocument();
    expect(done).not.toHaveBeenCalled();
  });

  it('offers "Start interview" on a call with no interview: it shows the hidden panel and closes the popup', async () => {
    const user = userEvent.setup();
    await startPhoneScreen(store, START, 'other-meet-ing');
    activeTab(MEET_CALL, { shown: false });
    renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Start interview' }));
    expect(toTab.at(-1)).toEqual({ tabId: 7, message: { panelist: 1, type: 'toggle-panel' } });
    expect(done).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: /Interviewing/ })).not.toBeInTheDocument();
  });

  it('does not hide a panel that is already open when "Start interview" is pressed', async () => {
    const user = userEvent.setup();
    activeTab(MEET_CALL, { shown: true });
    renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Start interview' }));
    expect(toTab.map((t) => (t.message as { type: string }).type)).toEqual(['panel-status']);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('asks for a reload when the call tab has no Panelist content script yet', async () => {
    activeTab(MEET_CALL, null);
    renderPopup();
    expect(await screen.findByText(/Reload the tab/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start interview' })).not.toBeInTheDocument();
  });

  it('finds the running interview on Teams, whose URL carries no meeting, among the drafts in progress', async () => {
    const teams = await store.call('interviews.start', {
      candidateName: 'Bo Chen',
      kitId: 'middleware-architect',
      roundId: 'phone-screen',
      interviewer: 'Sam',
      platform: 'teams',
    });
    await store.call('interviews.timer', { id: teams.interview.id, event: { type: 'start', at: START } });
    await startPhoneScreen(store, START);
    activeTab('https://teams.microsoft.com/v2/', { shown: true, platform: 'teams' });
    renderPopup();
    expect(await screen.findByRole('region', { name: 'Interviewing Bo Chen' })).toBeInTheDocument();
  });

  it('treats the practice page as a call, with its fixed meeting', async () => {
    const practice = await store.call('interviews.start', {
      candidateName: 'Alex Morgan',
      kitId: 'middleware-architect',
      roundId: 'phone-screen',
      interviewer: 'Sam',
      platform: 'practice',
      meetingCode: 'practice',
    });
    await store.call('interviews.timer', { id: practice.interview.id, event: { type: 'start', at: START } });
    activeTab(`${EXTENSION}/practice.html`, { shown: true, platform: 'practice' });
    renderPopup();
    const card = await screen.findByRole('region', { name: 'Interviewing Alex Morgan' });
    expect(within(card).getByText(/Practice mode/)).toBeInTheDocument();
  });
});

describe('the popup anywhere', () => {
  it('away from a call: no start button, and links to practice mode and the desk that open tabs', async () => {
    const user = userEvent.setup();
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    activeTab('https://example.com/', null);
    renderPopup();
    expect(await screen.findByText(/Open a Google Meet, Zoom or Microsoft Teams call/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start interview' })).not.toBeInTheDocument();

    const practice = screen.getByRole('link', { name: 'Try a practice interview' });
    expect(practice).toHaveAttribute('href', `${EXTENSION}/practice.html`);
    await user.click(practice);
    expect(created).toEqual([`${EXTENSION}/practice.html`]);
    expect(done).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('link', { name: 'Open the desk' }));
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('counts the unsubmitted scorecards and opens each in the desk', async () => {
    const user = userEvent.setup();
    const draft = await startPhoneScreen(store, START);
    const submitted = await startPhoneScreen(store, START, 'sub-mitt-edd');
    await store.call('answers.put', { interviewId: submitted, questionId: 'phone-screen.part-a.q1', patch: { score: 3 } });
    await store.call('interviews.update', { id: submitted, patch: { decisionId: 'yes', decisionReason: 'Clear and careful' } });
    await store.call('interviews.submit', { id: submitted });
    activeTab('https://example.com/', null);
    renderPopup();

    expect(await screen.findByRole('heading', { name: 'Unsubmitted scorecards: 1' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Unsubmitted scorecards: 1' });
    const link = within(list).getByRole('link', { name: /Ana Lima/ });
    expect(link).toHaveTextContent(/Technical Phone Screen/);
    expect(link).toHaveTextContent(/in progress/);
    const url = `${EXTENSION}/options.html#/history?open=${draft}`;
    expect(link).toHaveAttribute('href', url);
    await user.click(link);
    expect(created).toEqual([url]);
  });

  it('lists the newest few and sends the rest to the desk', async () => {
    for (let i = 0; i < 7; i++) await startPhoneScreen(store, START + i, `mee-ting-00${i}`);
    activeTab(undefined, null);
    renderPopup();
    const list = await screen.findByRole('region', { name: 'Unsubmitted scorecards: 7' });
    expect(within(list).getAllByRole('link', { name: /Ana Lima/ })).toHaveLength(5);
    expect(within(list).getByRole('link', { name: '2 more in the desk' })).toHaveAttribute('href', `${EXTENSION}/options.html`);
  });

  it('says when nothing waits to be submitted', async () => {
    activeTab(undefined, null);
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'Unsubmitted scorecards: 0' })).toBeInTheDocument();
    expect(screen.getByText(/every scorecard is submitted/)).toBeInTheDocument();
  });

  it('says so when the store does not answer, instead of showing an empty list', async () => {
    store.dropNext(5);
    activeTab(undefined, null);
    renderPopup();
    expect(await screen.findByRole('alert')).toHaveTextContent(/store did not answer/);
    expect(screen.queryByRole('heading', { name: /Unsubmitted scorecards/ })).not.toBeInTheDocument();
  });
});
