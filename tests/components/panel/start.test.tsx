// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

// wxt/browser's test alias loads all of WXT (and esbuild, which refuses jsdom's TextEncoder); the fake browser alone is enough.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: ConnectedStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('start form', () => {
  it('refuses to start without a candidate and an interviewer, naming what is missing', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} />);
    await screen.findByRole('option', { name: /Technical Phone Screen/ });
    await user.click(screen.getByRole('button', { name: 'Start interview' }));

    const candidate = screen.getByLabelText('Candidate name');
    expect(candidate).toHaveAttribute('aria-invalid', 'true');
    expect(candidate).toHaveAccessibleDescription("Enter the candidate's name.");
    expect(screen.getByLabelText("Interviewer's name")).toHaveAccessibleDescription('Enter your name.');
    expect(candidate).toHaveFocus();
    expect(store.sentNamed('interviews.start')).toHaveLength(0);
  });

  it('starts the chosen round, starts its clock and remembers the interviewer', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} />);
    await user.type(screen.getByLabelText('Candidate name'), 'Ana Lima');
    await screen.findByRole('option', { name: /Technical Phone Screen/ });
    await user.selectOptions(screen.getByLabelText('Kit'), 'middleware-architect');
    await user.selectOptions(screen.getByLabelText('Round'), 'phone-screen');
    await user.type(screen.getByLabelText("Interviewer's name"), 'Sam Rivera');
    await user.click(screen.getByRole('button', { name: 'Start interview' }));

    // The running view: first section of the phone screen, with its questions.
    expect(await screen.findByRole('heading', { name: 'Part A: Django Deep Dive' })).toBeInTheDocument();
    expect(await screen.findByRole('radiogroup', { name: 'ORM Optimization' })).toBeInTheDocument();

    const [start] = store.sentNamed('interviews.start');
    expect(start).toMatchObject({
      candidateName: 'Ana Lima',
      kitId: 'middleware-architect',
      roundId: 'phone-screen',
      interviewer: 'Sam Rivera',
      platform: 'other',
    });
    const { rows } = await store.call('interviews.list', {});
    expect(rows).toHaveLength(1);
    expect(rows[0]!.candidate.name).toBe('Ana Lima');
    expect(rows[0]!.interview.timerEvents.map((e) => e.type)).toEqual(['start']);
    expect(await store.call('settings.get', {})).toMatchObject({ interviewerName: 'Sam Rivera', lastRoundId: 'phone-screen' });
  });

  it('fills in the remembered interviewer and reuses an existing candidate by name', async () => {
    await store.call('settings.set', { patch: { interviewerName: 'Sam Rivera' } });
    const first = await store.call('interviews.start', {
      candidateName: 'Ana Lima',
      kitId: 'test-kit',
      roundId: 'screen',
      interviewer: 'Sam',
      platform: 'other',
    });
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} />);
    await waitFor(() => expect(screen.getByLabelText("Interviewer's name")).toHaveValue('Sam Rivera'));
    await user.type(screen.getByLabelText('Candidate name'), 'ana lima');
    expect(await screen.findByText(/Existing candidate/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    await screen.findByRole('region', { name: 'Timer' });
    expect(store.sentNamed('interviews.start').at(-1)).toMatchObject({ candidateId: first.candidate.id });
    expect((await store.call('candidates.list', {})).rows).toHaveLength(1);
  });

  it('offers the unfinished interview of this meeting first, and resumes it', async () => {
    const id = await startPhoneScreen(store, Date.now());
    const host = document.body.appendChild(document.createElement('iframe')).contentWindow!;
    render(<PanelApp hostWindow={host} />);
    window.dispatchEvent(
      new MessageEvent('message', {
        source: host,
        origin: 'https://meet.google.com',
        data: {
          panelist: 1,
          type: 'call',
          call: { platform: 'meet', inCall: true, meetingCode: 'abc-defg-hij', meetingUrl: 'https://meet.google.com/abc-defg-hij' },
        },
      }),
    );
    const offer = await screen.findByRole('region', { name: 'Unfinished interview' });
    expect(within(offer).getByText('Ana Lima')).toBeInTheDocument();
    expect(within(offer).getByText(/Technical Phone Screen/)).toBeInTheDocument();
    await userEvent.setup().click(within(offer).getByRole('button', { name: /Resume interview/ }));
    expect(await screen.findByRole('radiogroup', { name: 'ORM Optimization' })).toBeInTheDocument();
    expect(store.sentNamed('interviews.get').map((p) => p.id)).toContain(id);
  });
});
