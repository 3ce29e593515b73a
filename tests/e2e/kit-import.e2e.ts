import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { largeGuide } from '../../bench/measure/markdown-import';
import { PANEL_IFRAME, questionCard, startInterview } from '../support/e2e-panel';
import { expectAccessible } from '../support/axe';
import { openDesk as openDeskPage } from '../support/e2e-desk';

/**
 * Bring your own guide, in the built extension in real Chromium: rich text copied from a doc is
 * pasted from the clipboard, imported, a left-over line fixed with one action, the weights
 * corrected in the editor (after the error naming them), the kit saved and its round run in the
 * panel. A big guide is read in the Web Worker, under the extension's own strict CSP. axe is
 * clean on each screen in light and dark.
 */

const DOC_HTML =
  '<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1">' +
  '<h1>Interview Guide: Platform Engineer</h1>' +
  '<h2>Round 1: Screen (30 minutes)</h2>' +
  '<ol><li><p><span style="font-weight:700">Motivation</span></p><ul><li><p>"Why platform work?"</p></li><li><p>Listen for: ownership, curiosity</p></li></ul></li></ol>' +
  '<p>How do you keep a migration reversible?</p>' +
  '<p><img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script></p>' +
  '<table><tr><th>Category</th><th>Weight</th><th>Min Score</th></tr><tr><td>Systems</td><td>60%</td><td>3</td></tr><tr><td>Communication</td><td>35%</td><td>3</td></tr></table>' +
  '</b>';

let browser: Launched;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The import report and the editor are checked with axe on a CSP-lifted page; the big guide runs under the real CSP.
const openDesk = (bypassCsp: boolean) => openDeskPage(browser, '#/kits', { bypassCsp });

it('pastes rich text from the clipboard, fixes a left-over line and the weights, saves, and runs the round in the panel', async () => {
  const page = await openDesk(true);
  // What Google Docs puts on the clipboard: HTML beside a plain-text version.
  await page.evaluate(async (html) => {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob(['Interview Guide: Platform Engineer'], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
  }, DOC_HTML);
  await page.getByLabel('Paste a guide').focus();
  await page.keyboard.press('Control+V');

  const preview = page.getByRole('region', { name: 'Check the kit from the pasted guide before saving' });
  await preview.waitFor();
  await preview.getByText('1 round, 1 question, a 5-point scale, 2 weighted categories, no offer threshold.').waitFor();
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('main img, main script').count()).toBe(0);
  await preview.getByRole('alert').getByText('categories: weights add up to 95%; they must total 100%').waitFor();
  await expectAccessible(page, 'import report');

  // The question written as a plain paragraph is left over: one action makes it a question.
  const line = preview
    .getByRole('list', { name: 'The guide, line by line' })
    .getByRole('listitem')
    .filter({ hasText: 'How do you keep a migration reversible?' });
  await line.getByRole('button', { name: /^Make it a question \(line \d+\)$/ }).click();
  await preview.getByText('1 round, 2 questions', { exact: false }).waitFor();

  await preview.getByRole('button', { name: 'Edit before saving' }).click();
  const editor = page.getByRole('form', { name: 'Edit Interview Guide: Platform Engineer' });
  await editor.getByText('categories: weights add up to 95%; they must total 100%', { exact: true }).first().waitFor();
  await expect(editor.getByRole('button', { name: 'Save changes' }).isDisabled()).resolves.toBe(true);
  await expectAccessible(page, 'kit editor');
  await editor.getByLabel('Weight of Communication (%)').fill('40');
  await editor.getByText('No problems found.').waitFor();
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Imported Interview Guide: Platform Engineer (id platform-engineer, version 1).').waitFor();

  const call = await browser.context.newPage();
  await call.setViewportSize({ width: 1280, height: 800 });
  await call.goto(`chrome-extension://${browser.extensionId}/practice.html`);
  const panel = call.frameLocator(PANEL_IFRAME);
  await startInterview(panel, { candidate: 'Ana Lima', kit: 'Interview Guide: Platform Engineer', round: 'Screen', interviewer: 'Sam' });
  await questionCard(panel, 'Motivation').getByText('Why platform work?').waitFor();
  await panel.getByText('How do you keep a migration reversible?').first().waitFor();
});

it('reads a big guide in a Web Worker under the extension CSP, with progress, and refuses a 20 MB file by name', async () => {
  const page = await openDesk(false);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const big = largeGuide(readFileSync('docs/guides/middleware-architect-interview-guide.md', 'utf8'), 300 * 1024);
  await page
    .getByLabel('Interview guide (Markdown)')
    .setInputFiles({ name: 'big.md', mimeType: 'text/markdown', buffer: Buffer.from(big) });
  const preview = page.getByRole('region', { name: 'Check the kit from big.md before saving' });
  await preview.getByText(/^[\d,]+ rounds, [\d,]+ questions/).waitFor();
  expect(workers.some((url) => /guide-import\.worker|chunks\//.test(url))).toBe(true);
  expect(errors).toEqual([]);
  await preview.getByRole('button', { name: 'Cancel import' }).click();

  await page
    .getByLabel('Interview guide (Markdown)')
    .setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(20 * 1024 * 1024, 'a') });
  await page.getByRole('alert').getByText('huge.md is 20.0 MB; Panelist reads guides up to 2.0 MB.').waitFor();
});
