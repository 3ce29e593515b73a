// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { connectStore, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: ConnectedStore;
let id: string;

/** A recruiter screen scored Communication 3, Django 4, Culture 2: two minimums failed, a weighted total of 3.43. */
beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  const { interview } = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId: 'recruiter-screen',
    interviewer: 'Sam',
    platform: 'meet',
  });
  id = interview.id;
  await store.call('interviews.timer', { id, event: { type: 'start', at: Date.now() - 31 * 60_000 } });
  const scores = { q1: 3, q2: 4, q3: 2 };
  for (const [q, score] of Object.entries(scores))
    await store.call('answers.put', { interviewId: id, questionId: `recruiter-screen.questions.${q}`, patch: { score } });
  await store.call('interviews.timer', { id, event: { type: 'finish', at: Date.now() } });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openSummary() {
  render(<PanelApp hostWindow={null} initialInterviewId={id} />);
  await screen.findByRole('heading', { name: 'Scorecard: Ana Lima' });
  return userEvent.setup();
}

const SUGGESTION =
  'Suggests No: Communication 3 is below its minimum of 4; Culture Fit 2 is below its minimum of 3; weighted total 3.43 is below 3.5.';

describe('the summary explains itself', () => {
  it('says why the scores suggest what they suggest, and marks the suggested decision', async () => {
    await openSummary();
    expect(screen.getByText(SUGGESTION)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No' })).toHaveAccessibleDescription('Suggested Reject with specific feedback');
  });

  it('shows the round’s objectives and its proceed / reject criteria beside the decision', async () => {
    await openSummary();
    expect(screen.getByRole('list', { name: 'Objectives' })).toHaveTextContent('Align compensation expectations');
    expect(screen.getByText('Proceed if:').parentElement).toHaveTextContent(
      'Proceed if: 5+ years Django, decomposition experience, reasonable comp expectations',
    );
    expect(screen.getByText('Reject if:').parentElement).toHaveTextContent(
      'Reject if: No Django experience, only greenfield projects, excessive comp demands',
    );
  });

  it('asks to confirm a decision against the scores, keeps it unsaved until then, then asks for the reason', async () => {
    const user = await openSummary();
    await user.click(screen.getByRole('radio', { name: 'Strong Yes' }));
    const confirm = screen.getByRole('group', { name: 'Confirm Strong Yes against the scores' });
    expect(confirm).toHaveTextContent(SUGGESTION);
    expect(screen.getByRole('radio', { name: 'Strong Yes' })).not.toBeChecked();
    expect(store.sentNamed('interviews.update')).toEqual([]);

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /against the scores/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Strong Yes' }));
    await user.click(screen.getByRole('button', { name: 'Choose Strong Yes anyway' }));
    expect(screen.getByRole('radio', { name: 'Strong Yes' })).toBeChecked();
    expect(screen.getByLabelText(/Reason for the decision/)).toHaveFocus();
    expect(screen.getByText(/^Against the scores: Suggests No/)).toBeInTheDocument();
    await waitFor(async () => expect((await store.db.interviews.get(id))?.decisionId).toBe('strong-yes'));

    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write a one-line reason for the decision.');
  });

  it('does not ask when the decision leans the way the scores do', async () => {
    const user = await openSummary();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(screen.queryByRole('group', { name: /against the scores/ })).toBeNull();
    await waitFor(async () => expect((await store.db.interviews.get(id))?.decisionId).toBe('no'));
  });

  it('warns of the guide’s common mistakes before submit, and still submits', async () => {
    const user = await openSummary();
    const checks = screen.getByRole('region', { name: 'Before you submit' });
    expect(checks).toHaveTextContent(
      '3 scored questions have no notes: Background & Motivation, Technical Verification, Mission Alignment. Common mistake: Not taking detailed notes.',
    );
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.type(screen.getByLabelText(/Reason for the decision/), 'Gut says no');
    expect(checks).toHaveTextContent('Your reason is 3 words long. Common mistake: Making decision on "gut feel" alone.');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByText('Scorecard submitted and locked.')).toBeInTheDocument();
    expect((await store.db.interviews.get(id))?.status).toBe('submitted');
  });

  it('gives the after-interview guidance, and lets the reminder name the candidate only when asked', async () => {
    const user = await openSummary();
    const after = screen.getByRole('region', { name: 'After the interview' });
    expect(within(after).getAllByRole('listitem')[0]).toHaveTextContent('Thank you email within 24 hours');
    const name = within(after).getByRole('checkbox', { name: /Name the candidate in reminders/ });
    expect(name).not.toBeChecked();
    await user.click(name);
    await waitFor(async () => expect(await store.call('settings.get', {})).toMatchObject({ remindersShowCandidate: true }));
  });
});
