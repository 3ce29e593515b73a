import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { startInterview } from './browsers/panel-start';
import { openToolbarPopup } from './demo-popup';

/**
 * The scripted round `npm run demo` plays when there is no screen to show it on: a Technical
 * Phone Screen in practice mode, driven through the real panel by role and label as a person
 * would, with screenshots of the moments the README shows.
 */

export const PANEL_FRAME = 'iframe[title="Panelist interview panel"]';
const CANDIDATE = 'Alex Morgan';
const INTERVIEWER = 'Sam Rivera';
const ROUND = 'Technical Phone Screen';
/** Interview time the script lets pass in all (the letTimePass calls below). */
const SCRIPTED_MINUTES = 4 + 5 + 2 + 6;

export interface RoundResult {
  screenshots: string[];
  csvPath: string;
}

/** The question card named `title` (an article labelled by its heading, "1. ORM Optimization"). */
const question = (frame: FrameLocator, title: string) => frame.getByRole('article', { name: new RegExp(`\\b${title}$`) });

/** Rate, tick and note one question the way an interviewer does during the answer. */
async function workQuestion(frame: FrameLocator, title: string, score: number, ticks: number, note: string): Promise<void> {
  const card = question(frame, title);
  await card.scrollIntoViewIfNeeded();
  // The radios are visually hidden behind their labelled tiles; checking them is what a click on a tile does.
  await card
    .getByRole('radiogroup', { name: title })
    .getByRole('radio', { name: new RegExp(`^${score} `) })
    .check({ force: true });
  const points = card.getByRole('group', { name: 'Listen for' }).getByRole('checkbox');
  for (let i = 0; i < ticks; i++) await points.nth(i).check();
  const notes = card.getByLabel(`Evidence notes for ${title}`);
  await notes.fill(note);
  // Typing leaves the box scrolled to its end; a reader starts at the beginning.
  await notes.evaluate((box) => box.scrollTo(0, 0));
}

async function waitUntilSaved(frame: FrameLocator): Promise<void> {
  await frame
    .getByRole('status', { name: 'Save state' })
    .filter({ hasText: /^\W*Saved$/ })
    .waitFor();
}

/** Let `minutes` of interview time pass on the page's clock, so the timers show a round in progress. */
async function letTimePass(page: Page, minutes: number): Promise<void> {
  await page.clock.fastForward(minutes * 60_000);
}

/** Screenshots go to `outDir`; the exported CSV to `downloadDir`. */
export async function playScriptedRound(
  context: BrowserContext,
  extensionId: string,
  outDir: string,
  downloadDir: string,
): Promise<RoundResult> {
  mkdirSync(outDir, { recursive: true });
  mkdirSync(downloadDir, { recursive: true });
  const shots: string[] = [];
  const shoot = async (target: Page | ReturnType<Page['locator']>, name: string, fullPage = false) => {
    const path = join(outDir, name);
    await ('goto' in target ? target.screenshot({ path, fullPage }) : target.screenshot({ path }));
    shots.push(path);
  };
  const base = `chrome-extension://${extensionId}`;

  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // A controllable clock in the page and its frames, so the round can be minutes in without waiting
  // minutes. It starts as far in the past as the script moves it forward, so the round ends about
  // now and views on the real clock (the popup, the desk) agree with the panel.
  await page.clock.install({ time: Date.now() - SCRIPTED_MINUTES * 60_000 });
  await page.goto(`${base}/practice.html`);
  const frame = page.frameLocator(PANEL_FRAME);

  // Start: the candidate, the built-in kit's phone screen, the interviewer.
  await startInterview(frame, { candidate: CANDIDATE, round: ROUND, interviewer: INTERVIEWER });
  await frame.getByRole('region', { name: 'Timer' }).waitFor();

  await letTimePass(page, 4);
  await workQuestion(
    frame,
    'ORM Optimization',
    4,
    2,
    'Spotted the N+1 at once; select_related for the foreign key, prefetch_related for the reverse side, and checked it with the query count.',
  );
  await letTimePass(page, 5);
  await workQuestion(frame, 'Celery Architecture', 3, 1, 'Separate queues by latency class; vague on prefetch limits and acks_late.');
  await letTimePass(page, 2);
  await waitUntilSaved(frame);
  // Back to the top of the panel: its header (save state), the clocks and the first question.
  await frame.locator('html').evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'practice-round.png');

  // Next section; then the toolbar popup over this tab shows where the round is, and the draft waiting.
  await frame.getByRole('button', { name: 'Next section' }).click();
  await letTimePass(page, 6);
  await waitUntilSaved(frame);
  const popup = await openToolbarPopup(page);
  await popup.waitForText(new RegExp(`Interviewing ${CANDIDATE}[\\s\\S]*Part B[\\s\\S]*Unsubmitted scorecards\\s*1`));
  const popupShot = join(outDir, 'popup.png');
  await popup.screenshot(popupShot);
  shots.push(popupShot);

  // Finish the round.
  await frame.getByRole('button', { name: 'Finish interview' }).click();
  await frame.getByRole('button', { name: 'Yes, finish interview' }).click();

  // Decide, submit, export.
  const decision = frame.getByRole('radiogroup', { name: 'Decision' });
  const yes = (checked?: boolean) => decision.getByRole('radio', { name: /^Yes\b/, ...(checked ? { checked } : {}) });
  await yes().click();
  // A decision against what the scores suggest asks to be confirmed first.
  const anyway = frame.getByRole('button', { name: 'Choose Yes anyway' });
  await anyway.or(yes(true)).first().waitFor();
  if (await anyway.isVisible()) await anyway.click();
  await yes(true).waitFor();
  await frame.getByLabel(/Reason for the decision/).fill('Strong Django fundamentals; Celery routing needs a follow-up in the deep dive.');
  await waitUntilSaved(frame);
  await frame.getByRole('button', { name: 'Submit scorecard' }).click();
  await frame.getByText('Scorecard submitted and locked.').waitFor();
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Export CSV' }).click();
  const csvPath = join(downloadDir, (await download).suggestedFilename());
  await (await download).saveAs(csvPath);
  if (!readFileSync(csvPath, 'utf8').includes(CANDIDATE)) throw new Error(`The exported CSV (${csvPath}) does not name ${CANDIDATE}`);

  // The summary on its own, full length, as the side panel shows it.
  const interviewId = await page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { rows: { interview: { id: string } }[] } }> } };
      }
    ).chrome;
    const reply = await chrome.runtime.sendMessage({ panelist: 1, name: 'interviews.list', payload: { status: 'submitted', limit: 1 } });
    return reply.ok ? reply.data.rows[0]?.interview.id : undefined;
  });
  if (!interviewId) throw new Error('The submitted scorecard is not in the store');
  const summary = await context.newPage();
  await summary.setViewportSize({ width: 400, height: 900 });
  await summary.goto(`${base}/panel.html?interview=${encodeURIComponent(interviewId)}`);
  await summary.getByRole('heading', { name: `Scorecard: ${CANDIDATE}` }).waitFor();
  await summary.getByText(/This scorecard is locked/).waitFor();
  await shoot(summary, 'panel-summary.png', true);

  // The desk, where scorecards are looked at after the call.
  const desk = await context.newPage();
  await desk.setViewportSize({ width: 1280, height: 800 });
  await desk.goto(`${base}/options.html#/history?open=${encodeURIComponent(interviewId)}`);
  await desk.getByRole('heading', { level: 1 }).first().waitFor();
  await desk.waitForLoadState('networkidle');
  await shoot(desk, 'desk.png', true);

  return { screenshots: shots, csvPath };
}
