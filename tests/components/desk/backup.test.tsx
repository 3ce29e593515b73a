// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completeScorecard, startScreening, type TestStore } from '../../support/store';
import { captureDownloads, connectDesk, fileOf, renderDesk } from '../../support/desk';
import { backupOf } from '../../support/backup';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function submitted(name: string) {
  const { interview } = await startScreening(store, { candidateName: name, meetingCode: name });
  await completeScorecard(store, interview.id);
  return store.call('interviews.submit', { id: interview.id });
}

/** The numbers of one row of the "what it would change" table: added, updated, already here, kept (, deleted). */
const partRow = (table: HTMLElement, part: string) =>
  within(within(table).getByRole('rowheader', { name: part }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the Backup screen', () => {
  it('downloads the whole store as one backup file, built by a worker', async () => {
    await submitted('Ana Lima');
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderDesk('#/backup');
    await user.click(await screen.findByRole('button', { name: 'Download backup' }));
    expect(
      await screen.findByText(/^Backup saved as panelist-backup-.*\.json \(1 interview, 1 candidate, 1 kit and 0 settings\)\.$/),
    ).toBeInTheDocument();
    const text = await downloads[0]!.text;
    expect(JSON.parse(text)).toMatchObject({ format: 'panelist-backup', version: 2, counts: { scorecards: 1 } });
  });

  it('shows what a restore would change before writing anything, then restores when asked', async () => {
    const older = await submitted('Ana Lima');
    const { blob } = await backupOf(store);
    // After the backup: a second scorecard here, and the first one reopened (newer here than in the file).
    await submitted('Bob Stone');
    await store.call('interviews.reopen', { id: older.id, reason: 'fix a note' });
    const before = await store.db.interviews.toArray();
    const user = userEvent.setup();
    renderDesk('#/backup');
    await user.upload(await screen.findByLabelText('Backup file'), fileOf('panelist-backup.json', await blob.text(), 'application/json'));
    await user.click(screen.getByRole('radio', { name: 'Replace everything here' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const preview = await screen.findByRole('table', { name: 'What restoring panelist-backup.json would change' });
    expect(partRow(preview, 'Interviews')).toEqual(['1', '0', '0', '0', '1']);
    expect(await store.db.interviews.toArray()).toEqual(before);

    await user.click(screen.getByRole('radio', { name: /^Merge with what is here/ }));
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const merge = await screen.findByRole('table', { name: 'What restoring panelist-backup.json would change' });
    expect(partRow(merge, 'Interviews')).toEqual(['0', '0', '0', '1']);
    expect(screen.getByText("1 scorecard here is newer than the file's and stays as it is:")).toBeInTheDocument();
    expect(screen.getByText(/^Ana Lima, round screen, by Sam, /)).toBeInTheDocument();
    expect(await store.db.interviews.toArray()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Restore and merge' }));
    expect(await screen.findByText('Restored panelist-backup.json, merged with what was here.')).toBeInTheDocument();
    expect(partRow(screen.getByRole('table', { name: 'What the restore changed' }), 'Interviews')).toEqual(['0', '0', '0', '1']);
    expect(await store.call('backup.journal', {})).toMatchObject({ state: 'done', file: { name: 'panelist-backup.json' } });
    expect(await store.db.interviews.get(older.id)).toMatchObject({ status: 'draft' });
  });

  it('refuses a file with a bad record, names it, and changes nothing', async () => {
    await submitted('Ana Lima');
    const { blob } = await backupOf(store);
    // The kit (line 3) renamed: still marked built in, but Panelist ships no "evil-kit".
    const lines = (await blob.text()).split('\n');
    lines[2] = lines[2]!.replace('"id":"test-kit"', '"id":"evil-kit"');
    const forged = lines.join('\n');
    const user = userEvent.setup();
    renderDesk('#/backup');
    await user.upload(await screen.findByLabelText('Backup file'), fileOf('forged.json', forged, 'application/json'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The backup was not restored; nothing changed\. kits\[0\]: kit "evil-kit" version 1 says it is built into Panelist/,
    );
    expect(screen.queryByRole('button', { name: 'Restore and merge' })).toBeNull();
  });

  it('says when a restore did not finish, until it is run again', async () => {
    await store.call('backup.restoreBegin', { mode: 'replace', file: { name: 'big.json', size: 9, exportedAt: '' }, total: 50_000 });
    renderDesk('#/backup');
    expect(
      await screen.findByText(/^A restore of big\.json started .* did not finish: 0 of 50,000 records were written/),
    ).toBeInTheDocument();
  });
});
