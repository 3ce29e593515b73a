import type { RequestName } from '../protocol';
import type { Handlers } from './dispatch';
import { withReopen } from './database';
import type { StoreContext } from './context';
import { getKit, listKits, saveKit } from './kits';
import { listCandidates } from './candidates';
import { getBundle } from './bundles';
import { addFlag, dismissReminder, listInterviews, openForMeeting, removeFlag, startInterview, updateInterview } from './interviews';
import { reopenInterview, submitInterview } from './submit';
import { putAnswer } from './answers';
import { recordTimerEvent } from './timer';
import { exportCsv } from './exportCsv';
import { exportBackup, restoreBackup } from './backupStore';
import { getSettings, setSettings } from './settings';
import { createDeskHandlers } from './desk-handlers';

/**
 * The requests whose success can change which scorecards are overdue (a draft created, its
 * timer moved, submitted or reopened, a reminder dismissed, a backup restored): after each of
 * these the background looks at reminders again. Declared here, next to the handlers, so a new
 * request states whether it belongs.
 */
const REMINDER_REQUESTS: ReadonlySet<string> = new Set<RequestName>([
  'interviews.start',
  'interviews.timer',
  'interviews.update',
  'interviews.flag',
  'interviews.unflag',
  'interviews.submit',
  'interviews.reopen',
  'interviews.dismissReminder',
  'backup.restore',
  'candidates.delete',
]);

export const touchesReminders = (name: string): boolean => REMINDER_REQUESTS.has(name);

/** Every request the store answers, each wrapped so a connection closed by a worker suspension is reopened and retried once. */
export function createStoreHandlers(ctx: StoreContext): Handlers {
  const handlers: Handlers = {
    ping: async () => ({ ok: true, at: ctx.now() }),
    'kits.list': (p) => listKits(ctx, p.includeArchived),
    'kits.get': (p) => getKit(ctx, p.id, p.version),
    'kits.save': (p) => saveKit(ctx, p.kit),
    'candidates.list': (p) => listCandidates(ctx, p.search),
    'interviews.start': (p) => startInterview(ctx, p),
    'interviews.get': (p) => getBundle(ctx, p.id),
    'interviews.openForMeeting': (p) => openForMeeting(ctx, p.meetingCode),
    'interviews.list': (p) => listInterviews(ctx, p),
    'interviews.timer': (p) => recordTimerEvent(ctx, p.id, p.event),
    'interviews.update': (p) => updateInterview(ctx, p.id, p.patch),
    'interviews.flag': (p) => addFlag(ctx, p.id, p.flag),
    'interviews.unflag': (p) => removeFlag(ctx, p.id, p.flagId),
    'interviews.submit': (p) => submitInterview(ctx, p.id),
    'interviews.reopen': (p) => reopenInterview(ctx, p.id, p.reason),
    'interviews.dismissReminder': (p) => dismissReminder(ctx, p.id),
    'answers.put': (p) => putAnswer(ctx, p.interviewId, p.questionId, p.patch),
    'export.csv': (p) => exportCsv(ctx, p),
    'backup.export': () => exportBackup(ctx),
    'backup.restore': (p) => restoreBackup(ctx, p.json, p.mode),
    'settings.get': () => getSettings(ctx),
    'settings.set': (p) => setSettings(ctx, p.patch),
    ...createDeskHandlers(ctx),
  };
  const wrapped = {} as Record<string, (payload: unknown) => Promise<unknown>>;
  for (const [name, handler] of Object.entries(handlers) as [string, (payload: unknown) => Promise<unknown>][])
    wrapped[name] = (payload) => withReopen(ctx.db, () => handler(payload));
  return wrapped as Handlers;
}
