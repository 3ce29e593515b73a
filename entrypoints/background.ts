import { registerPanelToggle } from '@/utils/host/commands';
import { PanelistDb, createStoreHandlers, reminderState, seedBuiltinKits, serveWatchPort, storeContext, withReopen } from '@/utils/store';
import { dispatch, isStoreMessage } from '@/utils/store/dispatch';
import { WATCH_PORT } from '@/utils/protocol';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { reminderBadgeText, reminderMessage, remindersToNotify } from '@/utils/domain/reminders';

/**
 * The background owns Panelist's only IndexedDB connection (views framed in call pages are
 * denied IndexedDB), answers the views' requests and pushes live changes to them. Logic lives
 * in utils/store; this file only wires it to the browser. Listeners are registered synchronously
 * so a message that wakes the service worker is never missed.
 */
const REMINDER_ALARM = 'panelist.reminders';
const REMINDER_DUE_ALARM = 'panelist.reminders.due';
const NOTIFIED_KEY = 'panelist.remindersNotified';

export default defineBackground(() => {
  registerPanelToggle();
  const db = new PanelistDb();
  const ctx = storeContext(db);
  const seeded = withReopen(db, () => seedBuiltinKits(ctx, BUILTIN_KITS)).catch((error) => console.error('Panelist: seeding kits failed', error));
  const handlers = createStoreHandlers(ctx);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isStoreMessage(message)) return undefined;
    return seeded.then(async () => {
      const reply = await dispatch(handlers, message);
      const name = (message as { name?: unknown }).name;
      if (reply.ok && typeof name === 'string' && (name.startsWith('interviews.') || name === 'backup.restore')) void refreshReminders();
      return reply;
    });
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === WATCH_PORT) serveWatchPort(ctx, port);
  });

  async function refreshReminders() {
    try {
      const { overdue, nextAt } = await withReopen(db, () => reminderState(ctx));
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
          message: reminderMessage(row),
        });
      }
      await session.set({ [NOTIFIED_KEY]: overdue.map((row) => row.interview.id) });
      if (nextAt !== undefined) await browser.alarms.create(REMINDER_DUE_ALARM, { when: nextAt });
    } catch (error) {
      console.warn('Panelist: reminder check failed', error);
    }
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === REMINDER_DUE_ALARM) void refreshReminders();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('panelist-reminder:')) void browser.runtime.openOptionsPage();
  });
  // A periodic check catches rounds that end while no view is open; `when` alarms catch the exact moment.
  void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 5 });
  void seeded.then(refreshReminders);
});
