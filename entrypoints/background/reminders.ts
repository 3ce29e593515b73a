import { browser } from 'wxt/browser';
import { reminderBadgeText, reminderMessage, remindersToNotify } from '@/utils/domain/reminders';
import { reminderState, withReopen, type PanelistDb, type StoreContext } from '@/utils/store';

const REMINDER_ALARM = 'panelist.reminders';
const REMINDER_DUE_ALARM = 'panelist.reminders.due';
const NOTIFIED_KEY = 'panelist.remindersNotified';

/**
 * Reminders for scorecards still unsubmitted after their round: the toolbar badge, one
 * notification per scorecard and browser session, and alarms that look again when the next
 * one falls due. Returns `refresh`, to call after a change to the interviews.
 */
export function serveReminders(db: PanelistDb, ctx: StoreContext, seeded: Promise<void>): { refresh: () => Promise<void> } {
  async function refresh() {
    try {
      const { overdue, nextAt, wording } = await withReopen(db, () => reminderState(ctx));
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ text: reminderBadgeText(overdue.length) });
      if (overdue.length) await action.setBadgeBackgroundColor({ color: '#b45309' });
      // Remember who was notified for this browser session so a worker restart does not notify again.
      const session = browser.storage.session ?? browser.storage.local;
      const notified = new Set(((await session.get(NOTIFIED_KEY))[NOTIFIED_KEY] as string[] | undefined) ?? []);
      for (const row of remindersToNotify(overdue, notified)) {
        await browser.notifications.create(`panelist-reminder:${row.interview.id}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: 'Scorecard not submitted',
          // The candidate's name only when the interviewer has asked for it; the kit's "after" guidance joins it.
          message: reminderMessage(row, wording),
        });
      }
      await session.set({ [NOTIFIED_KEY]: overdue.map((row) => row.interview.id) });
      if (nextAt !== undefined) await browser.alarms.create(REMINDER_DUE_ALARM, { when: nextAt });
    } catch (error) {
      console.warn('Panelist: reminder check failed', error);
    }
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === REMINDER_DUE_ALARM) void refresh();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('panelist-reminder:')) void browser.runtime.openOptionsPage();
  });
  // A periodic check catches rounds that end while no view is open; `when` alarms catch the exact moment.
  void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 5 });
  void seeded.then(refresh);
  return { refresh };
}
