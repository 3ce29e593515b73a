// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCsv } from '@/utils/domain/csv';
import { completeScorecard, startScreening, type TestStore } from '../../support/store';
import { captureDownloads, connectDesk, renderDesk } from '../../support/desk';

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

async function anaWithTwoRounds() {
  const first = await startScreening(store);
  await completeScorecard(store, first.interview.id);
  await store.call('interviews.submit', { id: first.interview.id });
  store.clock.now += 86_400_000;
  const second = await startScreening(store, { interviewer: 'Kim' });
  await store.call('answers.put', { interviewId: second.interview.id, questionId: 'orm', patch: { score: 2 } });
  await store.call('interviews.update', { id: second.interview.id, patch: { categoryRatings: { comms: 4 } } });
  const bob = await startScreening(store, { candidateName: 'Bob Stone' });
  return { ana: first.candidate, first: first.interview, second: second.interview, bob };
}

describe('candidates', () => {
  it('lists candidates and shows one candidate’s rounds side by side', async () => {
    await anaWithTwoRounds();
    const user = userEvent.setup();
    renderDesk('#/candidates');
    const list = await screen.findByRole('table', { name: '2 candidates' });
    expect(
      within(list)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1]!.textContent),
    ).toEqual(['2', '1']);
    await user.type(screen.getByLabelText('Search candidates by name or email'), 'stone');
    expect(await screen.findByRole('table', { name: '1 candidate' })).toHaveTextContent('Bob Stone');
    await user.clear(screen.getByLabelText('Search candidates by name or email'));
    await user.click(await screen.findByRole('link', { name: 'Ana Lima' }));

    const scores = await screen.findByRole('table', { name: 'Category scores: Test kit' });
    const columns = within(scores)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(columns[1]).toMatch(/^ScreeningSam · .* · submitted$/);
    expect(columns[2]).toMatch(/^ScreeningKim · .* · draft$/);
    const rows = within(scores)
      .getAllByRole('row')
      .map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      );
    // Django: 5 then 2 (below its minimum of 4); Communication: 3 then Kim's rating of 4.
    expect(rows.slice(1)).toEqual([
      ['5', '2 (below minimum)'],
      ['3', '4'],
      ['4.2', '2.8'],
      ['Yes', '—'],
    ]);
  });

  it('exports one candidate’s interviews as CSV', async () => {
    const { ana, first, second } = await anaWithTwoRounds();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderDesk(`#/candidates?id=${ana.id}`);
    await user.click(await screen.findByRole('button', { name: 'Export this candidate (CSV)' }));
    await screen.findByText(/^Exported 2 interviews \(2 rows\) as panelist-interviews-ana-lima-/);
    expect(parseCsv(await downloads[0]!.text).rows.map((r) => r.interview_id)).toEqual([first.id, second.id]);
  });

  it('deletes a candidate and all their data only after confirmation', async () => {
    const { ana, bob } = await anaWithTwoRounds();
    const user = userEvent.setup();
    renderDesk(`#/candidates?id=${ana.id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete candidate and all their data' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete Ana Lima and all their data?' });
    expect(confirm).toHaveTextContent('This erases Ana Lima, 2 interviews and 3 answers from this browser. It cannot be undone');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await store.db.interviews.count()).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Delete candidate and all their data' }));
    await user.click(screen.getByRole('button', { name: 'Delete permanently' }));
    expect(await screen.findByText('Deleted Ana Lima: 2 interviews and 3 answers.')).toBeInTheDocument();
    await screen.findByRole('table', { name: '1 candidate' });
    await waitFor(async () => expect((await store.db.interviews.toArray()).map((i) => i.candidateId)).toEqual([bob.candidate.id]));
    expect(await store.db.answers.count()).toBe(0);
  });
});
