import { overdueReminders, nextReminderAt, type ReminderCandidate } from '../domain/reminders';
import type { StoreContext } from './context';
import { getSettings } from './settings';

/** Drafts with what reminders need to judge and describe them. Read through the status index; drafts are few. */
export async function draftReminderRows(ctx: StoreContext): Promise<ReminderCandidate[]> {
  const { db } = ctx;
  return db.transaction('r', [db.interviews, db.kits, db.candidates], async () => {
    const drafts = await db.interviews.where('status').equals('draft').toArray();
    const rows: ReminderCandidate[] = [];
    for (const interview of drafts) {
      const kit = await db.kits.get([interview.kitId, interview.kitVersion]);
      const round = kit?.rounds.find((r) => r.id === interview.roundId);
      const candidate = await db.candidates.get(interview.candidateId);
      rows.push({
        interview,
        roundDurationMin: round?.durationMin,
        candidateName: candidate?.name,
        roundTitle: round?.title,
        after: kit?.guidance?.after ?? [],
      });
    }
    return rows;
  });
}

/** What the background shows now, how to word it, and when it should look again. */
export async function reminderState(ctx: StoreContext) {
  const [rows, settings] = await Promise.all([draftReminderRows(ctx), getSettings(ctx)]);
  const now = ctx.now();
  return {
    overdue: overdueReminders(rows, now),
    nextAt: nextReminderAt(rows, now),
    wording: { showCandidate: settings.remindersShowCandidate === true },
  };
}
