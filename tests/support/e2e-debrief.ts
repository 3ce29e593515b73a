import type { Frame, Page } from 'playwright-core';
import type { Launched } from '../../scripts/browsers/chromium';
import type { InterviewBundle, Reply } from '../../utils/protocol';

/** For the debrief e2e: what the interviewers' own browsers do before the meeting, through the store's requests. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function openDesk(browser: Launched, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
  await page.getByText(/^Store status: ready/).waitFor();
  return page;
}

export async function call<T>(page: Page | Frame, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), { panelist: 1, name, payload })) as Reply<T>;
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
}

/** A submitted scorecard, as its interviewer leaves it after their round. */
export async function submittedScorecard(page: Page, candidateName: string, kitId: string, spec: ScorecardSpec): Promise<string> {
  const { interview } = await call<InterviewBundle>(page, 'interviews.start', {
    candidateName,
    kitId,
    roundId: spec.roundId,
    interviewer: spec.interviewer,
    platform: 'meet',
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
