import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { expectAccessible } from '../support/axe';
import { call, openDesk as openDeskPage, submittedScorecard, type ScorecardSpec } from '../support/e2e-desk';

/**
 * The desk (options page) in the built extension, in real Chromium: import the shipped
 * Markdown guide through the page, export scorecards from the history, and hold a debrief
 * with three other interviewers' CSV files exported from another browser profile. Every
 * screen is checked with axe-core for serious or critical accessibility violations.
 */

const GUIDE = resolve('docs/guides/middleware-architect-interview-guide.md');
const KIT = 'middleware-architect';

let work: string;
let sams: Launched | undefined;
let others: Launched | undefined;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'panelist-desk-e2e-'));
});
afterAll(async () => {
  await others?.close();
  await sams?.close();
  rmSync(work, { recursive: true, force: true });
});

// The desk is opened with the extension's CSP lifted, as it was when axe-core went in as an inline script.
const openDesk = (browser: Launched, hash = '') => openDeskPage(browser, hash, { bypassCsp: true });

/** A submitted scorecard of Ana Lima, rated per category, as an interviewer would leave it after the call. */
const scorecard = (page: Page, spec: Omit<ScorecardSpec, 'platform'>) =>
  submittedScorecard(page, 'Ana Lima', KIT, { ...spec, platform: 'practice' });

it('imports the shipped Markdown guide through the page, previews it, and lists the saved kit', async () => {
  sams = await launchChromium();
  const page = await openDesk(sams);
  await expectAccessible(page, 'kits');
  await page.getByLabel('Interview guide (Markdown)').setInputFiles(GUIDE);
  const preview = page.getByRole('region', { name: 'Check the kit from middleware-architect-interview-guide.md before saving' });
  await preview.waitFor();
  // The built-in kit holds the guide's own id, so the import proposes another.
  await expect(preview.getByLabel('Kit id').inputValue()).resolves.toBe('middleware-architect-imported');
  await expect(preview.getByText(/^8 rounds, \d+ questions, /).isVisible()).resolves.toBe(true);
  await expect(preview.getByText(/parts of the guide are not in the kit/).isVisible()).resolves.toBe(true);
  await expectAccessible(page, 'kit import preview');
  await preview.getByLabel('Kit title').fill('Middleware Architect (from the guide)');
  await preview.getByRole('button', { name: 'Save kit' }).click();
  await page.getByText('Imported Middleware Architect (from the guide) (id middleware-architect-imported, version 1).').waitFor();
  await page.getByRole('heading', { name: 'Middleware Architect (from the guide)', level: 4 }).waitFor();
  await page.getByRole('button', { name: 'Preview Middleware Architect (from the guide)' }).click();
  await page.getByRole('heading', { name: 'Round 4: Technical Deep Dive (90 min)', level: 4 }).waitFor();
  await expectAccessible(page, 'kit preview');
});

it('renders a kit holding HTML as inert text', async () => {
  const page = await openDesk(sams!);
  const kit = await call<Record<string, unknown> & { rounds: { sections: { questions: { prompt: string }[] }[] }[] }>(page, 'kits.get', {
    id: KIT,
  });
  kit.id = 'hostile';
  kit.title = 'Hostile kit';
  kit.rounds[0]!.sections[0]!.questions[0]!.prompt = '<img src=x onerror=alert(1)>';
  await call(page, 'kits.save', { kit });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.reload();
  await page.getByRole('button', { name: 'Preview Hostile kit' }).click();
  await page.getByText('<img src=x onerror=alert(1)>').waitFor();
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await call(page, 'kits.delete', { id: 'hostile' });
});

it('the other interviewers export their scorecards as CSV from their own browser', async () => {
  others = await launchChromium();
  const page = await openDesk(others);
  await scorecard(page, {
    interviewer: 'Kim',
    roundId: 'deep-dive',
    ratings: { 'deep-dive': 3, architecture: 3, django: 3 },
    decisionId: 'maybe',
    reason: 'Solid, some gaps',
  });
  await scorecard(page, {
    interviewer: 'Lee',
    roundId: 'system-design',
    ratings: { 'system-design': 2, architecture: 2 },
    decisionId: 'no',
    reason: 'Could not scale the design',
    flag: { kind: 'red', text: 'Dismissed failure modes' },
  });
  await scorecard(page, {
    interviewer: 'Ola',
    roundId: 'behavioral',
    ratings: { leadership: 4, communication: 4, culture: 5 },
    decisionId: 'yes',
    reason: 'Great mentor',
  });

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('table', { name: '3 interviews, showing 1–3' }).waitFor();
  await expectAccessible(page, 'history');
  const exports: Record<string, string> = {};
  for (const [who, layout] of [
    ['Kim', 'One row per interview'],
    ['Lee', 'One row per interview'],
    ['Ola', 'One row per question'],
  ] as const) {
    await page.getByLabel('Interviewer').selectOption(who);
    await page.getByRole('table', { name: '1 interview, showing 1–1' }).waitFor();
    await page.getByLabel('Layout').selectOption({ label: layout });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all matching (1)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^panelist-(interviews|items)-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
    exports[who] = join(work, `${who.toLowerCase()}.csv`);
    await download.saveAs(exports[who]!);
    await page.getByText(/^Exported 1 interview /).waitFor();
  }
  expect(readFileSync(exports.Kim!, 'utf8')).toContain('Solid, some gaps');
  expect(readFileSync(exports.Ola!, 'utf8')).toContain('category:culture');
  await others.close();
  others = undefined;
});

it('history shows this browser’s scorecard read-only, and exports everything as CSV', async () => {
  const page = await openDesk(sams!);
  await scorecard(page, {
    interviewer: 'Sam',
    roundId: 'phone-screen',
    ratings: { django: 5, architecture: 4, communication: 4 },
    decisionId: 'yes',
    reason: 'Deep Django, clear',
  });
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('table', { name: '1 interview, showing 1–1' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^panelist-interviews-all-/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Deep Django, clear');
  await page.getByRole('link', { name: /^Open scorecard: Ana Lima, Technical Phone Screen/ }).click();
  await page.getByRole('heading', { name: 'Scorecard: Ana Lima', level: 2 }).waitFor();
  await page.getByText('Submitted, read-only').waitFor();
  await expectAccessible(page, 'scorecard');

  await page.getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('link', { name: 'Ana Lima' }).click();
  await page.getByRole('table', { name: /^Category scores: / }).waitFor();
  await expectAccessible(page, 'candidate');
});

it('the debrief merges three interviewers’ CSVs with this browser’s scorecard', async () => {
  const page = await openDesk(sams!);
  await page.getByRole('link', { name: 'Debrief' }).click();
  await page.getByLabel('Candidate', { exact: true }).selectOption({ label: 'Ana Lima' });
  await page.getByText('This browser holds 1 scorecard for Ana Lima: Sam (submitted).').waitFor();
  await page.getByLabel('Your name (you run the meeting)').fill('Sam');
  await page.getByRole('button', { name: 'Start the debrief' }).click();
  await page.getByRole('heading', { name: 'Debrief: Ana Lima', level: 2 }).waitFor();
  await page.getByLabel('Or choose CSV scorecards').setInputFiles(['kim', 'lee', 'ola'].map((n) => join(work, `${n}.csv`)));
  await page.getByText('Added 3 files.').waitFor();
  // Ola sent the per-question export: it carries her decision and reason too.
  await page.getByRole('list', { name: 'Round-robin order' }).getByText('Great mentor').waitFor();
  await page.getByRole('button', { name: /^2\. Review scoring by category/ }).click();
  const table = page.getByRole('table', { name: 'Scores per category' });
  await table.waitFor();
  const headers = await table.getByRole('columnheader').allTextContents();
  expect(headers.slice(3, 7).map((h) => h.split(' · ')[0])).toEqual(['Sam', 'Kim', 'Lee', 'Ola']);
  // Architecture: Sam 4, Kim 3, Lee 2: a spread of 2 is a disagreement.
  const architecture = table.getByRole('row', { name: /^Architecture/ });
  const cells = await architecture.getByRole('cell').allTextContents();
  expect(cells.slice(2, 6)).toEqual(['4', '3', '2', '—']);
  expect(cells.at(-1)).toMatch(/Disagreement/);
  expect(await page.getByRole('img', { name: /^Scores per category, 1 to 5/ }).isVisible()).toBe(true);
  await expectAccessible(page, 'debrief');
  await page.getByRole('button', { name: /^3\. / }).click();
  await page.getByRole('region', { name: 'Concerns (red flags)' }).getByText('Dismissed failure modes').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download outcome CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^panelist-debrief-ana-lima-\d{4}-\d\d-\d\d\.csv$/);
  expect(readFileSync((await download.path())!, 'utf8')).toContain('part,item,weight_pct,min_score,Sam · Technical Phone Screen,Kim · ');

  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByRole('heading', { name: 'Backup and restore' }).waitFor();
  await expectAccessible(page, 'backup');
});
