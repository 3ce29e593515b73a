import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';

let browser: Launched;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('loads the built extension in Chromium with its service worker', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/panel.html`);
  await expect(page.getByRole('heading', { name: 'Panelist' }).textContent()).resolves.toBe('Panelist');
});
