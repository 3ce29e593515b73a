import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, type ExtensionPageGlobal, type LaunchedFirefox } from '../../scripts/browsers/firefox';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { EXPECTED_CSP, EXPECTED_HOSTS, EXPECTED_PERMISSIONS } from './expected-manifest';

/**
 * The Firefox build in Debian's Firefox ESR: it installs, its background answers, its pages run
 * under the strict CSP, it asks for no more than docs/permissions.md says, and the panel is
 * framed on a call site with its scripts and styles loaded.
 */

let server: FixtureServer;
let firefox: LaunchedFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox({ port: server.port });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** What a loaded Panelist page looks like from inside, for the checks below. */
async function pageState(target: Page | Frame) {
  return target.evaluate(() => ({
    href: location.href,
    title: document.title,
    reactMounted: (document.getElementById('root')?.childElementCount ?? 0) > 0,
    styleRules: [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0),
  }));
}

describe('Firefox ESR', () => {
  it('installs the add-on and serves panel.html at its moz-extension:// URL', async () => {
    expect(firefox.extensionBaseUrl).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/$/);
    const page = await firefox.openExtensionPage('panel.html');
    try {
      const state = await pageState(page);
      expect(state.href).toBe(`${firefox.extensionBaseUrl}panel.html`);
      expect(state.title).toBe('Panelist');
      // The bundle ran (React rendered into #root) and the stylesheet applied, under the manifest CSP.
      expect(state.reactMounted).toBe(true);
      expect(state.styleRules).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('has a background that answers ping', async () => {
    const page = await firefox.openExtensionPage('panel.html');
    try {
      const reply = await page.evaluate(() =>
        (globalThis as unknown as ExtensionPageGlobal).browser.runtime.sendMessage({ panelist: 1, name: 'ping', payload: {} }),
      );
      expect(reply).toMatchObject({ ok: true, data: { ok: true, at: expect.any(Number) } });
    } finally {
      await page.close();
    }
  });

  it('declares only the reviewed permissions, the strict CSP and the gecko settings', async () => {
    const page = await firefox.openExtensionPage('panel.html');
    try {
      const manifest = await page.evaluate(() => (globalThis as unknown as ExtensionPageGlobal).browser.runtime.getManifest());
      expect(manifest.manifest_version).toBe(3);
      expect([...(manifest.permissions as string[])].sort()).toEqual([...EXPECTED_PERMISSIONS.firefox].sort());
      expect([...(manifest.host_permissions as string[])].sort()).toEqual([...EXPECTED_HOSTS].sort());
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|http:\/\//);
      expect(manifest.content_security_policy).toEqual({ extension_pages: EXPECTED_CSP });
      // Firefox normalises the entry (leading slash, extension_ids: null); what matters is one
      // entry, the panel page only, for the call sites only.
      const exposed = manifest.web_accessible_resources as { resources: string[]; matches: string[] }[];
      expect(exposed).toHaveLength(1);
      expect(exposed[0]!.resources.map((path) => path.replace(/^\//, ''))).toEqual(['panel.html']);
      expect([...exposed[0]!.matches].sort()).toEqual([...EXPECTED_HOSTS].sort());
      expect(manifest.browser_specific_settings).toMatchObject({
        gecko: { id: 'panelist@panelist.dev', data_collection_permissions: { required: ['none'] } },
      });
    } finally {
      await page.close();
    }
  });

  it('frames the panel on a Meet call with its script and styles loaded', async () => {
    expect(FIXTURE_HOSTS).toContain('meet.google.com');
    const page = await firefox.browser.newPage();
    try {
      await page.goto('https://meet.google.com/abc-defg-hij');
      await page.locator('::-p-aria(Join now[role="button"])').click();
      const iframe = await page.waitForSelector('iframe[title="Panelist interview panel"]');
      const frame = await iframe!.contentFrame();
      // Puppeteer names an extension frame about:blank; location.href inside it is the truth.
      await frame.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { polling: 100 });
      const state = await pageState(frame);
      expect(state.href.startsWith(`${firefox.extensionBaseUrl}panel.html`), state.href).toBe(true);
      expect(state.reactMounted).toBe(true);
      expect(state.styleRules).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
