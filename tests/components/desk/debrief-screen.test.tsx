// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCsv } from '@/utils/domain/csv';
import { completeScorecard, startScreening, type TestStore } from '../../support/store';
import { captureDownloads, connectDesk, fileOf, renderDesk } from '../../support/desk';
import { interviewsCsv, itemsCsv, kim, lee } from '../../support/debrief-fixtures';

// Generous waits: the store runs on fake-indexeddb and machines under load are slow; nothing here is timed.

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Sam's own scorecard for Ana Lima in this browser: Django 5, Communication 3, "Yes". */
async function samsScorecard(submit: boolean) {
  const { interview, candidate } = await startScreening(store);
  await completeScorecard(store, interview.id);
  if (submit) await store.call('interviews.submit', { id: interview.id });
  return candidate.id;
}

const others = () => [fileOf('kim.csv', interviewsCsv(kim), 'text/csv'), fileOf('lee.csv', interviewsCsv(lee), 'text/csv')];
const scoreColumns = () =>
  within(screen.getByRole('table', { name: 'Scores per category' }))
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
    .slice(3, -5);

describe('the debrief', () => {
  it("keeps the other interviewers' scores out of view until this browser's scorecard is submitted, unless overridden", async () => {
    const candidateId = await samsScorecard(false);
    const user = userEvent.setup();
    renderDesk(`#/debrief?candidate=${candidateId}`);
    await screen.findByText('This browser holds 1 scorecard for Ana Lima: Sam (draft).');
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());

    const hidden = await screen.findByRole('region', { name: "Other interviewers' scores are hidden" });
    expect(hidden).toHaveTextContent(
      '2 other scorecards are hidden until you submit your own scorecard for Ana Lima, so your scores stay your own.',
    );
    expect(scoreColumns()).toEqual(['Sam']);
    const panel = screen.getByRole('region', { name: 'Panel view: Ana Lima' });
    expect(panel).not.toHaveTextContent(/Kim|Lee|Blamed/);

    await user.click(within(hidden).getByRole('button', { name: 'Show the other interviewers’ scores anyway' }));
    expect(scoreColumns()).toEqual(['Sam', 'Kim', 'Lee']);
    expect(screen.getByText('You chose to see the panel’s scores before submitting your own.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide them again' }));
    expect(scoreColumns()).toEqual(['Sam']);
  });

  it('shows the merged panel view once this browser’s scorecard is submitted', async () => {
    const candidateId = await samsScorecard(true);
    const user = userEvent.setup();
    renderDesk(`#/debrief?candidate=${candidateId}`);
    await screen.findByText('This browser holds 1 scorecard for Ana Lima: Sam (submitted).');
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());

    const table = await screen.findByRole('table', { name: 'Scores per category' });
    expect(scoreColumns()).toEqual(['Sam', 'Kim', 'Lee']);
    expect(screen.queryByRole('region', { name: "Other interviewers' scores are hidden" })).toBeNull();
    const django = within(table).getByRole('row', { name: /^Django Expertise/ });
    // Sam 5, Kim 3, Lee 2: mean 3.33, spread 3.
    expect(
      within(django)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['60%', '4', '5', '3', '2', '3.33', '2', '5', '3', 'DisagreementBelow minimum']);
    const comms = within(table).getByRole('row', { name: /^Communication/ });
    expect(within(comms).getAllByRole('cell').at(-1)!.textContent).toBe('');
    expect(screen.getByText(/^Panel weighted total/)).toHaveTextContent(
      'Panel weighted total 3.33 against a threshold of 3.5: below the threshold',
    );
    expect(screen.getByText(/^Votes:/)).toHaveTextContent('Votes: Strong Yes 0, Yes 2, No 1');
    const decisions = screen.getByRole('table', { name: 'Decisions' });
    expect(within(decisions).getByRole('row', { name: /^Lee/ })).toHaveTextContent('NoCould not explain select_related');
    expect(screen.getByRole('region', { name: 'Concerns (red flags)' })).toHaveTextContent('Blamed the previous team (Lee at 5:00)');
    expect(screen.getByRole('img', { name: /^Scores per category, 1 to 5/ })).toBeInTheDocument();
  });

  it('says which rows of which file were rejected, and takes files dropped on the zone', async () => {
    await samsScorecard(true);
    const user = userEvent.setup();
    renderDesk('#/debrief');
    const broken = itemsCsv(kim).replace(',3,no,', ',9,no,');
    await user.upload(await screen.findByLabelText('Or choose CSV scorecards'), [
      fileOf('kim.csv', broken),
      fileOf('notes.csv', 'name,comment\r\nAna,great\r\n', 'text/csv'),
    ]);
    expect(await screen.findByRole('list', { name: 'Problems in kim.csv' })).toHaveTextContent(
      'kim.csv line 2, score: expected 1-5, got "9"',
    );
    expect(screen.getByRole('list', { name: 'Problems in notes.csv' })).toHaveTextContent(
      'notes.csv line 1: not a Panelist scorecard export',
    );
    expect(screen.getByText(/^per-question export: 2 rows read, 1 row rejected, 1 scorecard/)).toBeInTheDocument();

    const zone = screen.getByText('Drop the other interviewers’ CSV scorecards here').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf('lee.csv', interviewsCsv(lee))] } });
    expect(await screen.findByText('lee.csv')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove notes.csv' }));
    expect(screen.queryByText('notes.csv')).toBeNull();
  });

  it('downloads the debrief as CSV', async () => {
    const candidateId = await samsScorecard(true);
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderDesk(`#/debrief?candidate=${candidateId}`);
    await screen.findByText(/^This browser holds 1 scorecard/);
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());
    await user.click(await screen.findByRole('button', { name: 'Download debrief CSV' }));
    expect(downloads[0]!.filename).toBe('panelist-debrief-ana-lima.csv');
    const csv = parseCsv(await downloads[0]!.text);
    expect(csv.header.slice(4, 7)).toEqual(['Sam', 'Kim', 'Lee']);
    expect(csv.rows[0]).toMatchObject({ item: 'Django Expertise', mean: '3.33', disagreement: 'yes' });
  });
});
