import type { FrameLocator, Page } from 'playwright-core';

/**
 * Starting a round through the real panel's start form, by role and label as an interviewer does.
 * Shared by the e2e tests and `npm run demo`, so both fill the form the same way and a failure
 * names what the panel shows instead of only the wait that ran out.
 */

/** Either the framed panel or panel.html opened as a page of its own. */
export type PanelRoot = FrameLocator | Page;

export interface StartDetails {
  candidate: string;
  /** The kit's title as the Kit select shows it; the built-in kit when omitted. */
  kit?: string;
  /** The round's title (the option reads "Technical Phone Screen (45 min)"). */
  round: string;
  interviewer: string;
}

/** Escape text for use inside a RegExp. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Fill the start form and press "Start interview"; resolves once the running round shows.
 * The form is filled once the panel has its kits (the Kit select stays disabled until the list
 * arrives from the background): a fill that came before the form had settled once lost the caret
 * and came up empty on Start (the start form's brief hiding, fixed in f8f46a5).
 */
export async function startInterview(panel: PanelRoot, details: StartDetails): Promise<void> {
  await panel.getByRole('button', { name: 'Start interview' }).waitFor();
  const kit = panel.getByLabel('Kit', { exact: true });
  await kit.and(panel.locator('select:enabled')).waitFor();
  await panel.getByLabel('Candidate name').fill(details.candidate);
  if (details.kit) await kit.selectOption({ label: details.kit });
  const round = panel.getByLabel('Round', { exact: true });
  const option = round.getByRole('option', { name: new RegExp(`^${literal(details.round)}\\b`) });
  if ((await option.count()) === 0) {
    const offered = await round.locator('option').allTextContents();
    throw new Error(`No round "${details.round}" in the panel (it offers: ${offered.join(', ')})`);
  }
  await round.selectOption({ label: (await option.first().textContent())!.trim() });
  await panel.getByLabel("Interviewer's name").fill(details.interviewer);
  // What the click submits: the form must still hold what was filled (a fill that lost the caret
  // leaves it empty, and the click would only name what is missing).
  for (const [label, value] of [
    ['Candidate name', details.candidate],
    ["Interviewer's name", details.interviewer],
  ] as const) {
    const held = await panel.getByLabel(label).inputValue();
    if (held !== value) throw new Error(`The start form's "${label}" holds "${held}" after filling it with "${value}"`);
  }
  const frame = 'owner' in panel ? panel.owner() : null;
  await frame?.evaluate((element) => Object.assign(element, { panelistFilled: true }));
  await panel.getByRole('button', { name: 'Start interview' }).click();
  try {
    await panel.getByRole('button', { name: 'Pause timer' }).waitFor();
  } catch (error) {
    // Say what the panel shows instead (an alert, a reset form, a resume offer after the panel
    // loaded again), so a failure names its cause rather than only the wait.
    const same = frame ? await frame.evaluate((element) => 'panelistFilled' in element).catch(() => false) : true;
    const shown = await panel
      .locator('body')
      .innerText()
      .catch(() => '(not readable)');
    const replaced = same ? '' : ' The panel iframe was replaced after the form was filled.';
    throw new Error(`"Pause timer" did not show after "Start interview".${replaced} The panel shows:\n${shown}`, { cause: error });
  }
}
