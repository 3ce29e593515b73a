import type { Frame, Page } from 'playwright-core';
import { BUILTIN_KITS } from '../../utils/domain/kit/builtin';
import type { InterviewBundle } from '../../utils/protocol';
import { panelFrame, storeRequest } from './browser';

export const BUILTIN_KIT = BUILTIN_KITS[0]!;
/** The 90-minute round of the built-in kit (three 30-minute parts): the longest one an interviewer runs. */
export const LONG_ROUND = BUILTIN_KIT.rounds.find((r) => r.durationMin === 90) ?? BUILTIN_KIT.rounds[0]!;

/** A draft for the meeting with its clock started at `startedAt` (the store's own `interviews.timer` request). */
export async function startRunningInterview(
  from: Page,
  meetingCode: string,
  candidateName: string,
  startedAt: number,
): Promise<InterviewBundle> {
  const bundle = await storeRequest<InterviewBundle>(from, 'interviews.start', {
    candidateName,
    kitId: BUILTIN_KIT.id,
    roundId: LONG_ROUND.id,
    interviewer: 'Bench Interviewer',
    platform: 'meet',
    meetingCode,
    meetingUrl: `https://meet.google.com/${meetingCode}`,
  });
  await storeRequest(from, 'interviews.timer', { id: bundle.interview.id, event: { type: 'start', at: startedAt } });
  return bundle;
}

/**
 * Open the call page and take the panel's offer to resume this meeting's interview, as an
 * interviewer does after a reload; resolves when the running clock is on screen.
 */
export async function openRunningPanel(page: Page, url: string, candidateName: string): Promise<Frame> {
  await page.goto(url);
  const frame = await panelFrame(page);
  await frame.getByRole('button', { name: `Resume interview with ${candidateName}` }).click({ timeout: 20_000 });
  await frame.getByRole('region', { name: 'Timer' }).waitFor({ timeout: 20_000 });
  return frame;
}
