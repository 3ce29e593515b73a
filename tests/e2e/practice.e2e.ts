import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { openToolbarPopup } from '../../scripts/demo-popup';
import type { InterviewBundle, Reply } from '../../utils/protocol';
import { startInterview } from '../support/e2e-panel';

/**
 * Practice mode in the built extension: a pretend call with the real panel beside it, hosted by
 * the practice page through the same frame protocol a call page uses, and the popup listing the
 * scorecard it leaves behind.
 */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(info: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const PANEL = 'iframe[title="Panelist interview panel"]';
let browser: Launched;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  base = `chrome-extension://${browser.extensionId}`;
});
afterAll(async () => {
  await browser?.close();
});

async function openPractice(): Promise<{ page: Page; panel: FrameLocator }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${base}/practice.html`);
  return { page, panel: page.frameLocator(PANEL) };
}

async function store<T>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), { panelist: 1, name, payload })) as Reply<T>;
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
  return reply.data;
}

/** What the toolbar button and the popup do: message the tab, as they would a call page's content script. */
async function messageTab(from: Page, message: unknown): Promise<unknown> {
  return from.evaluate(async (m) => {
    const [tab] = await chrome.tabs.query({ url: `${location.origin}/practice.html` });
    return chrome.tabs.sendMessage(tab!.id!, m);
  }, message);
}

it('shows the call mock and the real panel, told it is in the practice call', async () => {
  const { page, panel } = await openPractice();
  await expect(page.getByRole('list', { name: 'Participants' }).getByRole('listitem').count()).resolves.toBe(4);
  const controls = page.getByRole('toolbar', { name: 'Call controls' });
  for (const name of ['Mute', 'Camera off', 'Show panel', 'Leave call'])
    expect(await controls.getByRole('button', { name }).isVisible()).toBe(true);
  // The panel shows the meeting it was told about in the 'call' message.
  await panel.getByText('Meeting practice').waitFor();
  expect(await panel.getByRole('button', { name: 'Start interview' }).isVisible()).toBe(true);

  // "Leave call" is harmless: it explains, and the call and the panel stay.
  await controls.getByRole('button', { name: 'Leave call' }).click();
  await page.getByRole('status').filter({ hasText: 'there is no call to leave' }).waitFor();
  expect(await page.locator(PANEL).isVisible()).toBe(true);
  await page.close();
});

it('runs a round in the panel: start, rate a question, and the store has it as a practice interview', async () => {
  const { page, panel } = await openPractice();
  // The shared start: it fills the form once the panel has its kits, checks the form still holds
  // what was filled before it clicks, and names what the panel shows if the round does not start.
  await startInterview(panel, { candidate: 'Alex Morgan', round: 'Technical Phone Screen', interviewer: 'Sam Rivera' });

  await panel.getByRole('region', { name: 'Timer' }).waitFor();
  const rating = panel.getByRole('radiogroup', { name: 'ORM Optimization' });
  await rating.getByRole('radio', { name: /^4 / }).check({ force: true });
  expect(await rating.getByRole('radio', { name: /^4 / }).isChecked()).toBe(true);
  await panel
    .getByRole('status', { name: 'Save state' })
    .filter({ hasText: /Saved$/ })
    .waitFor();

  const bundle = await store<InterviewBundle | null>(page, 'interviews.openForMeeting', { meetingCode: 'practice' });
  expect(bundle?.interview).toMatchObject({ platform: 'practice', roundId: 'phone-screen', interviewer: 'Sam Rivera', status: 'draft' });
  expect(bundle?.candidate.name).toBe('Alex Morgan');
  expect(bundle?.answers).toContainEqual(expect.objectContaining({ questionId: 'phone-screen.part-a.q1', score: 4 }));
  await page.close();
});

it("applies the panel's layout: collapse to a pill, dock left, and remembers it after a reload", async () => {
  const { page, panel } = await openPractice();
  const frame = page.locator(PANEL);
  const expanded = (await frame.boundingBox())!;
  expect(expanded.x + expanded.width).toBe(1280);
  expect(expanded.height).toBe(800);

  await panel.getByRole('button', { name: 'Collapse panel' }).click();
  await page.waitForFunction((sel) => document.querySelector(sel)!.getBoundingClientRect().height < 100, PANEL);
  const pill = (await frame.boundingBox())!;
  expect(pill.height).toBe(48);
  expect(pill.x + pill.width).toBe(1280);
  await panel.getByRole('button', { name: 'Expand panel' }).click();

  await panel.getByLabel('Panel options').click();
  await panel.getByRole('button', { name: 'Dock left' }).click();
  await page.waitForFunction((sel) => document.querySelector(sel)!.getBoundingClientRect().left === 0, PANEL);
  // The call moved over: the participants now start right of the panel.
  const grid = (await page.getByRole('list', { name: 'Participants' }).boundingBox())!;
  expect(grid.x).toBeGreaterThanOrEqual((await frame.boundingBox())!.width);

  await page.reload();
  await page.frameLocator(PANEL).getByRole('button', { name: 'Collapse panel' }).waitFor();
  await page.waitForFunction((sel) => document.querySelector(sel)!.getBoundingClientRect().left === 0, PANEL);
  await page.frameLocator(PANEL).getByLabel('Panel options').click();
  await page.frameLocator(PANEL).getByRole('button', { name: 'Dock right' }).click();
  await page.close();
});

it('answers the toolbar toggle like a call page, and the bar brings the panel back with the round to resume', async () => {
  const { page } = await openPractice();
  await page.frameLocator(PANEL).getByRole('button', { name: 'Collapse panel' }).waitFor();
  const other = await browser.context.newPage();
  await other.goto(`${base}/popup.html`);

  expect(await messageTab(other, { panelist: 1, type: 'panel-status' })).toMatchObject({ platform: 'practice', inCall: true, shown: true });
  expect(await messageTab(other, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: false });
  await page.locator(PANEL).waitFor({ state: 'detached' });
  await other.close();

  const showPanel = page.getByRole('toolbar', { name: 'Call controls' }).getByRole('button', { name: 'Show panel' });
  expect(await showPanel.getAttribute('aria-pressed')).toBe('false');
  await showPanel.click();
  await page
    .frameLocator(PANEL)
    .getByRole('button', { name: /Resume interview/ })
    .waitFor();
  await page.close();
});

it('the popup lists the unsubmitted practice scorecard, with a count of 1, linking to it in the desk', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`${base}/popup.html`);
  await popup.getByRole('heading', { name: 'Unsubmitted scorecards: 1' }).waitFor();
  const link = popup.getByRole('link', { name: /Alex Morgan/ });
  expect(await link.count()).toBe(1);
  const { rows } = await store<{ rows: { interview: { id: string } }[] }>(popup, 'interviews.list', { status: 'draft' });
  expect(await link.getAttribute('href')).toBe(`${base}/options.html#/history?open=${rows[0]!.interview.id}`);
  expect(await popup.getByRole('link', { name: 'Try a practice interview' }).getAttribute('href')).toBe(`${base}/practice.html`);
  expect(await popup.getByRole('link', { name: 'Open the desk' }).getAttribute('href')).toBe(`${base}/options.html`);
  await popup.close();
});

it('the toolbar popup over the practice tab shows the round running there and hides the panel', async () => {
  const { page } = await openPractice();
  // The panel offers the practice draft back; resume it so the round is open beside the call.
  await page
    .frameLocator(PANEL)
    .getByRole('button', { name: /Resume interview/ })
    .click();
  await page.frameLocator(PANEL).getByRole('region', { name: 'Timer' }).waitFor();
  const popup = await openToolbarPopup(page);
  const text = await popup.waitForText(/Interviewing Alex Morgan/);
  expect(text).toMatch(/Part A: Django Deep Dive\s*\(1 of 3\)/);
  expect(text).toMatch(/\d+:\d\d left in this section/);
  expect(text).not.toMatch(/Start interview/);
  await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Hide panel').click()`);
  await page.locator(PANEL).waitFor({ state: 'detached' });
  await popup.waitForText(/Show panel/);
  await page.close();
});
