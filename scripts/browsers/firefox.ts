import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Debian's Firefox ESR with the built extension installed, driven by puppeteer-core over WebDriver
 * BiDi (there is no geckodriver here).
 *
 *   const firefox = await launchFirefox({ port: server.port });   // call sites → fixture server
 *   const page = await firefox.browser.newPage();
 *   await page.goto('https://meet.google.com/abc-defg-hij');
 *   const panel = await firefox.openExtensionPage('panel.html');  // top-level extension page
 *   await firefox.close();
 *
 * The Firefox build is MV3, like Chrome's (manifestVersion in wxt.config.ts; docs/permissions.md).
 */

export const FIREFOX_BUILD = resolve(process.env.PANELIST_OUT_DIR ?? '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'panelist@panelist.dev';

/**
 * What page.evaluate sees of the WebExtension API inside an extension page (there are no
 * WebExtension types for test code, and `browser` there would name Puppeteer's Browser).
 * Use as `(globalThis as unknown as ExtensionPageGlobal).browser.runtime...`.
 */
export interface ExtensionPageGlobal {
  browser: {
    runtime: {
      getURL(path: string): string;
      getManifest(): Record<string, unknown>;
      sendMessage(message: unknown): Promise<unknown>;
    };
  };
}

export interface FirefoxOptions {
  /** Port of the local HTTPS fixture server: every hostname then resolves to 127.0.0.1:port. */
  port?: number;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>/`, with the trailing slash. */
  extensionBaseUrl: string;
  /** Open an extension page (e.g. `panel.html`) in a new tab, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Start Firefox ESR headless and install the built extension as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  // Firefox gives each install a random UUID for its moz-extension:// host, but takes the one
  // recorded in this pref when there is one. Choosing it up front gives the base URL without
  // reading a profile file that Firefox writes only when it pleases.
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
  };
  if (options.port) {
    // Firefox's counterpart of Chromium's --host-resolver-rules: every name resolves to the
    // fixture server, so the call sites are reached under their real hostnames over HTTPS.
    prefs['network.dns.forceResolve'] = '127.0.0.1';
    prefs['network.socket.forcePort'] = `443=${options.port}`;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// without this, and the MV3
    // manifest exposes panel.html only to the call sites, so a page cannot link to it either.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  const extensionBaseUrl = `moz-extension://${uuid}/`;

  async function openExtensionPage(path: string): Promise<Page> {
    const url = new URL(path, extensionBaseUrl).href;
    const page = await browser.newPage();
    // Firefox reports no load event over BiDi for extension documents, so wait for the
    // navigation to start and then for the document itself.
    await page.goto(url, { waitUntil: [] });
    await page.waitForFunction(
      (expected) => location.href === expected && document.readyState === 'complete',
      { polling: 100, timeout: 20_000 },
      url,
    );
    return page;
  }

  try {
    const installedId = await browser.installExtension(FIREFOX_BUILD);
    if (installedId !== GECKO_ID) throw new Error(`installed add-on id is ${installedId}, expected ${GECKO_ID}`);
    // Prove the base URL is the extension's own before any test relies on it.
    const page = await openExtensionPage('panel.html');
    const reported = await page.evaluate(() => (globalThis as unknown as ExtensionPageGlobal).browser.runtime.getURL('/'));
    await page.close();
    if (reported !== extensionBaseUrl) throw new Error(`extension reports base URL ${reported}, expected ${extensionBaseUrl}`);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox did not load the extension from ${FIREFOX_BUILD}: ${(error as Error).message}`, { cause: error });
  }

  return {
    browser,
    extensionBaseUrl,
    openExtensionPage,
    async close() {
      await browser.close();
    },
  };
}
