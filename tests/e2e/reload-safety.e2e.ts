import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  callSitesBrowser,
  checkedScore,
  fixturePage,
  joinMeet,
  notesField,
  panelIn,
  raisedFlag,
  rate,
  startInterview,
  waitUntilSaved,
} from '../support/e2e-panel';

/**
 * An interviewer's last edits survive the panel going away at once: a note still being typed
 * (saved 300 ms after the last keystroke) and a flag raised right after it, then the call page
 * is reloaded or its tab closed before either could be acknowledged. Resuming shows them.
 * Before the fix the flag waited behind the note and the unloading page sent only the note.
 */

const KIT = 'Interview Guide: Middleware Architect';
const ROUND = 'Technical Phone Screen';
const ORM = 'ORM Optimization';
const CELERY = 'Celery Architecture';

async function joinTeams(page: Page): Promise<void> {
  if (!page.url().startsWith('https://teams.microsoft.com/v2/')) await page.goto('https://teams.microsoft.com/v2/');
  await page.getByRole('button', { name: 'Join Phone screen: Linus Torvalds' }).click();
  await page.locator(fixturePage('prejoin.html')).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Join now' }).click();
  await page.locator(fixturePage('call.html')).waitFor({ state: 'attached' });
}

/**
 * Opens the flag form and writes the flag first, then types the note, so that adding the flag
 * follows the last keystroke closely: the note is still inside its debounce when the flag is queued.
 */
async function noteThenFlag(page: Page, note: string, flag: string): Promise<void> {
  const panel = panelIn(page);
  await panel.getByRole('button', { name: 'Raise red flag', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Red flag', exact: true }).fill(flag);
  await notesField(panel, ORM).fill(note);
  await panel.getByRole('button', { name: 'Add red flag', exact: true }).click();
}

const sites = callSitesBrowser();

describe('edits made just before the panel goes away', () => {
  it('a note and a flag entered just before a reload are there after resuming', async () => {
    const page = await sites.chromium.context.newPage();
    const panel = panelIn(page);
    const candidate = 'Ada Lovelace';
    const note = 'Reached for select_related before I finished asking.';
    const flag = 'Dismissed tests as a waste of time';
    await joinMeet(page);
    await startInterview(panel, { candidate, kit: KIT, round: ROUND, interviewer: 'Sam Reviewer' });
    await rate(panel, ORM, 4);
    await waitUntilSaved(panel);

    await noteThenFlag(page, note, flag);
    await page.reload();

    await joinMeet(page);
    await panel.getByRole('button', { name: `Resume interview with ${candidate}` }).click();
    await raisedFlag(panel, 'red', flag).waitFor();
    expect(await notesField(panel, ORM).inputValue()).toBe(note);
    expect(await checkedScore(panel, ORM)).toBe(4);
    await page.close();
  });

  it('a score and a flag entered just before the tab is closed are there in a new tab', async () => {
    let page = await sites.chromium.context.newPage();
    const candidate = 'Linus Torvalds';
    const flag = 'Would not say what went wrong in the last outage';
    await joinTeams(page);
    await startInterview(panelIn(page), { candidate, kit: KIT, round: ROUND, interviewer: 'Sam Reviewer' });
    await waitUntilSaved(panelIn(page));

    await rate(panelIn(page), CELERY, 3);
    // A note still inside its debounce used to hold the flag back; the flag must not wait for it.
    const note = 'Explained acks_late and idempotent tasks unprompted.';
    await noteThenFlag(page, note, flag);
    // Closing runs the page's unload handlers, as closing the tab does.
    await page.close({ runBeforeUnload: true });

    page = await sites.chromium.context.newPage();
    const panel = panelIn(page);
    await joinTeams(page);
    await panel.getByRole('button', { name: `Resume interview with ${candidate}` }).click();
    await raisedFlag(panel, 'red', flag).waitFor();
    expect(await checkedScore(panel, CELERY)).toBe(3);
    // Chromium drops runtime messages a closing tab's frame sends from pagehide; the panel also
    // flushes on beforeunload, so the note typed in the last 300 ms is kept too.
    expect(await notesField(panel, ORM).inputValue()).toBe(note);
    await page.close();
  });
});
