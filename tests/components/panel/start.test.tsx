// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { callHost, type CallHost } from '../../support/call-host';
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

/** The call page tells the panel, over its port, that it is in meeting abc-defg-hij. */
async function inMeeting(host: CallHost) {
  await host.connect();
  await host.send({
    panelist: 1,
    type: 'call',
    call: { platform: 'meet', inCall: true, meetingCode: 'abc-defg-hij', meetingUrl: 'https://meet.google.com/abc-defg-hij' },
  });
}

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

  it('shows the kit’s before-the-interview advice with the form', async () => {
    render(<PanelApp hostWindow={null} />);
    const before = (await screen.findByText('Before the interview')).closest('details')!;
    expect(
      within(before)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Send detailed agenda', 'Share architectural overview', 'Provide team bios', 'Include parking/logistics']);
  });

  it('after Submit and a reload, offers this meeting’s submitted scorecard read-only, beside "Start another interview"', async () => {
    const id = await startPhoneScreen(store, Date.now());
    await store.call('answers.put', { interviewId: id, questionId: 'phone-screen.part-a.q1', patch: { score: 4 } });
    await store.call('interviews.update', { id, patch: { decisionId: 'maybe', decisionReason: 'Good ORM depth, more on services' } });
    await store.call('interviews.submit', { id });
    const user = userEvent.setup();
    const host = callHost();
    render(<PanelApp hostWindow={host.window} />);
    await inMeeting(host);
    const offer = await screen.findByRole('region', { name: 'Submitted in this meeting' });
    expect(within(offer).getByText('Ana Lima')).toBeInTheDocument();
    expect(within(offer).getByText(/Technical Phone Screen · submitted/)).toBeInTheDocument();
    // The blank form waits until it is asked for.
    expect(screen.queryByRole('button', { name: 'Start interview' })).toBeNull();
    await user.click(within(offer).getByRole('button', { name: 'Start another interview' }));
    expect(screen.getByLabelText('Candidate name')).toHaveFocus();

    await user.click(within(offer).getByRole('button', { name: 'View scorecard of Ana Lima' }));
    expect(await screen.findByRole('heading', { name: 'Scorecard: Ana Lima' })).toBeInTheDocument();
    expect(screen.getByText(/This scorecard is locked\.$/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Maybe' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start another interview' })).toBeInTheDocument();
  });

  it('offers nothing, neither the form nor another meeting’s drafts and debriefs, until the call page says which call this is', async () => {
    await startPhoneScreen(store, Date.now(), 'klm-nopq-rst');
    const [kit] = await store.call('kits.summaries', {});
    await store.call('debriefs.open', { candidateName: 'Bo Chen', kitId: kit!.id, meetingCode: 'klm-nopq-rst' });
    const host = callHost();
    const shown: string[] = [];
    const watch = new MutationObserver(() => {
      if (screen.queryByRole('button', { name: 'Start interview' })) shown.push('form');
      if (screen.queryByRole('region', { name: 'Unfinished interview' })) shown.push('offer');
      if (screen.queryByRole('button', { name: 'Run a debrief' })) shown.push('debrief');
      if (screen.queryByRole('button', { name: 'Resume the debrief for Bo Chen' })) shown.push('other debrief');
    });
    watch.observe(document.body, { attributes: true, childList: true, subtree: true });
    // A wait the test cannot outlast: the panel must be waiting for the call, not for time.
    render(<PanelApp hostWindow={host.window} callWaitMs={600_000} />);
    // The kit list has arrived (the form is there, hidden): the store has been asked all it will be before the call.
    await screen.findByRole('option', { name: /Technical Phone Screen/, hidden: true });
    expect(shown).toEqual([]);
    expect(store.sentNamed('interviews.list')).toEqual([]);
    expect(store.sentNamed('debriefs.list')).toEqual([]);

    await inMeeting(host);
    expect(await screen.findByRole('button', { name: 'Start interview' })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Run a debrief' })).toBeVisible();
    watch.disconnect();
    expect(shown).not.toContain('offer');
    expect(shown).not.toContain('other debrief');
    // Asked about this meeting only: the other meeting's draft and debrief were never listed.
    expect(store.sentNamed('interviews.list')).toEqual([]);
    expect(store.sentNamed('interviews.openForMeeting')).toEqual([{ meetingCode: 'abc-defg-hij' }]);
    expect(store.sentNamed('debriefs.list').map((p) => p.meetingCode)).toEqual(['abc-defg-hij']);
  });

  it('shows the form anyway when the call page never says which call this is', async () => {
    const host = callHost();
    // The host never connects (its hellos lost): after the wait the panel is usable as if unframed.
    render(<PanelApp hostWindow={host.window} callWaitMs={50} />);
    expect(await screen.findByRole('button', { name: 'Start interview' })).toBeVisible();
    expect(screen.getByLabelText('Candidate name')).toBeEnabled();
  });

  it('keeps the form, the caret and what is typed when the meeting code is told after the interviewer began typing', async () => {
    const user = userEvent.setup();
    const host = callHost();
    render(<PanelApp hostWindow={host.window} callWaitMs={600_000} />);
    // In the call, its code not read yet (Teams joins without a URL change): the form is there to use.
    await host.connect();
    await host.send({ panelist: 1, type: 'call', call: { platform: 'teams', inCall: true, meetingCode: '', meetingUrl: '' } });
    await screen.findByRole('button', { name: 'Start interview' });
    const candidate = screen.getByLabelText('Candidate name');
    await user.type(candidate, 'Ana');
    const hidings: boolean[] = [];
    const watch = new MutationObserver(() => hidings.push(candidate.closest('[hidden]') !== null));
    watch.observe(document.body, { attributes: true, attributeFilter: ['hidden'], subtree: true });

    // The meeting code arrives and the store is asked about it; the form must not go meanwhile.
    await host.send({
      panelist: 1,
      type: 'call',
      call: { platform: 'teams', inCall: true, meetingCode: '19:meeting_abc', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc' },
    });
    await waitFor(() => expect(store.sentNamed('interviews.submittedForMeeting')).not.toHaveLength(0));
    await user.type(candidate, ' Lima');
    watch.disconnect();
    expect(hidings).not.toContain(true);
    expect(candidate).toBeVisible();
    expect(candidate).toHaveFocus();
    expect(candidate).toHaveValue('Ana Lima');
  });

  it('offers the unfinished interview of this meeting first, and resumes it', async () => {
    const id = await startPhoneScreen(store, Date.now() - 60_000);
    // A newer draft from another call: not this meeting's, so not offered here.
    const elsewhere = await startPhoneScreen(store, Date.now(), 'klm-nopq-rst');
    const host = callHost();
    render(<PanelApp hostWindow={host.window} />);
    await inMeeting(host);
    const offer = await screen.findByRole('region', { name: 'Unfinished interview' });
    expect(within(offer).getByText('Ana Lima')).toBeInTheDocument();
    expect(within(offer).getByText(/Technical Phone Screen/)).toBeInTheDocument();
    expect(within(offer).getAllByRole('button', { name: /Resume interview/ })).toHaveLength(1);
    await userEvent.setup().click(within(offer).getByRole('button', { name: /Resume interview/ }));
    expect(await screen.findByRole('radiogroup', { name: 'ORM Optimization' })).toBeInTheDocument();
    const opened = store.sentNamed('interviews.get').map((p) => p.id);
    expect(opened).toContain(id);
    expect(opened).not.toContain(elsewhere);
  });
});
