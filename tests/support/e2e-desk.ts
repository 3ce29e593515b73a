import type { Frame, Page } from 'playwright-core';
import type { Launched } from '../../scripts/browsers/chromium';
import type { InterviewBundle, Reply } from '../../utils/protocol';

/**
 * The desk (options.html) of the built extension in real Chromium, and the store's requests sent
 * from an extension page exactly as the client sends them.
 *
 *   const page = await openDesk(browser, '#/history');            // the extension's own CSP applies
 *   const page = await openDesk(browser, '', { bypassCsp: true });  // CSP lifted (as the axe checks had it)
 *   const errors: string[] = []; await openDesk(browser, '#/backup', { errors });  // console and page errors kept
 *   const bundle = await call<InterviewBundle>(page, 'interviews.start', { … });
 */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface DeskOptions {
  /** Lift the extension's CSP for this page only (Page.setBypassCSP). */
  bypassCsp?: boolean;
  /** Filled with every console error and page error from the moment the page opens. */
  errors?: string[];
}

/** A new desk page on `hash`, once the store answers ("Store status: ready"). */
export async function openDesk(browser: Launched, hash = '', options: DeskOptions = {}): Promise<Page> {
  const page = await browser.context.newPage();
  const { errors } = options;
  if (errors) {
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  }
  if (options.bypassCsp) await (await browser.context.newCDPSession(page)).send('Page.setBypassCSP', { enabled: true });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
  await page.getByText(/^Store status: ready/).waitFor();
  return page;
}

/** Send a raw envelope from an extension page (or frame), as the client does. */
export function send(page: Page | Frame, message: unknown): Promise<Reply<unknown>> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Reply<unknown>>;
}

/** One store request; throws with the store's code and message when it is refused. */
export async function call<T>(page: Page | Frame, name: string, payload: unknown): Promise<T> {
  const reply = (await send(page, { panelist: 1, name, payload })) as Reply<T>;
  if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}

export interface ScorecardSpec {
  interviewer: string;
  roundId: string;
  ratings: Record<string, number>;
  decisionId: string;
  reason: string;
  notes?: Record<string, { score: number; notes: string }>;
  flag?: { kind: 'red' | 'green'; text: string };
  /** Where the interview was held; a Meet call unless said. */
  platform?: 'meet' | 'practice';
}

/** A submitted scorecard, as its interviewer leaves it after their round. */
export async function submittedScorecard(page: Page, candidateName: string, kitId: string, spec: ScorecardSpec): Promise<string> {
  const { interview } = await call<InterviewBundle>(page, 'interviews.start', {
    candidateName,
    kitId,
    roundId: spec.roundId,
    interviewer: spec.interviewer,
    platform: spec.platform ?? 'meet',
  });
  for (const [questionId, patch] of Object.entries(spec.notes ?? {}))
    await call(page, 'answers.put', { interviewId: interview.id, questionId, patch });
  await call(page, 'interviews.update', {
    id: interview.id,
    patch: { categoryRatings: spec.ratings, decisionId: spec.decisionId, decisionReason: spec.reason },
  });
  if (spec.flag)
    await call(page, 'interviews.flag', {
      id: interview.id,
      flag: { id: 'f1', kind: spec.flag.kind, text: spec.flag.text, roundElapsedMs: 754_000, raisedAt: Date.now() },
    });
  await call(page, 'interviews.submit', { id: interview.id });
  return interview.id;
}
