import { defineBackground } from 'wxt/utils/define-background';
import { registerPanelToggle } from '@/utils/host/commands';
import { touchesReminders } from '@/utils/store';
import { serveReminders } from './reminders';
import { serveStore } from './store';

/**
 * The background's three jobs, each in its own file: the store (the only IndexedDB connection,
 * answering the views' requests), reminders for unsubmitted scorecards, and the keyboard
 * commands that show the panel or steer its timer. Listeners are registered synchronously so
 * a message that wakes the service worker is never missed.
 */
export default defineBackground(() => {
  registerPanelToggle();
  let refresh: () => Promise<void> = async () => {};
  const { db, ctx, seeded } = serveStore((name) => {
    if (touchesReminders(name)) void refresh();
  });
  refresh = serveReminders(db, ctx, seeded).refresh;
});
