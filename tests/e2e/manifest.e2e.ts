import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { EXPECTED_CSP, EXPECTED_HOSTS, EXPECTED_PERMISSIONS } from './expected-manifest';

/**
 * The Chrome build as Chromium sees it: the reviewed permission set, the panel framed on a call
 * site with its script and styles, and nothing on chrome://extensions' Errors list.
 *
 * chrome://extensions only collects errors in developer mode, so the test turns developer mode on
 * and reloads the extension first: manifest warnings and anything the background, the panel or
 * the content script log as errors from then on are on that list.
 */

interface ExtensionInfo {
  manifestErrors: { message: string }[];
  installWarnings: string[];
  runtimeErrors: { message: string; source: string }[];
  views: { url: string }[];
}
// chrome://extensions' own API, as used inside page.evaluate.
declare const chrome: {
  developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
    reload(id: string, options: { failQuietly: boolean }): Promise<void>;
    getExtensionInfo(id: string): Promise<ExtensionInfo>;
  };
  runtime: { getManifest(): Record<string, unknown>; sendMessage(message: unknown): Promise<unknown> };
};

let server: FixtureServer;
let chromium: Launched;
let extensionsPage: Page;

const extensionInfo = () => extensionsPage.evaluate((id) => chrome.developerPrivate.getExtensionInfo(id), chromium.extensionId);

beforeAll(async () => {
  server = await startFixtureServer();
  chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
  extensionsPage = await chromium.context.newPage();
  await extensionsPage.goto('chrome://extensions');
  await extensionsPage.evaluate(async (id) => {
    await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    await chrome.developerPrivate.reload(id, { failQuietly: false });
  }, chromium.extensionId);
  // The reloaded service worker is back once chrome://extensions lists it as a view again.
  await vi.waitFor(
    async () => {
      const views = (await extensionInfo()).views.map((view) => new URL(view.url).pathname);
      if (!views.includes('/background.js')) throw new Error(`service worker not back after reload; views: ${views.join(', ')}`);
    },
    { timeout: 20_000, interval: 100 },
  );
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function openPanelPage(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`chrome-extension://${chromium.extensionId}/panel.html`);
  return page;
}

describe('Chromium', () => {
  it('declares only the reviewed permissions, the strict CSP and a dynamic-URL panel for the call sites', async () => {
    const page = await openPanelPage();
    try {
      const manifest = await page.evaluate(() => chrome.runtime.getManifest());
      expect(manifest.manifest_version).toBe(3);
      expect([...(manifest.permissions as string[])].sort()).toEqual([...EXPECTED_PERMISSIONS.chrome].sort());
      expect([...(manifest.host_permissions as string[])].sort()).toEqual([...EXPECTED_HOSTS].sort());
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|http:\/\//);
      expect(manifest.content_security_policy).toEqual({ extension_pages: EXPECTED_CSP });
      expect(manifest.web_accessible_resources).toEqual([
        { resources: ['panel.html'], matches: [...EXPECTED_HOSTS], use_dynamic_url: true },
      ]);
    } finally {
      await page.close();
    }
  });

  it('answers ping from the background service worker', async () => {
    const page = await openPanelPage();
    try {
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ panelist: 1, name: 'ping', payload: {} }));
      expect(reply).toMatchObject({ ok: true, data: { ok: true, at: expect.any(Number) } });
    } finally {
      await page.close();
    }
  });

  it('frames the panel on a Meet call with its script and styles, under a per-session URL only', async () => {
    const page = await chromium.context.newPage();
    try {
      await page.goto('https://meet.google.com/abc-defg-hij');
      await page.getByRole('button', { name: 'Join now' }).click();
      const iframe = await page.waitForSelector('iframe[title="Panelist interview panel"]');
      const frame = (await iframe.contentFrame())!;
      // Only panel.html is web-accessible; its chunk and stylesheet load as the extension's own.
      await frame.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
      const styleRules = await frame.evaluate(() => [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0));
      expect(styleRules).toBeGreaterThan(0);

      // use_dynamic_url: the call page sees a per-session host instead of the extension id, and
      // cannot probe the id-based URL (which would identify every Panelist user).
      const src = new URL((await iframe.getAttribute('src'))!);
      expect(src.protocol).toBe('chrome-extension:');
      expect(src.pathname).toBe('/panel.html');
      expect(src.host).not.toBe(chromium.extensionId);
      const probe = (url: string) =>
        page.evaluate(async (target) => {
          try {
            return (await fetch(target)).status;
          } catch {
            return 'blocked';
          }
        }, url);
      expect(await probe(src.href)).toBe(200);
      expect(await probe(`chrome-extension://${chromium.extensionId}/panel.html`)).toBe('blocked');
    } finally {
      await page.close();
    }
  });

  it('shows no errors for the extension on chrome://extensions', async () => {
    const info = await extensionInfo();
    expect(info.manifestErrors.map((error) => error.message)).toEqual([]);
    expect(info.installWarnings).toEqual([]);
    expect(info.runtimeErrors.map((error) => `${error.message} (${error.source})`)).toEqual([]);
  });
});
