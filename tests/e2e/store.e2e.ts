import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { BUILTIN_KITS } from '../../utils/domain/kit/builtin';
import type { InterviewBundle, Reply } from '../../utils/protocol';
import { call, send } from '../support/e2e-desk';

/**
 * The store in the real extension: the options page talks to the background service
 * worker, and what it writes survives the worker being stopped and the browser restarting.
 */
// The extension page's own API, as used inside page.evaluate (no @types/chrome in this project).
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): {
      onMessage: { addListener(listener: (message: unknown) => void): void };
      postMessage(message: unknown): void;
    };
  };
};

const kit = BUILTIN_KITS[0]!;
const round = kit.rounds[0]!;
const question = round.sections.flatMap((s) => s.questions)[0]!;

let profile: string;
let browser: Launched | undefined;
let interviewId: string;

beforeAll(() => {
  profile = mkdtempSync(join(tmpdir(), 'panelist-store-profile-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openOptions(hash = ''): Promise<Page> {
  const page = await browser!.context.newPage();
  await page.goto(`chrome-extension://${browser!.extensionId}/options.html${hash}`);
  return page;
}

it('the options page shows the store answering', async () => {
  browser = await launchChromium({ userDataDir: profile });
  const page = await openOptions('#/backup');
  await expect(page.getByText(/^Store status: ready/).waitFor()).resolves.toBeUndefined();
  // The Backup screen is its own chunk: it shows once loaded.
  await expect(page.getByRole('heading', { name: 'Backup and restore' }).waitFor()).resolves.toBeUndefined();
});

it('answers a malformed message with an error naming the field, and keeps answering', async () => {
  const page = await openOptions();
  const bad = await send(page, { panelist: 1, name: 'answers.put', payload: { interviewId: 'x', questionId: 'q', patch: { score: 9 } } });
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('patch.score') } });
  expect(await send(page, { panelist: 1, name: 'nope', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-request' } });
  expect(await send(page, { panelist: 1, name: 'ping', payload: {} })).toMatchObject({ ok: true });
});

it('writes from the options page, and a second view watching the interview sees the change', async () => {
  const page = await openOptions();
  const kits = await call<{ id: string; builtIn: boolean }[]>(page, 'kits.list', {});
  expect(kits).toContainEqual(expect.objectContaining({ id: kit.id, builtIn: true }));
  const started = await call<InterviewBundle>(page, 'interviews.start', {
    candidateName: 'José 李',
    kitId: kit.id,
    roundId: round.id,
    interviewer: 'Sam',
    platform: 'practice',
  });
  interviewId = started.interview.id;

  const watcher = await openOptions();
  await watcher.evaluate(
    ({ id, port }) =>
      new Promise<void>((ready) => {
        const seen: unknown[] = [];
        (window as unknown as { seen: unknown[] }).seen = seen;
        const p = chrome.runtime.connect({ name: port });
        p.onMessage.addListener((m) => {
          seen.push(m);
          ready();
        });
        p.postMessage({ subscribe: 1, name: 'interviews.get', payload: { id } });
      }),
    { id: interviewId, port: 'panelist.live' },
  );
  await call(page, 'answers.put', {
    interviewId,
    questionId: question.id,
    patch: { score: 4, notes: 'acknowledged before the worker stopped' },
  });
  await watcher.waitForFunction(
    (qid) =>
      (window as unknown as { seen: { subscription: number; reply: Reply<InterviewBundle> }[] }).seen.some(
        (m) => m.subscription === 1 && m.reply.ok && m.reply.data.answers.some((a) => a.questionId === qid && a.score === 4),
      ),
    question.id,
  );
});

it('the write is still there after the service worker is stopped', async () => {
  const page = await openOptions();
  const cdp = await browser!.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  const bundle = await call<InterviewBundle>(page, 'interviews.get', { id: interviewId });
  expect(bundle.candidate.name).toBe('José 李');
  expect(bundle.answers).toEqual([
    expect.objectContaining({ questionId: question.id, score: 4, notes: 'acknowledged before the worker stopped' }),
  ]);
});

it('the write is still there after the browser is closed and the profile reopened', async () => {
  await browser!.close();
  browser = await launchChromium({ userDataDir: profile });
  const page = await openOptions();
  await page.getByText(/^Store status: ready/).waitFor();
  const bundle = await call<InterviewBundle>(page, 'interviews.get', { id: interviewId });
  expect(bundle.answers[0]).toMatchObject({ score: 4, notes: 'acknowledged before the worker stopped' });
  const kits = await call<{ id: string }[]>(page, 'kits.list', {});
  expect(kits.filter((k) => k.id === kit.id)).toHaveLength(1);
});

it('the desk history shows a scorecard started elsewhere without a reload, and again after the worker restarts', async () => {
  const desk = await openOptions('#/history');
  await desk.getByRole('table', { name: /^1 interview/ }).waitFor();
  const other = await openOptions();
  await call(other, 'interviews.start', {
    candidateName: 'Live Row',
    kitId: kit.id,
    roundId: round.id,
    interviewer: 'Kim',
    platform: 'meet',
  });
  await desk.getByRole('cell', { name: 'Live Row', exact: true }).waitFor();
  // The worker stops: the desk's live query reconnects and keeps following.
  const cdp = await browser!.context.newCDPSession(other);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await call(other, 'interviews.start', {
    candidateName: 'After Restart',
    kitId: kit.id,
    roundId: round.id,
    interviewer: 'Kim',
    platform: 'meet',
  });
  await desk.getByRole('cell', { name: 'After Restart', exact: true }).waitFor();
  expect(await desk.getByRole('table', { name: /^3 interviews/ }).isVisible()).toBe(true);
});

it('"Download backup" saves the whole store as JSON', async () => {
  const page = await openOptions('#/backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^panelist-backup-.*\.json$/);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(backup).toMatchObject({ format: 'panelist-backup', version: 2 });
  // Format 2: each scorecard carries its interview and its answers.
  expect(backup.scorecards.map((s: { interview: { id: string } }) => s.interview.id)).toContain(interviewId);
  await expect(page.getByText(/^Backup saved as panelist-backup-/).waitFor()).resolves.toBeUndefined();
});

it('an interview left unsubmitted an hour after its round ended sets the toolbar badge until dismissed', async () => {
  const page = await openOptions();
  const badge = () => page.evaluate(() => chrome.action.getBadgeText({}));
  expect(await badge()).toBe('');
  const { interview } = await call<InterviewBundle>(page, 'interviews.start', {
    candidateName: 'Late Scorecard',
    kitId: kit.id,
    roundId: round.id,
    interviewer: 'Sam',
    platform: 'practice',
  });
  // The clock was started long enough ago that the round plus the hour of grace is over.
  const longAgo = Date.now() - ((round.durationMin ?? 0) + 61) * 60_000;
  await call(page, 'interviews.timer', { id: interview.id, event: { type: 'start', at: longAgo } });
  await expect.poll(badge, { timeout: 15_000 }).toBe('1');
  await call(page, 'interviews.dismissReminder', { id: interview.id });
  await expect.poll(badge, { timeout: 15_000 }).toBe('');
});
