// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const ORM = 'phone-screen.part-a.q1';
let store: ConnectedStore;
let id: string;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  id = await startPhoneScreen(store, Date.now() - 20 * 60_000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function finishInterview() {
  const user = userEvent.setup();
  render(<PanelApp hostWindow={null} initialInterviewId={id} />);
  await user.click(await screen.findByRole('button', { name: 'Finish interview' }));
  await user.click(screen.getByRole('button', { name: 'Yes, finish interview' }));
  await screen.findByRole('heading', { name: 'Scorecard: Ana Lima' });
  return user;
}

const status = async () => (await store.db.interviews.get(id))!.status;

describe('summary', () => {
  it('shows time per section against plan, category scores and the weighted total against the threshold', async () => {
    await store.call('answers.put', { interviewId: id, questionId: ORM, patch: { score: 3 } });
    await finishInterview();
    const times = screen.getByRole('table', { name: 'Time per section' });
    expect(within(times).getByRole('rowheader', { name: 'Part A: Django Deep Dive' })).toBeInTheDocument();
    // 20 minutes in Part A against a 15-minute plan: 5 minutes over.
    expect(within(times).getByText(/\+5:0\d over/)).toBeInTheDocument();
    const scores = screen.getByRole('table', { name: 'Category scores' });
    const django = within(scores).getByRole('row', { name: /Django Expertise/ });
    expect(django).toHaveTextContent('20%');
    expect(django).toHaveTextContent('below minimum');
    expect(screen.getByText(/Weighted total/)).toHaveTextContent('Weighted total 3 against a threshold of 3.5: below the threshold.');
    expect(screen.getByText('Django Expertise: 3 (minimum 4)')).toBeInTheDocument();
    const decision = screen.getByRole('radiogroup', { name: 'Decision' });
    expect(
      within(decision)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['strong-yes', 'yes', 'maybe', 'no']);
    expect(await store.db.interviews.get(id)).toMatchObject({ finishedAt: expect.any(Number) });
  });

  it('blocks submit without a decision and a reason, and without evidence for a 5', async () => {
    await store.call('answers.put', { interviewId: id, questionId: ORM, patch: { score: 5 } });
    const user = await finishInterview();
    expect(screen.getByText(/need an evidence note before you can submit/).parentElement).toHaveTextContent('ORM Optimization (scored 5)');

    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    const problems = screen.getByRole('alert');
    expect(problems).toHaveTextContent('Choose a decision.');
    expect(problems).toHaveTextContent('Write a one-line reason for the decision.');
    expect(problems).toHaveTextContent('Add an evidence note to “ORM Optimization” (scored 5).');

    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText(/Reason for the decision/), 'Strong Django, solid on failures');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Add an evidence note to “ORM Optimization” (scored 5).');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Choose a decision.');
    expect(store.sentNamed('interviews.submit')).toHaveLength(0);
    expect(await status()).toBe('draft');
  });

  it('submits a complete scorecard, then shows it locked with "Reopen for editing" asking a reason', async () => {
    await store.call('answers.put', {
      interviewId: id,
      questionId: ORM,
      patch: { score: 5, notes: 'Named both fixes and when each applies' },
    });
    const user = await finishInterview();
    await user.click(screen.getByRole('radio', { name: 'Strong Yes' }));
    await user.type(screen.getByLabelText(/Reason for the decision/), 'Deep Django knowledge');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    expect(await screen.findByText(/This scorecard is locked/)).toBeInTheDocument();
    expect(await status()).toBe('submitted');
    expect(await store.db.interviews.get(id)).toMatchObject({ decisionId: 'strong-yes', decisionReason: 'Deep Django knowledge' });
    expect(screen.queryByRole('button', { name: 'Submit scorecard' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Strong Yes' })).toBeDisabled();
    expect(
      within(screen.getByRole('radiogroup', { name: 'Rating for Django Expertise' })).getByRole('radio', { name: /^4 Strong/ }),
    ).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Back to questions' }));
    expect(
      within(await screen.findByRole('radiogroup', { name: 'ORM Optimization' })).getByRole('radio', { name: /^5 Exceptional/ }),
    ).toBeDisabled();
    expect(screen.getByLabelText('Evidence notes for ORM Optimization')).toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: 'Show summary' }));

    await user.click(screen.getByRole('button', { name: 'Reopen for editing' }));
    await user.click(screen.getByRole('button', { name: 'Reopen scorecard' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say why the scorecard is reopened.');
    await user.type(screen.getByLabelText('Reason for reopening'), 'Typo in the reason');
    await user.click(screen.getByRole('button', { name: 'Reopen scorecard' }));
    expect(await screen.findByRole('button', { name: 'Submit scorecard' })).toBeEnabled();
    await waitFor(async () => expect(await status()).toBe('draft'));
    expect((await store.db.interviews.get(id))!.reopenings).toMatchObject([{ reason: 'Typo in the reason' }]);
  });

  it('exports this scorecard as CSV through a Blob URL and a download link', async () => {
    await store.call('answers.put', { interviewId: id, questionId: ORM, patch: { score: 4, notes: 'select_related' } });
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:panelist-test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const user = await finishInterview();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(store.sentNamed('export.csv')).toEqual([{ shape: 'items', ids: [id] }]);
    expect(clicked[0]!.download).toMatch(/^panelist-items-.*\.csv$/);
    expect(clicked[0]!.href).toBe('blob:panelist-test');
    const csv = await blobs[0]!.text();
    expect(csv).toContain('ORM Optimization');
    expect(csv).toContain('select_related');
    // The notice follows the download in the next render: wait for it.
    expect(await screen.findByText(/^Exported panelist-items-/)).toBeInTheDocument();
  });
});
