import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchFirefox, type ExtensionPageGlobal, type LaunchedFirefox } from '../../scripts/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { formatViolations, seriousViolations } from '../support/axe';
import { findByRoleInPage, PANEL_ROLES } from '../support/e2e-panel';
import type { InterviewBundle, Reply } from '../../utils/protocol';
import { BUILTIN_KIT_ID, findBuiltinKit } from '../../utils/domain/kit/builtin';

/**
 * The core of interview.e2e.ts in Firefox ESR with the Firefox build, on the Meet fixture: the
 * panel appears in the call, the Technical Phone Screen round runs start to finish, the draft is
 * offered back after a reload, a 5 without evidence blocks submit, and the submitted scorecard is
 * locked and stored. Puppeteer drives Firefox over WebDriver BiDi; its ARIA selector finds controls
 * by role and accessible name inside the extension's frame. Puppeteer reports that frame's URL as
 * about:blank, so the frame is recognised by location.href inside it.
 */

const CANDIDATE = 'Margaret Hamilton';
const INTERVIEWER = 'Sam Reviewer';
const NOTE = 'Named the N+1 at once and reached for select_related.';
const EVIDENCE = 'Drew bounded contexts from data ownership unprompted.';
const REASON = 'Solid Django depth and clear architecture thinking.';
const RED_FLAG = 'Blamed the previous team for every outage';

let server: FixtureServer;
let firefox: LaunchedFirefox;
let page: Page;
let panel: Frame;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox({ port: server.port });
  page = await firefox.browser.newPage();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Puppeteer's ARIA selector (Firefox's own accessibility tree): used where the tree is small. */
const aria = (role: string, name: string) => `::-p-aria(${name}[role="${role}"])`;

/** The control with this role and accessible name in the panel (or inside `scope`), once it is there. */
async function control(role: string, name: string, scope: ElementHandle<Element> | null = null): Promise<ElementHandle<Element>> {
  const handle = await panel.waitForFunction(findByRoleInPage, { polling: 100, timeout: 10_000 }, PANEL_ROLES, role, name, scope);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${role} named "${name}" in the panel`);
  return element as ElementHandle<Element>;
}

/**
 * Click a control, found again if the panel re-rendered it between finding and clicking (the
 * element is then detached, and puppeteer refuses before any click is sent).
 */
async function click(role: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await control(role, name)).click();
      return;
    } catch (error) {
      if (attempt >= 5 || !/detached/i.test(String(error))) throw error;
    }
  }
}

/** Replace a text field's content by typing, as a user does. */
async function type(name: string, text: string, role = 'textbox'): Promise<void> {
  const field = await control(role, name);
  await field.evaluate((e) => (e as HTMLInputElement).select());
  await field.type(text);
}

/** Waits until the panel's visible text contains `text`. */
async function seeText(text: string): Promise<void> {
  await panel.waitForFunction((t) => document.body.innerText.includes(t), { polling: 100, timeout: 10_000 }, text);
}

/** Waits until a checkbox or radio is checked (the panel re-renders after the click). */
async function isChecked(handle: ElementHandle<Element>): Promise<void> {
  await panel.waitForFunction((e) => (e as HTMLInputElement).checked, { polling: 100, timeout: 10_000 }, handle);
}

const SCALE = findBuiltinKit(BUILTIN_KIT_ID)!.ratingScale;

/** A score's radio is named with the rubric: "4 Strong — Meets all requirements, clear hire". */
function scoreName(score: number): string {
  const point = SCALE.find((p) => p.score === score)!;
  return `${score} ${point.label} — ${point.description}`;
}

/** The radio for a score in a question's rating group (the group is named after the question). */
async function scoreRadio(question: string, score: number): Promise<ElementHandle<Element>> {
  return control('radio', scoreName(score), await control('radiogroup', question));
}

/** Rate a question with the mouse: the radio is visually hidden, its label is what a user clicks. */
async function rate(question: string, score: number): Promise<void> {
  const radio = await scoreRadio(question, score);
  await (await radio.evaluateHandle((r) => r.closest('label')!)).click();
  await isChecked(radio);
}

async function joinCallAndFindPanel(): Promise<void> {
  if (!page.url().startsWith('https://meet.google.com/abc-defg-hij')) await page.goto('https://meet.google.com/abc-defg-hij');
  await page.locator(aria('button', 'Join now')).click();
  const iframe = await page.waitForSelector('iframe[title="Panelist interview panel"]');
  panel = (await iframe!.contentFrame())!;
  await panel.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { polling: 100 });
}

async function waitUntilSaved(): Promise<void> {
  const status = await control('status', 'Save state');
  await panel.waitForFunction((e) => /Saved$/.test(e.textContent ?? ''), { polling: 100, timeout: 10_000 }, status);
}

/** Whether the panel has a control with this role and name right now. */
async function has(role: string, name: string): Promise<boolean> {
  const handle = await panel.evaluateHandle(findByRoleInPage, PANEL_ROLES, role, name, null);
  return handle.asElement() !== null;
}

it('shows the panel in the Meet call and starts the Technical Phone Screen round', async () => {
  await joinCallAndFindPanel();
  // Firefox's own accessibility tree names the start button (the ARIA selector is slow on big pages).
  await panel.waitForSelector(aria('button', 'Start interview'));
  // A text input with a list of existing candidates (datalist) is a combobox.
  await type('Candidate name', CANDIDATE, 'combobox');
  const round = (await control('combobox', 'Round')) as ElementHandle<HTMLSelectElement>;
  await panel.waitForFunction(
    (s) => !(s as HTMLSelectElement).disabled && (s as HTMLSelectElement).options.length > 1,
    { polling: 100 },
    round,
  );
  await round.select('phone-screen');
  await type("Interviewer's name", INTERVIEWER);
  await click('button', 'Start interview');
  await control('button', 'Pause timer');
  await control('heading', 'Part A: Django Deep Dive');
  const violations = await seriousViolations(panel);
  expect(violations, formatViolations(violations)).toEqual([]);
});

it('rates with the mouse and the keyboard, ticks a point, writes evidence and raises a red flag', async () => {
  await rate('ORM Optimization', 4);
  const celery = await control('article', '2. Celery Architecture');
  await celery.focus();
  await page.keyboard.press('3');
  await isChecked(await scoreRadio('Celery Architecture', 3));

  const point = await control('checkbox', 'Identifies N+1 queries');
  await point.click();
  await isChecked(point);
  await type('Evidence notes for ORM Optimization', NOTE);
  await click('button', 'Raise red flag');
  await type('Red flag', RED_FLAG);
  await click('button', 'Add red flag');
  await seeText(`— ${RED_FLAG}`);
  await waitUntilSaved();
  // The call page's own script sees none of it.
  const callText = await page.evaluate(() => document.body.innerText);
  for (const secret of [NOTE, RED_FLAG, 'ORM Optimization', 'Pause timer']) expect(callText).not.toContain(secret);
});

it('offers the unfinished interview back after a reload, with everything entered', async () => {
  await page.reload();
  await joinCallAndFindPanel();
  await click('button', `Resume interview with ${CANDIDATE}`);
  await control('button', 'Pause timer');
  await isChecked(await scoreRadio('ORM Optimization', 4));
  await isChecked(await scoreRadio('Celery Architecture', 3));
  await isChecked(await control('checkbox', 'Identifies N+1 queries'));
  const note = await control('textbox', 'Evidence notes for ORM Optimization');
  expect(await note.evaluate((e) => (e as HTMLTextAreaElement).value)).toBe(NOTE);
  await seeText(`— ${RED_FLAG}`);
});

it('pauses, resumes and goes through every section', async () => {
  await click('button', 'Pause timer');
  await seeText('Resume the timer to change section.');
  await click('button', 'Resume timer');
  await click('button', 'Next section');
  await control('heading', 'Part B: Architecture Philosophy');
  await rate('Decomposition Strategy', 5);
  await click('button', 'Next section');
  await control('heading', 'Part C: Scenario Discussion');
  expect(await (await control('button', 'Next section')).evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  await waitUntilSaved();
});

it('finishes; a 5 without evidence blocks submit until a note is written; the scorecard locks', async () => {
  await click('button', 'Finish interview');
  await click('button', 'Yes, finish interview');
  await control('heading', `Scorecard: ${CANDIDATE}`);
  const decision = await control('radiogroup', 'Decision');
  await (await control('radio', 'Yes', decision)).click();
  // The scores suggest Maybe (Django under its minimum): Yes goes against them and is confirmed.
  await click('button', 'Choose Yes anyway');
  await type('Reason for the decision (one line, required)', REASON);
  await click('button', 'Submit scorecard');
  await seeText('Add an evidence note to “Decomposition Strategy” (scored 5).');

  await click('button', 'Back to questions');
  const sections = (await control('combobox', 'Show section')) as ElementHandle<HTMLSelectElement>;
  await sections.select('1');
  await type('Evidence notes for Decomposition Strategy', EVIDENCE);
  await waitUntilSaved();
  await click('button', 'Show summary');
  await click('button', 'Submit scorecard');
  await seeText('This scorecard is locked.');
  expect(await has('button', 'Submit scorecard')).toBe(false);
  const yes = await control('radio', 'Yes');
  expect(await yes.evaluate((e) => [(e as HTMLInputElement).checked, (e as HTMLInputElement).disabled])).toEqual([true, true]);
});

it('the store holds the submitted scorecard', async () => {
  const list = await firefox.openExtensionPage('panel.html');
  try {
    const reply = (await list.evaluate((message) => (globalThis as unknown as ExtensionPageGlobal).browser.runtime.sendMessage(message), {
      panelist: 1,
      name: 'interviews.list',
      payload: { status: 'submitted' },
    })) as Reply<{ rows: { interview: { id: string } }[] }>;
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.rows).toHaveLength(1);
    const id = reply.data.rows[0]!.interview.id;
    const bundle = (await list.evaluate((message) => (globalThis as unknown as ExtensionPageGlobal).browser.runtime.sendMessage(message), {
      panelist: 1,
      name: 'interviews.get',
      payload: { id },
    })) as Reply<InterviewBundle>;
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.data.candidate.name).toBe(CANDIDATE);
    expect(bundle.data.interview).toMatchObject({
      roundId: 'phone-screen',
      status: 'submitted',
      decisionId: 'yes',
      decisionReason: REASON,
    });
    expect(bundle.data.interview.flags).toEqual([expect.objectContaining({ kind: 'red', text: RED_FLAG })]);
    const byQuestion = Object.fromEntries(bundle.data.answers.map((a) => [a.questionId, a]));
    expect(byQuestion['phone-screen.part-a.q1']).toMatchObject({ score: 4, notes: NOTE, pointsTicked: [0] });
    expect(byQuestion['phone-screen.part-a.q2']).toMatchObject({ score: 3 });
    expect(byQuestion['phone-screen.part-b.q1']).toMatchObject({ score: 5, notes: EVIDENCE });
  } finally {
    await list.close();
  }
});
