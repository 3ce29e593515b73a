import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import type { InterviewBundle } from '../../utils/protocol';
import { expectAccessible } from '../support/axe';
import { call, openDesk } from '../support/e2e-desk';

/**
 * The desk's long work in the built extension, in real Chromium, under the extension's own strict
 * CSP (script-src 'self'; these pages are NOT opened with the CSP bypassed): the CSV export and the
 * backup run in bundled workers that read the store directly, and a restore goes back through the
 * background in chunks, previewed first. Accessibility is checked on a second, CSP-bypassed page
 * (axe-core is injected as an inline script).
 */

const KIT = 'middleware-architect';

let work: string;
let first: Launched | undefined;
let second: Launched | undefined;
let backupPath = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'panelist-desk-data-e2e-'));
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A desk page as users get it: the extension's CSP applies; every console error and page error is kept. */
/** A desk page as users get it: the extension's CSP applies; every console error and page error is kept. */
async function strictDesk(browser: Launched, hash: string): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  return { page: await openDesk(browser, hash, { errors }), errors };
}

/** axe on a second, CSP-lifted page of the same screen, once `ready` has brought it to the state to check. */
async function accessibleAt(browser: Launched, hash: string, ready: (page: Page) => Promise<void>) {
  const page = await openDesk(browser, hash, { bypassCsp: true });
  await ready(page);
  await expectAccessible(page, hash);
  await page.close();
}

it('exports CSV in a bundled worker under the strict CSP: the same bytes the background writes', async () => {
  first = await launchChromium();
  const { page, errors } = await strictDesk(first, '#/history');
  for (const name of ['Ana Lima', 'José 李', 'Bob "B" Stone']) {
    const { interview } = await call<InterviewBundle>(page, 'interviews.start', {
      candidateName: name,
      kitId: KIT,
      roundId: 'phone-screen',
      interviewer: 'Sam',
      platform: 'practice',
    });
    await call(page, 'interviews.update', { id: interview.id, patch: { overallNotes: `=notes for ${name}\nsecond line` } });
  }
  await page.getByRole('table', { name: '3 interviews, showing 1–3' }).waitFor();
  await page.getByLabel('Layout').selectOption('items');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^panelist-items-all-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  const ids = (await call<string[]>(page, 'interviews.ids', {})).reverse();
  const viaBackground = await call<{ csv: string }>(page, 'export.csv', { shape: 'items', ids });
  expect(bytes.equals(Buffer.from(viaBackground.csv, 'utf8'))).toBe(true);
  await page.getByText(/^Exported 3 interviews \(\d+ rows\) as panelist-items-all-/).waitFor();
  expect(errors).toEqual([]);
});

it('backs up in a worker, and another profile checks the file, shows what it would change, then restores it', async () => {
  const { page, errors } = await strictDesk(first!, '#/backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  backupPath = join(work, download.suggestedFilename());
  await download.saveAs(backupPath);
  expect(JSON.parse(readFileSync(backupPath, 'utf8'))).toMatchObject({ format: 'panelist-backup', version: 2, counts: { scorecards: 3 } });
  expect(errors).toEqual([]);

  second = await launchChromium();
  const desk = await strictDesk(second, '#/backup');
  await desk.page.getByLabel('Backup file').setInputFiles(backupPath);
  await desk.page.getByRole('button', { name: 'Check the file' }).click();
  const preview = desk.page.getByRole('table', { name: /^What restoring panelist-backup-.*\.json would change$/ });
  await preview.waitFor();
  expect(await preview.getByRole('row', { name: /^Interviews/ }).innerText()).toMatch(/^Interviews\s+3\s+0\s+0\s+0$/);
  expect(await call<{ total: number }>(desk.page, 'interviews.list', {})).toMatchObject({ total: 0 });
  await desk.page.getByRole('button', { name: 'Restore and merge' }).click();
  await desk.page.getByText(/^Restored panelist-backup-.*\.json, merged with what was here\.$/).waitFor();
  expect(await call<{ total: number }>(desk.page, 'interviews.list', {})).toMatchObject({ total: 3 });
  expect(desk.errors).toEqual([]);

  await accessibleAt(second, '#/backup', async (p) => {
    await p.getByLabel('Backup file').setInputFiles(backupPath);
    await p.getByRole('button', { name: 'Check the file' }).click();
    await p.getByRole('table', { name: /^What restoring/ }).waitFor();
  });
});
