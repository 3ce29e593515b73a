// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob } from 'node:buffer';
import { parseCsv } from '@/utils/domain/csv';
import { formatDateTime } from '@/utils/domain/format';
import { completeScorecard, startScreening, type TestStore } from '../../support/store';
import { captureDownloads, connectDesk, renderDesk } from '../../support/desk';
import { startedWorkers } from '../../support/workers';

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

/** 60 interviews a minute apart: candidates "Person 00".."Person 59"; every 3rd submitted; Kim runs the odd ones. */
async function seedSixty() {
  const ids: string[] = [];
  for (let n = 0; n < 60; n++) {
    store.clock.now += 60_000;
    const { interview } = await startScreening(store, {
      candidateName: `Person ${String(n).padStart(2, '0')}`,
      interviewer: n % 2 ? 'Kim' : 'Sam',
    });
    if (n % 3 === 0) {
      await completeScorecard(store, interview.id);
      await store.call('interviews.submit', { id: interview.id });
    }
    ids.push(interview.id);
  }
  return ids;
}

const table = () => screen.getByRole('table', { name: /interview/ });
const candidateCells = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2]!.textContent);

describe('history', () => {
  it('lists newest first, a page at a time', async () => {
    await seedSixty();
    const user = userEvent.setup();
    renderDesk('#/history');
    expect(await screen.findByRole('table', { name: '60 interviews, showing 1–50' })).toBeInTheDocument();
    expect(candidateCells().slice(0, 2)).toEqual(['Person 59', 'Person 58']);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('table', { name: '60 interviews, showing 51–60' })).toBeInTheDocument();
    expect(candidateCells()).toEqual([
      'Person 09',
      'Person 08',
      'Person 07',
      'Person 06',
      'Person 05',
      'Person 04',
      'Person 03',
      'Person 02',
      'Person 01',
      'Person 00',
    ]);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Rows per page'), '25');
    expect(await screen.findByRole('table', { name: '60 interviews, showing 1–25' })).toBeInTheDocument();
  });

  it('filters by status, interviewer, kit, round and candidate name', async () => {
    await seedSixty();
    const user = userEvent.setup();
    renderDesk('#/history');
    await screen.findByRole('table', { name: '60 interviews, showing 1–50' });
    await user.selectOptions(screen.getByLabelText('Status'), 'submitted');
    expect(await screen.findByRole('table', { name: '20 interviews, showing 1–20' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Interviewer'), 'Kim');
    // submitted (n % 3 == 0) and Kim's (odd n): 3, 9, 15, … 57
    expect(await screen.findByRole('table', { name: '10 interviews, showing 1–10' })).toBeInTheDocument();
    expect(candidateCells()[0]).toBe('Person 57');
    await user.selectOptions(screen.getByLabelText('Kit'), 'test-kit');
    await user.selectOptions(screen.getByLabelText('Round'), 'takehome');
    expect(await screen.findByRole('table', { name: '0 interviews' })).toBeInTheDocument();
    expect(screen.getByText('No interview matches these filters.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Search by candidate name'), 'person 4');
    expect(await screen.findByRole('table', { name: '10 interviews, showing 1–10' })).toBeInTheDocument();
    expect(candidateCells().every((name) => name!.startsWith('Person 4'))).toBe(true);
  });

  it('names each row by candidate, round and date, in its date cell and its controls, and follows a rename', async () => {
    const { interview, candidate } = await startScreening(store);
    const when = formatDateTime(interview.startedAt ?? interview.createdAt);
    renderDesk('#/history');
    const name = `Ana Lima, Screening, ${when}`;
    expect(await screen.findByRole('checkbox', { name: `Select ${name}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Open scorecard: ${name}` })).toHaveTextContent('Open');
    const row = within(await screen.findByRole('table', { name: '1 interview, showing 1–1' })).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(when);
    expect(within(row).getByText('draft')).toBeInTheDocument();
    // A new answer from the store brings new rows, named afresh.
    await store.db.candidates.update(candidate.id, { name: 'Ana Lima-Souza' });
    expect(await screen.findByRole('checkbox', { name: `Select Ana Lima-Souza, Screening, ${when}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Open scorecard: Ana Lima-Souza, Screening, ${when}` })).toBeInTheDocument();
  });

  it('opens a scorecard read-only and reopens it only when asked, with a reason', async () => {
    const { interview } = await startScreening(store);
    await completeScorecard(store, interview.id);
    await store.call('interviews.submit', { id: interview.id });
    const user = userEvent.setup();
    renderDesk('#/history');
    await user.click(await screen.findByRole('link', { name: /^Open scorecard: Ana Lima, Screening/ }));
    const heading = await screen.findByRole('heading', { name: 'Scorecard: Ana Lima', level: 2 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Submitted, read-only')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Category scores' })).toHaveTextContent('Django Expertise');
    expect(screen.getByText('Named both, with trade-offs')).toBeInTheDocument();
    expect(screen.getByText('Points covered: 2 of 2 (select_related; prefetch_related)')).toBeInTheDocument();
    // Nothing on this page edits the scorecard.
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reopen for editing' }));
    const form = screen.getByRole('form', { name: 'Reopen for editing' });
    expect(within(form).getByRole('button', { name: 'Reopen for editing' })).toBeDisabled();
    await user.type(within(form).getByLabelText('Why reopen this submitted scorecard?'), 'Wrong candidate notes');
    await user.click(within(form).getByRole('button', { name: 'Reopen for editing' }));
    expect(await screen.findByText(/^Reopened: the scorecard is a draft again/)).toBeInTheDocument();
    const stored = (await store.db.interviews.get(interview.id))!;
    expect(stored.status).toBe('draft');
    expect(stored.reopenings.map((r) => r.reason)).toEqual(['Wrong candidate notes']);
    expect(await screen.findByText('Draft')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '← Back to history' }));
    expect(await screen.findByRole('table', { name: '1 interview, showing 1–1' })).toBeInTheDocument();
  });

  it('exports the selection, all matching, or everything, as CSV', async () => {
    const ids = await seedSixty();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderDesk('#/history');
    await screen.findByRole('table', { name: '60 interviews, showing 1–50' });
    await user.click(screen.getByRole('checkbox', { name: /^Select Person 59, Screening/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Select Person 57, Screening/ }));
    await user.click(screen.getByRole('button', { name: 'Export selected (2)' }));
    await screen.findByText(/^Exported 2 interviews \(2 rows\) as panelist-interviews-selection-/);
    expect(
      parseCsv(await downloads[0]!.text)
        .rows.map((r) => r.candidate)
        .sort(),
    ).toEqual(['Person 57', 'Person 59']);

    await user.selectOptions(screen.getByLabelText('Status'), 'submitted');
    await screen.findByRole('table', { name: '20 interviews, showing 1–20' });
    await user.selectOptions(screen.getByLabelText('Layout'), 'items');
    await user.click(screen.getByRole('button', { name: 'Export all matching (20)' }));
    await screen.findByText(/^Exported 20 interviews \(60 rows\) as panelist-items-filtered-/);
    const items = parseCsv(await downloads[1]!.text);
    expect(new Set(items.rows.map((r) => r.status))).toEqual(new Set(['submitted']));

    await user.selectOptions(screen.getByLabelText('Layout'), 'interviews');
    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    await screen.findByText(/^Exported 60 interviews \(60 rows\) as panelist-interviews-all-/);
    const all = parseCsv(await downloads[2]!.text);
    expect(all.errors).toEqual([]);
    // Oldest first, as a spreadsheet reads.
    expect(all.rows.map((r) => r.interview_id)).toEqual(ids);
  });

  it('shows the export’s progress and cancels it: nothing is downloaded', async () => {
    await seedSixty();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderDesk('#/history');
    await screen.findByRole('table', { name: '60 interviews, showing 1–50' });
    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled: nothing was saved.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export everything' })).toBeEnabled();
    // The task runs on in-process (a real worker would be gone); once it has finished, still nothing.
    // One worker per core builds its part of the file: every one of them is ended.
    expect(startedWorkers.length).toBeGreaterThan(0);
    expect(new Set(startedWorkers.map((w) => [w.name, w.terminated].join()))).toEqual(new Set(['csv-export.worker.ts,true']));
    await Promise.all(startedWorkers.map((w) => w.settled));
    expect(downloads).toEqual([]);
  });

  describe('straight to disk, where the browser has showSaveFilePicker', () => {
    /** A save dialog that picks "chosen.csv" and a writable that keeps what it is given (a real one replaces the file on close). */
    function fakeSaveDialog() {
      const file = { pieces: [] as Blob[], closed: false, aborted: false, suggestedName: '' };
      const writer = {
        write: async (piece: Blob) => void file.pieces.push(piece),
        close: async () => void (file.closed = true),
        abort: async () => void (file.aborted = true),
      };
      Object.assign(window, {
        showSaveFilePicker: async (options: { suggestedName: string }) => {
          file.suggestedName = options.suggestedName;
          return { name: 'chosen.csv', createWritable: async () => writer };
        },
      });
      return file;
    }
    /** Sixty interviews on the history screen, with the save dialog above and downloads caught. */
    async function openHistoryWithSaveDialog() {
      await seedSixty();
      const file = fakeSaveDialog();
      const downloads = captureDownloads();
      const user = userEvent.setup();
      renderDesk('#/history');
      await screen.findByRole('table', { name: '60 interviews, showing 1–50' });
      return { file, downloads, user };
    }
    // The pieces cross a MessagePort (Node's here, whose structured clone knows Node's Blob, not jsdom's).
    beforeEach(() => void vi.stubGlobal('Blob', NodeBlob));
    afterEach(() => {
      vi.unstubAllGlobals();
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });

    it('writes the same file to the chosen place, and downloads nothing', async () => {
      const { file, downloads, user } = await openHistoryWithSaveDialog();
      await user.selectOptions(screen.getByLabelText('Layout'), 'items');
      await user.click(screen.getByRole('button', { name: 'Export everything' }));
      await screen.findByText(/^Exported 60 interviews \(180 rows\) as panelist-items-all-/);
      expect(file.pieces).toEqual([]);

      await user.click(screen.getByRole('checkbox', { name: 'Choose where to save, and write the file there as it is built' }));
      await user.click(screen.getByRole('button', { name: 'Export everything' }));
      await screen.findByText('Exported 60 interviews (180 rows) as chosen.csv.', { exact: false });
      expect(file.suggestedName).toMatch(/^panelist-items-all-/);
      expect([file.closed, file.aborted]).toEqual([true, false]);
      expect(downloads).toHaveLength(1);
      expect((await Promise.all(file.pieces.map((piece) => piece.text()))).join('')).toBe(await downloads[0]!.text);
    });

    it('a cancelled export aborts the chosen file, which stays as it was', async () => {
      const { file, downloads, user } = await openHistoryWithSaveDialog();
      await user.click(screen.getByRole('checkbox', { name: 'Choose where to save, and write the file there as it is built' }));
      await user.click(screen.getByRole('button', { name: 'Export everything' }));
      await user.click(await screen.findByRole('button', { name: 'Cancel export' }));
      expect(await screen.findByText('Export cancelled: nothing was saved.')).toBeInTheDocument();
      await Promise.all(startedWorkers.map((w) => w.settled));
      expect([file.closed, file.aborted]).toEqual([false, true]);
      expect(downloads).toEqual([]);
    });
  });
});
