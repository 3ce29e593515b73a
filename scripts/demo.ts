/**
 * `npm run demo`: build the extension and open it in Chromium on practice mode.
 *
 * With a screen, a browser window opens on practice mode and the script waits until it is
 * closed. Without one (CI, a server, or `npm run demo -- --headless`) it plays a short scripted
 * round in the real panel and writes screenshots to .output/demo/ (a checkout stays clean);
 * `npm run demo -- --update-docs` writes them to docs/screenshots/, the README's pictures.
 *
 * It never downloads a browser: it uses Chromium (/usr/bin/chromium on Debian) or the system
 * Chrome, or CHROMIUM_PATH when set.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { playScriptedRound } from './demo-round';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, process.env.PANELIST_OUT_DIR ?? '.output');
const EXTENSION = join(OUT_DIR, 'chrome-mv3');
const DEMO_DIR = join(OUT_DIR, 'demo');
const SCREENSHOTS = process.argv.includes('--update-docs') ? join(ROOT, 'docs', 'screenshots') : join(DEMO_DIR, 'screenshots');

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_BROWSERS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian's Chromium first, then whatever Chromium or Chrome is on PATH. */
function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of BROWSER_NAMES) if (executable(join(dir, name))) return join(dir, name);
  return MAC_BROWSERS.find(executable) ?? null;
}

/** A window can be shown: not CI, and an X/Wayland display (Linux) or a desktop OS. */
function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform = process.platform, argv = process.argv): boolean {
  if (argv.includes('--headless') || env.CI) return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return !!(env.DISPLAY || env.WAYLAND_DISPLAY);
}

async function launch(browserPath: string, headless: boolean, profile: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const args = [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is turned off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
  ];
  if (headless) args.push('--headless=new', '--disable-gpu');
  // Chromium refuses to start its sandbox as root (containers, CI runners).
  if (headless || process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--headless', '--enable-automation'],
    viewport: headless ? { width: 1280, height: 800 } : null,
    acceptDownloads: true,
  });
  let [worker] = context.serviceWorkers();
  try {
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  } catch {
    await context.close();
    throw new Error(
      `${browserPath} did not load the extension from ${relative(ROOT, EXTENSION)}. Some Chrome builds refuse extensions given on the ` +
        'command line: install Chromium, or load the folder yourself at chrome://extensions ("Load unpacked").',
    );
  }
  return { context, extensionId: new URL(worker.url()).host };
}

async function main(): Promise<void> {
  if (!process.env.PANELIST_SKIP_BUILD) {
    console.log('Building the extension (npx wxt build)…');
    execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  }
  const browserPath = findBrowser();
  if (!browserPath) {
    console.error('No Chromium or Chrome found. Install Chromium (Debian/Ubuntu: apt install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  const visible = hasDisplay();
  const profile = mkdtempSync(join(tmpdir(), 'panelist-demo-'));
  const cleanUp = () => rmSync(profile, { recursive: true, force: true });
  try {
    const { context, extensionId } = await launch(browserPath, !visible, profile);
    const practice = `chrome-extension://${extensionId}/practice.html`;
    if (visible) {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(practice);
      console.log(`Panelist is running in ${browserPath}, on practice mode (${practice}).`);
      console.log('Rehearse a round in the panel on the right. Close the browser window to finish.');
      await new Promise<void>((done) => context.on('close', () => done()));
      return;
    }
    console.log(`No display: playing a scripted practice round headless in ${browserPath}…`);
    const result = await playScriptedRound(context, extensionId, SCREENSHOTS, DEMO_DIR);
    await context.close();
    console.log('Screenshots written:');
    for (const shot of result.screenshots) console.log(`  ${relative(process.cwd(), shot)}`);
    console.log(`Exported scorecard: ${relative(process.cwd(), result.csvPath)}`);
  } finally {
    cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`npm run demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
