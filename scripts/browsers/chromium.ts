import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_BUILD = resolve(process.env.PANELIST_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Hostnames to send to the local HTTPS fixture server on 127.0.0.1:port. */
  hosts?: string[];
  port?: number;
  /** Reuse a profile folder (to test what survives closing the browser). */
  userDataDir?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Close the browser; the profile is removed unless it was passed in. */
  close(): Promise<void>;
}

/**
 * The flags every Panelist Chromium runs with here (tests and benchmarks): headless, no sandbox
 * (we run as root), none of Chromium's own network chatter (this machine has no network), an
 * optional unpacked extension, and call-site hostnames sent to the local HTTPS fixture server.
 */
export function chromiumArgs(options: { extensionDir?: string; hosts?: string[]; port?: number }): string[] {
  const args = [
    '--headless=new',
    ...(options.extensionDir ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (options.hosts?.length && options.port) {
    args.push(
      `--host-resolver-rules=${options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(',')}`,
      '--ignore-certificate-errors',
    );
  }
  return args;
}

/** Every Chromium this process has open (tests print what their pages show when a test fails). */
export const openChromiums = new Set<Launched>();

/** Start Debian's Chromium with the built extension loaded, headless. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Launched> {
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'panelist-profile-'));
  const args = chromiumArgs({ extensionDir: CHROME_BUILD, hosts: options.hosts, port: options.port });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    acceptDownloads: true,
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  const launched: Launched = {
    context,
    extensionId,
    userDataDir,
    async close() {
      openChromiums.delete(launched);
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  openChromiums.add(launched);
  return launched;
}
