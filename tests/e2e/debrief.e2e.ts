import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { expectAccessible } from '../support/axe';
import { joinMeet, panelFrame, panelIn } from '../support/e2e-panel';
import { parseCsv } from '../../utils/domain/csv';
import { call, openDesk, submittedScorecard } from '../support/e2e-desk';

/**
 * The decision meeting, held where it happens: on a Meet call, in the panel, in real Chromium with
 * the built extension. Three interviewers export their scorecards from their own browser; the
 * facilitator (who interviewed no one) opens a debrief on the call, drops the files in, runs the
 * guide's agenda on its clocks, looks at the evidence, records the vote and the panel's decision,
 * runs a reference check from the candidate in the desk, exports and copies the outcome, and
 * resumes the whole meeting after a reload. axe finds nothing serious in the light or dark theme.
 */
const KIT = 'middleware-architect';
const CANDIDATE = 'Ana Lima';
const KIM_NOTE = 'Knew select_related cold; hesitated on prefetch_related for reverse relations.';

let work: string;
let server: FixtureServer;
let facilitator: Launched;
const files: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'panelist-debrief-e2e-'));
  server = await startFixtureServer();
});
afterAll(async () => {
  await facilitator?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const clock = (panel: FrameLocator) => panel.getByRole('region', { name: 'Meeting clock' });
/** The step clock's figure, "4:58 left" → seconds. */
async function stepSecondsLeft(panel: FrameLocator): Promise<number> {
  const text = (await clock(panel)
    .getByText(/^\d+:\d\d left$|^\+\d+:\d\d over$/)
    .first()
    .textContent())!;
  const [m, s] = /(\d+):(\d\d)/.exec(text)!.slice(1).map(Number);
  return text.startsWith('+') ? -(m! * 60 + s!) : m! * 60 + s!;
}

describe('the debrief meeting on a Meet call', () => {
  let page: Page;
  let panel: FrameLocator;

  it('the three interviewers export their scorecards from their own browser', async () => {
    const others = await launchChromium();
    try {
      const desk = await openDesk(others);
      const ids = {
        Kim: await submittedScorecard(desk, CANDIDATE, KIT, {
          interviewer: 'Kim',
          roundId: 'deep-dive',
          ratings: { 'deep-dive': 3, architecture: 3 },
          notes: { 'deep-dive.part-c.q1': { score: 3, notes: KIM_NOTE } },
          decisionId: 'maybe',
          reason: 'Solid, some gaps in Django internals',
        }),
        Lee: await submittedScorecard(desk, CANDIDATE, KIT, {
          interviewer: 'Lee',
          roundId: 'system-design',
          ratings: { 'system-design': 2, architecture: 2 },
          decisionId: 'no',
          reason: 'Could not scale the design',
          flag: { kind: 'red', text: 'Dismissed failure modes' },
        }),
        Ola: await submittedScorecard(desk, CANDIDATE, KIT, {
          interviewer: 'Ola',
          roundId: 'behavioral',
          ratings: { leadership: 4, communication: 4, culture: 5 },
          decisionId: 'yes',
          reason: 'Great mentor',
          flag: { kind: 'green', text: 'Mentored two juniors to seniors' },
        }),
      };
      for (const [who, shape] of [
        ['Kim', 'items'],
        ['Lee', 'interviews'],
        ['Ola', 'items'],
      ] as const) {
        const { csv } = await call<{ csv: string }>(desk, 'export.csv', { shape, ids: [ids[who]] });
        files[who] = join(work, `${who.toLowerCase()}.csv`);
        writeFileSync(files[who]!, csv);
      }
      expect(readFileSync(files.Kim!, 'utf8')).toContain(KIM_NOTE);
    } finally {
      await others.close();
    }
  });

  it('the facilitator opens a debrief in the panel on the call and drops the three files in', async () => {
    facilitator = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
    page = await facilitator.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    panel = panelIn(page);
    await joinMeet(page);
    await panel.getByRole('button', { name: 'Run a debrief' }).click();
    const start = panel.getByRole('form', { name: 'Start a debrief' });
    await start.getByLabel('Candidate name').fill(CANDIDATE);
    await expect.poll(() => start.getByLabel('Kit (its agenda and categories)').isEnabled()).toBe(true);
    await start.getByLabel('Your name (you run the meeting)').fill('Dana');
    await start.getByRole('button', { name: 'Start the debrief' }).click();
    await panel.getByRole('heading', { name: `Debrief: ${CANDIDATE}`, level: 2 }).waitFor();

    await panel.getByLabel('Or choose CSV scorecards').setInputFiles([files.Kim!, files.Lee!, files.Ola!]);
    await panel.getByText('Added 3 files.').waitFor();
    // Dana has no scorecard of her own: the others' stay hidden until she asks.
    const hidden = panel.getByRole('region', { name: "Other interviewers' scores are hidden" });
    await hidden.getByText(/^3 other scorecards are hidden/).waitFor();
    await hidden.getByRole('button', { name: 'Show the other interviewers’ scores anyway' }).click();
    const order = panel.getByRole('list', { name: 'Round-robin order' });
    await expect.poll(() => order.getByRole('heading').allTextContents()).toEqual(['1. Kim', '2. Lee', '3. Ola']);
    await expectAccessible(page, 'debrief before the meeting starts', await panelFrame(page));
  });

  it('runs the agenda on its clocks: step and meeting clocks, pause, the speaker clock, behind or ahead', async () => {
    const bar = clock(panel);
    await bar.getByText('Round-robin initial impressions (5 min)').waitFor();
    await bar.getByText('Not started · Step 1 of 5').waitFor();
    await bar.getByRole('button', { name: 'Start the meeting' }).click();
    await bar.getByText('Step 1 of 5', { exact: true }).waitFor();
    // The step clock counts down from five minutes in real time.
    await expect.poll(() => stepSecondsLeft(panel)).toBeLessThan(300);
    await bar.getByRole('button', { name: 'Pause' }).click();
    await bar.getByText('Paused · Step 1 of 5').waitFor();
    const paused = await stepSecondsLeft(panel);
    await bar.getByRole('button', { name: 'Resume' }).click();
    await bar.getByText('Step 1 of 5', { exact: true }).waitFor();
    expect(await stepSecondsLeft(panel)).toBeLessThanOrEqual(paused);
    // Round-robin: each speaker has their own clock on an even share of the step.
    await panel.getByText('Speaking: Kim').waitFor();
    await panel.getByRole('button', { name: 'Next speaker: Lee' }).click();
    await panel.getByText('Speaking: Lee').waitFor();
    await bar.getByRole('button', { name: 'Next step' }).click();
    await bar.getByText('Step 2 of 5', { exact: true }).waitFor();
    await bar.getByText(/^\d+:\d\d ahead of schedule$/).waitFor();
    await bar.getByText('Review scoring by category (10 min)').waitFor();
  });

  it('shows every column by interviewer and round, an honest headline, and each interviewer’s evidence one click away', async () => {
    const table = panel.getByRole('table', { name: 'Scores per category' });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.slice(3, 6)).toEqual(['Kim · Technical Deep Dive', 'Lee · System Design', 'Ola · Behavioral & Leadership']);
    await expect.poll(() => panel.getByRole('group', { name: 'Verdict' }).textContent()).toMatch(/below the bar/);
    await panel.getByText('Evidence for Django Expertise', { exact: true }).click();
    const evidence = panel.getByRole('list', { name: 'Evidence for Django Expertise' });
    await evidence.getByText(KIM_NOTE).waitFor();
    await evidence
      .getByText('This interviewer sent the per-interview export, which carries no notes; ask for the per-question one.')
      .waitFor();
    await expectAccessible(page, 'scores by category with evidence open', await panelFrame(page));
    await clock(panel).getByRole('button', { name: 'Next step' }).click();
    await panel.getByRole('region', { name: 'Concerns (red flags)' }).getByText('Dismissed failure modes').waitFor();
    await clock(panel).getByRole('button', { name: 'Next step' }).click();
    await panel.getByRole('region', { name: 'Strengths (green flags)' }).getByText('Mentored two juniors to seniors').waitFor();
    await clock(panel).getByRole('button', { name: 'Next step' }).click();
    await clock(panel).getByText('Step 5 of 5', { exact: true }).waitFor();
  });

  it('records one vote per interviewer and the panel’s decision with the kit’s consequence', async () => {
    for (const [voter, decision] of [
      ['Kim', 'Maybe'],
      ['Lee', 'No'],
      ['Ola', 'Yes'],
      ['Kim', 'Yes'],
    ] as const)
      await panel
        .getByRole('group', { name: `Vote of ${voter}` })
        .getByRole('radio', { name: decision, exact: true })
        .check();
    await panel.getByLabel('Someone else votes (name)').fill('Dana');
    await panel.getByRole('button', { name: 'Add voter' }).click();
    const dana = panel.getByRole('group', { name: /^Vote of Dana/ });
    await dana.getByText('no scorecard in this debrief').waitFor();
    await dana.getByRole('radio', { name: 'Yes', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('status', { name: 'Votes so far' }).textContent())
      .toBe('Votes: Strong Yes 0, Yes 3, Maybe 0, No 1');

    const decision = panel.getByRole('region', { name: 'The panel’s decision' });
    await decision.getByLabel('Decision').selectOption('yes');
    await decision.getByLabel('Reason').fill('Strong architecture and leadership; references to confirm Django depth');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await decision.getByText(/^Recorded: Yes, because Strong architecture/).waitFor();
    // The consequence the kit attaches, beside the decision (the option list says it too).
    await decision.locator('p', { hasText: /^Yes: Make offer after reference checks$/ }).waitFor();
    await decision.getByText('No reference checks yet.').waitFor();
    await expectAccessible(page, 'the vote', await panelFrame(page));
  });

  it('runs a reference check from the candidate in the desk, and the debrief on the call shows it', async () => {
    const desk = await openDesk(facilitator, '#/candidates');
    await desk.getByRole('link', { name: CANDIDATE }).click();
    await desk.getByRole('button', { name: 'Reference checks' }).click();
    const checks = desk.getByRole('region', { name: `Reference checks: ${CANDIDATE}` });
    await checks.getByLabel('Questions for').selectOption({ label: 'Technical Reference' });
    await checks.getByLabel('Referee’s name').fill('Jo Park');
    await checks.getByLabel('Relationship to the candidate').fill('former manager');
    await checks.getByRole('button', { name: 'Start the check' }).click();
    const form = checks.getByRole('article', { name: 'Technical Reference: Jo Park' });
    await form.getByLabel('Notes: How would you rate their Django expertise?').fill('The strongest Django engineer on the team');
    await form.getByRole('radio', { name: 'Yes', exact: true }).click();
    await form.getByRole('button', { name: 'Mark complete' }).click();
    await form.getByRole('button', { name: 'Mark in progress' }).waitFor();
    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      checks.getByRole('button', { name: 'Export reference checks (CSV)' }).click(),
    ]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv.rows[0]).toMatchObject({ referee: 'Jo Park', would_hire_again: 'yes', notes: 'The strongest Django engineer on the team' });
    await desk.close();
    await page.bringToFront();

    await panel
      .getByRole('region', { name: 'Reference checks' })
      .getByText('Technical Reference: Jo Park (former manager), would hire again: yes, complete')
      .waitFor();
    await panel
      .getByRole('region', { name: 'The panel’s decision' })
      .getByText(/^1 reference check so far, 1 complete; 1 would hire again\.$/)
      .waitFor();
  });

  it('resumes the debrief after a reload of the call page, with its clock and votes', async () => {
    await page.reload();
    await joinMeet(page);
    await panel.getByRole('button', { name: `Resume the debrief for ${CANDIDATE}` }).click();
    await clock(panel).getByText('Step 5 of 5', { exact: true }).waitFor();
    await clock(panel).getByRole('button', { name: 'Pause' }).waitFor();
    await expect
      .poll(() => panel.getByRole('status', { name: 'Votes so far' }).textContent())
      .toBe('Votes: Strong Yes 0, Yes 3, Maybe 0, No 1');
    expect(await panel.getByRole('group', { name: 'Vote of Kim' }).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
  });

  it('exports the outcome as CSV and copies its summary', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download outcome CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^panelist-debrief-ana-lima-\d{4}-\d\d-\d\d\.csv$/);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv.header.slice(4, 7)).toEqual(['Kim · Technical Deep Dive', 'Lee · System Design', 'Ola · Behavioral & Leadership']);
    expect(csv.rows.find((r) => r.part === 'panel decision')).toMatchObject({ item: 'Yes' });
    expect(csv.rows.find((r) => r.part === 'vote' && r.item === 'Dana')).toMatchObject({ notes: 'Yes (no scorecard in this debrief)' });
    expect(csv.rows.find((r) => r.part === 'reference check')).toMatchObject({ item: 'Jo Park' });

    await facilitator.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://meet.google.com' });
    for (const [button, said, check] of [
      [
        'Copy summary (Markdown)',
        'Summary copied as Markdown.',
        (text: string) => text.startsWith(`# Debrief: ${CANDIDATE}\n`) && text.includes('## Votes (Strong Yes 0, Yes 3, Maybe 0, No 1)'),
      ],
      [
        'Copy summary (plain text)',
        'Summary copied as plain text.',
        (text: string) => text.startsWith(`Debrief: ${CANDIDATE}\n`) && !text.includes('#'),
      ],
    ] as const) {
      await panel.getByRole('button', { name: button }).click();
      await panel.getByText(said).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, copied).toSatisfy(check);
      expect(copied).toContain('Panel decision: Yes (Make offer after reference checks). Reason: Strong architecture and leadership');
      expect(copied).toContain('Technical Reference: Jo Park (former manager), would hire again: yes, complete');
    }
  });
});
