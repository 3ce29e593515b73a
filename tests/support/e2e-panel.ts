import { afterAll, beforeAll, expect } from 'vitest';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { literal, type PanelRoot } from '../../scripts/browsers/panel-start';

export { startInterview, type PanelRoot, type StartDetails } from '../../scripts/browsers/panel-start';

/**
 * Reaching the in-call panel (panel.html in the call page's iframe) and driving it the way a
 * user does: by role and accessible name, never by class or test id.
 *
 *   const panel = panelIn(page);                       // a FrameLocator: re-resolves after reloads
 *   await startInterview(panel, { candidate: 'Ada', round: 'Technical Phone Screen', interviewer: 'Sam' });
 *   await rate(panel, 'ORM Optimization', 4);
 *   const frame = await panelFrame(page);              // the Frame, to evaluate in it (axe)
 */

export const PANEL_IFRAME = 'iframe[title="Panelist interview panel"]';

/** Locators inside the panel iframe of a call page. */
export function panelIn(page: Page): FrameLocator {
  return page.frameLocator(PANEL_IFRAME);
}

const isPanel = (frame: Frame) => /\/panel\.html(\?|$)/.test(frame.url());

/** The panel's Frame once its document has loaded (for evaluate / addScriptTag). */
export async function panelFrame(page: Page): Promise<Frame> {
  await page.locator(PANEL_IFRAME).waitFor();
  await expect.poll(() => page.frames().some(isPanel)).toBe(true);
  const frame = page.frames().find(isPanel)!;
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/**
 * The fixture call sites served over HTTPS under their real hostnames, and a Chromium with the built
 * extension that reaches them, for a whole test file: started before its first test (then `ready`,
 * for what the file needs in place first), both closed after its last.
 */
export function callSitesBrowser(ready?: (chromium: Launched) => Promise<void>): {
  readonly chromium: Launched;
  readonly server: FixtureServer;
} {
  const held = {} as { chromium: Launched; server: FixtureServer };
  beforeAll(async () => {
    held.server = await startFixtureServer();
    held.chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: held.server.port });
    await ready?.(held.chromium);
  });
  afterAll(async () => {
    await held.chromium?.close();
    await held.server?.close();
  });
  return held;
}

/** A fixture call page by its file: `page.locator(fixturePage('call.html'))`. */
export const fixturePage = (file: string) => `html[data-fixture-page="${file}"]`;

/** The fixture Meet call most e2e files join. */
export const MEET_CALL = 'https://meet.google.com/abc-defg-hij';

/** Join a fixture Meet call (going to it first unless the page is on it already); resolves once the call page shows. */
export async function joinMeet(page: Page, meeting = MEET_CALL): Promise<void> {
  if (!page.url().startsWith(meeting)) await page.goto(meeting);
  await page.getByRole('button', { name: 'Join now' }).click();
  await page.locator(fixturePage('call.html')).waitFor({ state: 'attached' });
}

/** The card of one question, found by its title (the card is an article named by its heading). */
export function questionCard(panel: PanelRoot, title: string): Locator {
  return panel.getByRole('article', { name: new RegExp(`^\\d+\\. ${literal(title)}$`) });
}

/** The radio group a question is rated with: named after the question. */
export function ratingGroup(panel: PanelRoot, title: string): Locator {
  return panel.getByRole('radiogroup', { name: title, exact: true });
}

/** The score's radio in a rating group ("4 Strong — Meets all requirements, clear hire"). */
export function scoreRadio(group: Locator, score: number): Locator {
  return group.getByRole('radio', { name: new RegExp(`^${score}\\b`) });
}

/** Rate a question by clicking its score, as a mouse user would. */
export async function rate(panel: PanelRoot, title: string, score: number): Promise<void> {
  // The radio itself is visually hidden inside its label; the label is what a user clicks.
  await scoreRadio(ratingGroup(panel, title), score).check({ force: true });
  await expect.poll(() => scoreRadio(ratingGroup(panel, title), score).isChecked()).toBe(true);
}

/** The score a question's rating group shows as checked, or null. */
export async function checkedScore(panel: PanelRoot, title: string): Promise<number | null> {
  const group = ratingGroup(panel, title);
  for (const score of [1, 2, 3, 4, 5]) if (await scoreRadio(group, score).isChecked()) return score;
  return null;
}

/** Tick one of a question's expected points (a checkbox named by the point's text). */
export async function tickPoint(panel: PanelRoot, title: string, point: string): Promise<void> {
  const box = questionCard(panel, title).getByRole('checkbox', { name: point, exact: true });
  await box.check();
  await expect.poll(() => box.isChecked()).toBe(true);
}

/** A question's evidence notes field ("Evidence notes for <title>"). */
export function notesField(panel: PanelRoot, title: string): Locator {
  return panel.getByRole('textbox', { name: `Evidence notes for ${title}`, exact: true });
}

/** Raise a flag for the whole round ("Raise red flag" → "Red flag" text → "Add red flag"). */
export async function raiseRoundFlag(panel: PanelRoot, kind: 'green' | 'red', text: string): Promise<void> {
  await panel.getByRole('button', { name: `Raise ${kind} flag`, exact: true }).click();
  const word = kind === 'red' ? 'Red' : 'Green';
  await panel.getByRole('textbox', { name: `${word} flag`, exact: true }).fill(text);
  await panel.getByRole('button', { name: `Add ${kind} flag`, exact: true }).click();
}

/** A raised flag as listed: "Red flag at 12:40 — <text>" (the round clock when it was raised). */
export function raisedFlag(panel: PanelRoot, kind: 'green' | 'red', text: string): Locator {
  const word = kind === 'red' ? 'Red' : 'Green';
  return panel.getByText(new RegExp(`^${word} flag at \\d+:\\d\\d — ${literal(text)}$`));
}

/** The heading of the section the timer is on ("Part B: Architecture Philosophy"). */
export function timerSection(panel: PanelRoot): Locator {
  return panel.getByRole('region', { name: 'Timer' }).getByRole('heading', { level: 2 });
}

/** The header's save state ("Saved", "Saving…", "Not saved — …"). */
export function saveState(panel: PanelRoot): Locator {
  return panel.getByRole('status', { name: 'Save state' });
}

/** Resolves once every edit has reached the store and the header says so. */
export async function waitUntilSaved(panel: PanelRoot): Promise<void> {
  await expect.poll(() => saveState(panel).textContent()).toMatch(/Saved$/);
}

/** Roles the panel's controls have, and the elements that carry them implicitly or explicitly. */
export const PANEL_ROLES: Record<string, string> = {
  button: 'button, [role="button"], summary',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  textbox: 'textarea, input:not([type]):not([list]), input[type="text"]:not([list]), [role="textbox"]',
  // A text input with a datalist (existing candidates) is a combobox, like a select.
  combobox: 'select:not([multiple]), input[list], [role="combobox"]',
  radiogroup: '[role="radiogroup"]',
  article: 'article, [role="article"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  status: '[role="status"], output',
  alert: '[role="alert"]',
};

/**
 * The one element with this role and accessible name in `scope` (default: the document), or null;
 * throws when several match. `selectors` is PANEL_ROLES. Runs inside the page (pass it to
 * waitForFunction with its arguments), so it is self-contained.
 *
 * For Puppeteer over WebDriver BiDi (Firefox), whose ARIA selector takes about 1.5 s a query on
 * the running panel. Like Playwright's getByRole it computes names in the page, covering what the
 * panel uses: aria-labelledby, aria-label, <label>, then content; aria-hidden parts and nested
 * form controls do not count. Chromium's run checks the names with Playwright's full algorithm.
 */
export function findByRoleInPage(
  selectors: Record<string, string>,
  role: string,
  name: string,
  scope: Element | null = null,
): Element | null {
  const selector = selectors[role];
  if (!selector) throw new Error(`findByRoleInPage: unknown role ${role}`);
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  const textOf = (element: Element) => {
    const copy = element.cloneNode(true) as Element;
    for (const part of copy.querySelectorAll('[aria-hidden="true"], input, select, textarea')) part.remove();
    return copy.textContent ?? '';
  };
  const nameOf = (element: Element): string => {
    const ids = element.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => {
          const part = document.getElementById(id);
          return part ? textOf(part) : '';
        })
        .join(' ');
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return [...labels].map(textOf).join(' ');
    if (element.matches('button, summary, [role="button"], h1, h2, h3, h4, h5, h6, [role="heading"]')) return textOf(element);
    return element.getAttribute('title') ?? '';
  };
  const found = [...(scope ?? document).querySelectorAll(selector)].filter(
    (element) => !element.closest('[hidden], [aria-hidden="true"]') && normal(nameOf(element)) === name,
  );
  if (found.length > 1) throw new Error(`${found.length} elements with role ${role} and name "${name}"`);
  return found[0] ?? null;
}
