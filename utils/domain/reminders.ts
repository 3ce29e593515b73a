import type { Interview } from './interview/schema';

/**
 * Which scorecards need a nudge: started, still drafts, not dismissed, and more than an
 * hour past the end of their round. Pure, so the background only has to feed it rows and
 * the clock, then show the result on the badge and in notifications.
 */
export const REMINDER_GRACE_MS = 60 * 60 * 1000;

export interface ReminderCandidate {
  interview: Interview;
  /** The round's planned length in minutes; undefined for untimed rounds. */
  roundDurationMin?: number;
  candidateName?: string;
  roundTitle?: string;
  /** The kit's "after the interview" guidance (the 24-hour thank-you, the timeline for a decision). */
  after?: readonly string[];
}

/**
 * When the round is considered over: when the interviewer finished the clock, else the
 * planned end (start + round duration). An untimed round that was never finished has no end.
 */
export function roundEndedAt(interview: Interview, roundDurationMin?: number): number | undefined {
  if (interview.finishedAt !== undefined) return interview.finishedAt;
  if (interview.startedAt === undefined || roundDurationMin === undefined) return undefined;
  return interview.startedAt + roundDurationMin * 60_000;
}

export function isOverdue(row: ReminderCandidate, now: number): boolean {
  const { interview } = row;
  if (interview.status !== 'draft' || interview.reminderDismissed || interview.startedAt === undefined) return false;
  const end = roundEndedAt(interview, row.roundDurationMin);
  return end !== undefined && now >= end + REMINDER_GRACE_MS;
}

export function overdueReminders<T extends ReminderCandidate>(rows: readonly T[], now: number): T[] {
  return rows.filter((row) => isOverdue(row, now)).sort((a, b) => (a.interview.startedAt ?? 0) - (b.interview.startedAt ?? 0));
}

/** The earliest moment a not-yet-overdue draft becomes overdue, so an alarm can be set for it; undefined when none will. */
export function nextReminderAt(rows: readonly ReminderCandidate[], now: number): number | undefined {
  let next: number | undefined;
  for (const row of rows) {
    const { interview } = row;
    if (interview.status !== 'draft' || interview.reminderDismissed || interview.startedAt === undefined) continue;
    const end = roundEndedAt(interview, row.roundDurationMin);
    if (end === undefined) continue;
    const due = end + REMINDER_GRACE_MS;
    if (due > now && (next === undefined || due < next)) next = due;
  }
  return next;
}

/** Toolbar badge: empty when nothing is overdue, the count otherwise (capped so it fits). */
export function reminderBadgeText(overdueCount: number): string {
  if (overdueCount <= 0) return '';
  return overdueCount > 99 ? '99+' : String(overdueCount);
}

/** Notify once per overdue scorecard: the ones not yet notified. */
export function remindersToNotify<T extends ReminderCandidate>(overdue: readonly T[], alreadyNotified: ReadonlySet<string>): T[] {
  return overdue.filter((row) => !alreadyNotified.has(row.interview.id));
}

export interface ReminderWording {
  /**
   * Name the candidate. Off unless the interviewer turns it on: a notification shows on the
   * screen (and may be shared, on a call) where anyone can read it.
   */
  showCandidate?: boolean;
}

/**
 * "Your Technical Phone Screen scorecard is still a draft. Submit it while the interview is fresh.
 * After the interview: Thank you email within 24 hours; Timeline for decision."
 */
export function reminderMessage(row: ReminderCandidate, wording: ReminderWording = {}): string {
  const who = wording.showCandidate && row.candidateName ? ` for ${row.candidateName}` : '';
  const round = row.roundTitle ? `${row.roundTitle} scorecard` : 'scorecard';
  const draft = `Your ${round}${who} is still a draft. Submit it while the interview is fresh.`;
  const after = (row.after ?? []).filter((item) => item.trim());
  return after.length ? `${draft} After the interview: ${after.join('; ')}.` : draft;
}
