import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { expectAccessible } from '../support/axe';
import { call } from '../support/e2e-desk';
import {
  PANEL_IFRAME,
  joinMeet,
  notesField,
  panelFrame,
  panelIn,
  questionCard,
  scoreRadio,
  startInterview,
  waitUntilSaved,
} from '../support/e2e-panel';
import { parseCsv } from '../../utils/domain/csv';

/**
 * A round as the guide writes it, in the panel at 360 px beside a Meet call, in real Chromium with
 * the built extension: round 5 scored criterion by criterion (its category takes the weighted
 * criteria), a round-clock stamp in a note, the summary explaining its suggestion, the CSVs
 * carrying the overall notes, the criteria and the totals, the submitted scorecard offered after a
 * reload, and round 2's rubric beside the buttons at scoring time. axe finds nothing serious in
 * the light or the dark theme on the way.
 */

const MEETING = 'https://meet.google.com/gde-roun-dfv';
const CANDIDATE = 'Katherine Johnson';
const CHALLENGE = "Design MyBambu's Next-Generation Architecture";
const CRITERIA = { 'Service Design': 4, 'Data Architecture': 3, Communication: 3, Scalability: 4, Reliability: 3 } as const;
const OVERALL = 'Calm under pressure; asked about on-call.';
const REASON = 'Solid services and scaling story, thin on data consistency.';

let server: FixtureServer;
let chromium: Launched;
let page: Page;
let panel: FrameLocator;

beforeAll(async () => {
  server = await startFixtureServer();
  chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  panel = panelIn(page);
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** axe in both themes, and nothing in the panel wider than the panel (code and lists wrap or scroll inside it). */
async function expectFits(screen: string): Promise<void> {
  const frame = await panelFrame(page);
  await expectAccessible(page, screen, frame);
  expect(await frame.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])).toEqual([360, 360]);
}

describe('System Design, scored as the guide weighs it, at 360 px', () => {
  let interviewId = '';

  it('docks a 360-pixel panel beside the Meet call', async () => {
    await joinMeet(page, MEETING);
    await panel.getByRole('button', { name: 'Start interview' }).waitFor();
    // The options open from a <summary>, which has no ARIA role of its own: found by its label.
    const options = panel.getByLabel('Panel options', { exact: true });
    await options.click();
    await panel.getByLabel('Panel width', { exact: true }).fill('360');
    await options.click();
    await expect.poll(async () => (await page.locator(PANEL_IFRAME).boundingBox())?.width).toBe(360);
  });

  it('scores round 5 criterion by criterion and says the weighted score', async () => {
    await startInterview(panel, { candidate: CANDIDATE, round: 'System Design', interviewer: 'Sam Reviewer' });
    const card = questionCard(panel, CHALLENGE);
    for (const [name, score] of Object.entries(CRITERIA)) {
      const group = card.getByRole('radiogroup', { name: `${name} (20%)`, exact: true });
      await scoreRadio(group, score).check({ force: true });
      await expect.poll(() => scoreRadio(group, score).isChecked()).toBe(true);
    }
    await card.getByText('Weighted score 3.4, from 5 of 5 criteria').waitFor();
    expect(await card.getByRole('list', { name: 'What each score means, for every criterion' }).isVisible()).toBe(true);
    await waitUntilSaved(panel);
  });

  it('stamps the round clock into a note, by key and by button', async () => {
    const notes = notesField(panel, CHALLENGE);
    await notes.click();
    await notes.press('Alt+t');
    await notes.pressSequentially('Event bus first');
    await questionCard(panel, CHALLENGE)
      .getByRole('button', { name: `Stamp time in the notes for ${CHALLENGE}` })
      .click();
    await notes.pressSequentially('asked about sagas');
    await expect.poll(() => notes.inputValue()).toMatch(/^\[\d+:\d\d\] Event bus first\n\[\d+:\d\d\] asked about sagas$/);
    await waitUntilSaved(panel);
  });

  it('is clean for axe and fits 360 px while running, in both themes', async () => {
    await expectFits('running System Design round');
  });

  it('finishes with the System Design score equal to the weighted criteria, and explains the suggestion', async () => {
    await panel.getByRole('button', { name: 'Finish interview' }).click();
    await panel.getByRole('button', { name: 'Yes, finish interview' }).click();
    await panel.getByRole('heading', { name: `Scorecard: ${CANDIDATE}` }).waitFor();
    const weighted = Object.values(CRITERIA).reduce((sum, s) => sum + s * 20, 0) / 100;
    const row = panel.getByRole('table', { name: 'Category scores' }).getByRole('row', { name: /System Design/ });
    expect(await row.getByRole('cell').last().textContent()).toBe(String(weighted));
    await panel
      .getByText('Suggests Maybe: no category is below its minimum; weighted total 3.4 is below 3.5 by no more than 0.5.')
      .waitFor();
    await panel.getByRole('radiogroup', { name: 'Decision' }).getByRole('radio', { name: 'Maybe', exact: true }).check();
    await panel.getByLabel('Reason for the decision (one line, required)').fill(REASON);
    await panel.getByLabel('Overall notes').fill(OVERALL);
    await waitUntilSaved(panel);
    await expectFits('summary');
    await panel.getByRole('button', { name: 'Submit scorecard' }).click();
    await panel.getByText('Scorecard submitted and locked.').waitFor();
  });

  it('exports CSVs carrying the overall notes, the criteria and the totals, named after whose scorecard it is', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^panelist-items-katherine-johnson-system-design-sam-reviewer-\d{4}-\d{2}-\d{2}\.csv$/);
    const items = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(items.errors).toEqual([]);
    const challenge = items.rows.find((r) => r.question === CHALLENGE)!;
    expect(challenge).toMatchObject({
      criteria_scores: 'service-design=4 | data-architecture=3 | communication=3 | scalability=4 | reliability=3',
      question_score: '3.40',
      overall_notes: OVERALL,
      weighted_total: '3.40',
      threshold: '3.5',
      threshold_met: 'no',
      failed_minimums: '',
      decision: 'Maybe',
    });
    interviewId = challenge.interview_id!;
    const rows = await call<{ csv: string }>(await panelFrame(page), 'export.csv', { shape: 'interviews', ids: [interviewId] });
    const summary = parseCsv(rows.csv).rows[0]!;
    expect(summary).toMatchObject({ overall_notes: OVERALL, weighted_total: '3.40', 'score_system-design': '3.40' });
    expect(summary.criteria_scores).toContain('system-design.challenge.q1/reliability=3');
  });

  it('after a reload, offers the submitted scorecard read-only beside "Start another interview"', async () => {
    await page.reload();
    await joinMeet(page, MEETING);
    const offer = panel.getByRole('region', { name: 'Submitted in this meeting' });
    await offer.waitFor();
    expect(await panel.getByRole('button', { name: 'Start interview' }).count()).toBe(0);
    expect(await offer.getByRole('button', { name: 'Start another interview' }).isVisible()).toBe(true);
    await offer.getByRole('button', { name: `View scorecard of ${CANDIDATE}` }).click();
    await panel.getByText(/This scorecard is locked\.$/).waitFor();
    expect(await panel.getByLabel('Overall notes').inputValue()).toBe(OVERALL);
    expect(await panel.getByRole('radio', { name: 'Maybe', exact: true }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Start another interview' }).click();
    await panel.getByLabel('Candidate name').waitFor();
    // The offer stays beside the new form; it comes back from the store's answer, not with the form.
    await panel.getByRole('region', { name: 'Submitted in this meeting' }).waitFor({ state: 'visible' });
  });

  it("shows round 2's rubric beside the buttons at scoring time, within the panel", async () => {
    await startInterview(panel, { candidate: 'Dorothy Vaughan', round: 'Technical Phone Screen', interviewer: 'Sam Reviewer' });
    const rubric = questionCard(panel, 'ORM Optimization').getByRole('list', { name: 'What the scores mean for ORM Optimization' });
    expect(await rubric.getByRole('listitem').allTextContents()).toEqual([
      '4–5 Strong: Specific examples, deep knowledge, clear communication',
      '3 Adequate: Good understanding, some examples, decent communication',
      '1–2 Weak: Vague answers, limited experience, poor explanations',
    ]);
    expect(await rubric.isVisible()).toBe(true);
    const [box, frame] = [(await rubric.boundingBox())!, (await page.locator(PANEL_IFRAME).boundingBox())!];
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    await expectFits('running Technical Phone Screen');
  });
});
