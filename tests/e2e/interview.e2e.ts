import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { formatViolations, seriousViolations } from '../support/axe';
import {
  checkedScore,
  fixturePage,
  notesField,
  panelFrame,
  panelIn,
  questionCard,
  raiseRoundFlag,
  raisedFlag,
  rate,
  ratingGroup,
  scoreRadio,
  startInterview,
  tickPoint,
  timerSection,
  waitUntilSaved,
  type PanelRoot,
} from '../support/e2e-panel';
import { parseCsv } from '../../utils/domain/csv';
import type { InterviewRow, Reply } from '../../utils/protocol';

/**
 * An interviewer runs the guide's Technical Phone Screen round start to finish in the in-call
 * panel, on local HTTPS copies of Meet, Zoom web and Teams web served under their real hostnames,
 * in real Chromium with the built extension: start, rate (mouse and keyboard), tick, note, flag,
 * pause/resume, every section, finish, decision, submit. Along the way: the draft is offered back
 * after a reload, axe finds nothing serious on any screen, the CSV downloads with what was entered,
 * and the call page never sees the panel's text. At the end the browser is closed and the profile
 * reopened: every submitted scorecard is still there.
 */

interface CallSite {
  platform: 'meet' | 'zoom' | 'teams';
  /** Open the meeting and join it (lobby → call); the same steps after a reload. */
  joinCall(page: Page): Promise<void>;
  candidate: string;
}

const SITES: CallSite[] = [
  {
    platform: 'meet',
    candidate: 'Ada Lovelace',
    async joinCall(page) {
      if (!page.url().startsWith('https://meet.google.com/abc-defg-hij')) await page.goto('https://meet.google.com/abc-defg-hij');
      await page.getByRole('button', { name: 'Join now' }).click();
      await page.locator(fixturePage('call.html')).waitFor({ state: 'attached' });
    },
  },
  {
    platform: 'zoom',
    candidate: 'Grace Hopper',
    async joinCall(page) {
      if (!page.url().startsWith('https://app.zoom.us/wc/123456789/join')) await page.goto('https://app.zoom.us/wc/123456789/join');
      const client = page.frameLocator('#webclient');
      await client.getByRole('button', { name: 'Join' }).click();
      await client.locator('#wc-footer').waitFor();
    },
  },
  {
    platform: 'teams',
    candidate: 'Linus Torvalds',
    async joinCall(page) {
      // Teams joins without changing the URL: the app, the pre-join screen and the call share /v2/.
      if (!page.url().startsWith('https://teams.microsoft.com/v2/')) await page.goto('https://teams.microsoft.com/v2/');
      await page.getByRole('button', { name: 'Join Phone screen: Linus Torvalds' }).click();
      await page.locator(fixturePage('prejoin.html')).waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Join now' }).click();
      await page.locator(fixturePage('call.html')).waitFor({ state: 'attached' });
    },
  },
];

const ROUND = 'Technical Phone Screen';
const INTERVIEWER = 'Sam Reviewer';
const PART_A = 'Part A: Django Deep Dive';
const PART_B = 'Part B: Architecture Philosophy';
const PART_C = 'Part C: Scenario Discussion';
/** Rated 4 with the mouse, one point ticked, an evidence note. */
const ORM = 'ORM Optimization';
const ORM_POINT = 'Identifies N+1 queries';
/** Rated 3 from the keyboard. */
const CELERY = 'Celery Architecture';
/** Rated 5 without a note at first: that must block submit. */
const DECOMPOSITION = 'Decomposition Strategy';
const RED_FLAG = 'Blamed the previous team for every outage';

let server: FixtureServer;
let chromium: Launched;
let profile: string;
/** Candidates whose scorecard was submitted, by platform, to find again after the browser restarts. */
const submitted = new Map<CallSite['platform'], string>();

beforeAll(async () => {
  server = await startFixtureServer();
  profile = mkdtempSync(join(tmpdir(), 'panelist-interview-profile-'));
  chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port, userDataDir: profile });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function expectNoSeriousViolations(frame: Frame, screen: string): Promise<void> {
  const violations = await seriousViolations(frame);
  expect(violations, `axe on the ${screen}:\n${formatViolations(violations)}`).toEqual([]);
}

/** Text of the call page as its own scripts can read it (Zoom's: the top page and iframe#webclient). */
async function callPageText(page: Page): Promise<string> {
  const own = page.frames().filter((f) => f.url().startsWith('https://'));
  expect(own.length).toBeGreaterThan(0);
  const texts = await Promise.all(own.map((f) => f.evaluate(() => document.body.innerText)));
  return texts.join('\n');
}

const notesOf = (site: CallSite) => `${site.candidate} spotted the N+1 at once and reached for select_related.`;
const evidenceOf = (site: CallSite) => `${site.candidate} drew bounded contexts from data ownership unprompted.`;
const reasonOf = (site: CallSite) => `${site.candidate}: solid Django depth, clear architecture thinking.`;

describe.each(SITES)('the Technical Phone Screen on $platform', (site) => {
  let page: Page;
  let panel: FrameLocator;
  let exported: ReturnType<typeof parseCsv> | undefined;

  beforeAll(async () => {
    page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    panel = panelIn(page);
  });
  afterAll(async () => page?.close());

  it('shows the panel when the call starts, with an accessible start form', async () => {
    await site.joinCall(page);
    const frame = await panelFrame(page);
    await panel.getByRole('button', { name: 'Start interview' }).waitFor();
    await expectNoSeriousViolations(frame, 'start form');
  });

  it('starts the round with candidate, kit, round and interviewer', async () => {
    await startInterview(panel, {
      candidate: site.candidate,
      kit: 'Interview Guide: Middleware Architect',
      round: ROUND,
      interviewer: INTERVIEWER,
    });
    await expect.poll(() => timerSection(panel).textContent()).toBe(PART_A);
    expect(await panel.getByText('1/3 · 15 min').count()).toBe(1);
    const frame = await panelFrame(page);
    await expectNoSeriousViolations(frame, 'running round');
    // The panel follows the system's colour scheme: the dark theme must read as well.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoSeriousViolations(frame, 'running round in the dark theme');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('rates with the mouse and the keyboard, ticks a point, writes evidence and raises a red flag', async () => {
    await rate(panel, ORM, 4);

    // Keyboard: focus the question's card and press 3.
    const celery = questionCard(panel, CELERY);
    await celery.focus();
    await celery.press('3');
    await expect.poll(() => checkedScore(panel, CELERY)).toBe(3);

    await tickPoint(panel, ORM, ORM_POINT);
    await notesField(panel, ORM).fill(notesOf(site));
    await raiseRoundFlag(panel, 'red', RED_FLAG);
    await raisedFlag(panel, 'red', RED_FLAG).waitFor();
    await waitUntilSaved(panel);
  });

  it("never puts the panel's text into the call page", async () => {
    const text = await callPageText(page);
    // Not the candidate's name: the call itself shows it (a participant tile, the meeting title).
    for (const secret of [notesOf(site), RED_FLAG, ORM, PART_A, 'Start interview', 'Pause timer']) expect(text).not.toContain(secret);
  });

  it('offers the unfinished interview back after a reload, with everything entered', async () => {
    await page.reload();
    await site.joinCall(page);
    const resume = panel.getByRole('button', { name: `Resume interview with ${site.candidate}` });
    await resume.waitFor();
    // The interviewer's name is remembered for the next interview.
    await expect.poll(() => panel.getByLabel("Interviewer's name").inputValue()).toBe(INTERVIEWER);
    await resume.click();

    await expect.poll(() => timerSection(panel).textContent()).toBe(PART_A);
    expect(await checkedScore(panel, ORM)).toBe(4);
    expect(await checkedScore(panel, CELERY)).toBe(3);
    expect(await questionCard(panel, ORM).getByRole('checkbox', { name: ORM_POINT }).isChecked()).toBe(true);
    expect(await notesField(panel, ORM).inputValue()).toBe(notesOf(site));
    await raisedFlag(panel, 'red', RED_FLAG).waitFor();
  });

  it('pauses and resumes the timer, and goes through every section', async () => {
    await panel.getByRole('button', { name: 'Pause timer' }).click();
    await panel.getByRole('button', { name: 'Resume timer' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Next section' }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Resume timer' }).click();
    await panel.getByRole('button', { name: 'Pause timer' }).waitFor();

    await panel.getByRole('button', { name: 'Next section' }).click();
    await expect.poll(() => timerSection(panel).textContent()).toBe(PART_B);
    await rate(panel, DECOMPOSITION, 5);
    await expect.poll(() => panel.getByText('A score of 5 needs an evidence note before the scorecard can be submitted.').count()).toBe(1);

    await panel.getByRole('button', { name: 'Next section' }).click();
    await expect.poll(() => timerSection(panel).textContent()).toBe(PART_C);
    expect(await panel.getByRole('button', { name: 'Next section' }).isDisabled()).toBe(true);
    await waitUntilSaved(panel);
  });

  it('finishes, and a 5 without evidence blocks submit until a note is written', async () => {
    await panel.getByRole('button', { name: 'Finish interview' }).click();
    await panel.getByRole('button', { name: 'Yes, finish interview' }).click();
    await panel.getByRole('heading', { name: `Scorecard: ${site.candidate}` }).waitFor();
    await expectNoSeriousViolations(await panelFrame(page), 'summary');

    const decision = panel.getByRole('radiogroup', { name: 'Decision' });
    // Django averages 3.5 against a minimum of 4, so the scores suggest Maybe: Yes goes against them and is confirmed.
    await panel.getByText(/^Suggests Maybe: Django Expertise 3\.5 is below its minimum of 4;/).waitFor();
    await decision.getByRole('radio', { name: 'Yes', exact: true }).click();
    await panel.getByRole('button', { name: 'Choose Yes anyway' }).click();
    await expect.poll(() => decision.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    await panel.getByLabel('Reason for the decision (one line, required)').fill(reasonOf(site));
    await panel.getByRole('button', { name: 'Submit scorecard' }).click();
    const refusal = panel.getByRole('alert').filter({ hasText: 'The scorecard was not submitted' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`Add an evidence note to “${DECOMPOSITION}” (scored 5).`);
    expect(await panel.getByText('This scorecard is locked.').count()).toBe(0);

    await panel.getByRole('button', { name: 'Back to questions' }).click();
    await panel.getByLabel('Show section').selectOption({ label: `2. ${PART_B}` });
    await notesField(panel, DECOMPOSITION).fill(evidenceOf(site));
    await waitUntilSaved(panel);
    await panel.getByRole('button', { name: 'Show summary' }).click();
    await panel.getByRole('button', { name: 'Submit scorecard' }).click();
    await panel.getByText('Scorecard submitted and locked.').waitFor();
  });

  it('locks the submitted scorecard', async () => {
    await panel.getByText(/This scorecard is locked\.$/).waitFor();
    expect(await panel.getByRole('button', { name: 'Submit scorecard' }).count()).toBe(0);
    const decision = panel.getByRole('radiogroup', { name: 'Decision' });
    expect(await decision.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    expect(await decision.getByRole('radio', { name: 'No', exact: true }).isDisabled()).toBe(true);
    expect(await panel.getByLabel('Reason for the decision (one line, required)').getAttribute('readonly')).not.toBeNull();

    await panel.getByRole('button', { name: 'Back to questions' }).click();
    await panel.getByLabel('Show section').selectOption({ label: `1. ${PART_A}` });
    expect(await scoreRadio(ratingGroup(panel, ORM), 2).isDisabled()).toBe(true);
    expect(await notesField(panel, ORM).getAttribute('readonly')).not.toBeNull();
    await panel.getByRole('button', { name: 'Show summary' }).click();
    await expectNoSeriousViolations(await panelFrame(page), 'submitted scorecard');
    submitted.set(site.platform, site.candidate);
  });

  it('"Export CSV" downloads the scorecard with what was entered', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv.errors).toEqual([]);
    const orm = csv.rows.find((r) => r.question === ORM);
    expect(orm).toMatchObject({
      candidate: site.candidate,
      round: 'phone-screen',
      interviewer: INTERVIEWER,
      score: '4',
      notes: notesOf(site),
      points_covered: ORM_POINT,
      expected_points_covered: '1 of 2',
      status: 'submitted',
    });
    expect(csv.rows.find((r) => r.question === CELERY)).toMatchObject({ score: '3', points_covered: '' });
    expect(csv.rows.find((r) => r.question === DECOMPOSITION)).toMatchObject({ score: '5', notes: evidenceOf(site) });
    expect(orm!.seal).toMatch(/\S/);
    exported = csv;
  });

  // The panel exports the items shape (one row per question); each row repeats the decision and
  // its reason so the one file holds everything the panel's debrief needs.
  it('"Export CSV" carries the decision and its reason', () => {
    expect(exported?.header).toContain('decision');
    expect(exported?.rows.every((r) => r.decision === 'Yes' && r.decision_reason === reasonOf(site))).toBe(true);
  });

  it("still keeps the panel's text out of the call page", async () => {
    const text = await callPageText(page);
    for (const secret of [notesOf(site), evidenceOf(site), reasonOf(site), 'Submit scorecard', 'Export CSV'])
      expect(text).not.toContain(secret);
  });
});

describe('after closing the browser and reopening the profile', () => {
  /** The API of an extension page, as used inside page.evaluate (no @types/chrome here). */
  type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

  let meetInterviewId = '';

  it('every submitted scorecard is still in the store, sealed', async () => {
    expect([...submitted.keys()].sort()).toEqual(['meet', 'teams', 'zoom']);
    await chromium.close();
    chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port, userDataDir: profile });
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/panel.html`);
    const reply = (await page.evaluate((message) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(message), {
      panelist: 1,
      name: 'interviews.list',
      payload: { status: 'submitted' },
    })) as Reply<{ rows: InterviewRow[] }>;
    if (!reply.ok) throw new Error(`interviews.list refused: ${reply.error.message}`);
    const rows = reply.data.rows.map(({ interview, candidate }) => ({
      candidate: candidate.name,
      round: interview.roundId,
      status: interview.status,
      decision: interview.decisionId,
      sealed: !!interview.seal,
    }));
    expect(rows.map((r) => r.candidate).sort()).toEqual([...submitted.values()].sort());
    for (const row of rows) expect(row).toMatchObject({ round: 'phone-screen', status: 'submitted', decision: 'yes', sealed: true });
    meetInterviewId = reply.data.rows.find((r) => r.candidate.name === submitted.get('meet'))!.interview.id;
    await page.close();
  });

  it('the Meet scorecard opens in the panel as it was submitted', async () => {
    const meet = SITES[0]!;
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/panel.html?interview=${meetInterviewId}`);
    const panel: PanelRoot = page;
    await panel.getByRole('heading', { name: `Scorecard: ${meet.candidate}` }).waitFor();
    await panel.getByText(/This scorecard is locked\.$/).waitFor();
    expect(await panel.getByRole('radiogroup', { name: 'Decision' }).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await panel.getByLabel('Reason for the decision (one line, required)').inputValue()).toBe(reasonOf(meet));
    await panel.getByRole('button', { name: 'Back to questions' }).click();
    await panel.getByLabel('Show section').selectOption({ label: `2. ${PART_B}` });
    expect(await checkedScore(panel, DECOMPOSITION)).toBe(5);
    expect(await notesField(panel, DECOMPOSITION).inputValue()).toBe(evidenceOf(meet));
    await page.close();
  });
});
