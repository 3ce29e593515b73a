import type { RequestName } from '../protocol';
import type { Handlers } from './dispatch';
import { withReopen } from './database';
import type { StoreContext } from './context';
import { archiveKit, deleteKit, duplicateKit, getKit, listKits, renameKit, saveKit } from './kits';
import { candidateScorecards, deleteCandidate, listCandidates } from './candidates';
import { getBundle } from './bundles';
import { interviewIds } from './interview-filter';
import { findCandidates, listKitSummaries } from './pickers';
import {
  addFlag,
  countInterviews,
  dismissReminder,
  interviewPage,
  listInterviewers,
  listInterviews,
  openForMeeting,
  removeFlag,
  startInterview,
  submittedForMeeting,
  updateInterview,
} from './interviews';
import { reopenInterview, submitInterview } from './submit';
import { putAnswer } from './answers';
import { recordTimerEvent } from './timer';
import { exportCsv } from './export-csv';
import { restoreBegin, restoreChunk, restoreEnd, restoreJournal } from './backup';
import { getSettings, setSettings } from './settings';
import {
  addDebriefFiles,
  allKits,
  chooseDebriefFile,
  deleteDebrief,
  getDebrief,
  listDebriefs,
  openDebrief,
  passTheFloor,
  recordDebriefTimer,
  recordDecision,
  recordVote,
  removeDebriefFile,
  updateDebrief,
} from './debriefs';
import { calibrationPanels } from './debrief-history';
import { deleteReferenceCheck, listReferenceChecks, startReferenceCheck, updateReferenceCheck } from './reference-checks';

/**
 * The requests whose success can change which scorecards are overdue (a draft created, its
 * timer moved, submitted or reopened, a reminder dismissed, a backup restored (or emptied the
 * store to replace it), a candidate
 * erased): after each of these the background looks at reminders again. Declared here, next to
 * the handlers, so a new request states whether it belongs.
 */
const REMINDER_REQUESTS: ReadonlySet<string> = new Set<RequestName>([
  'interviews.start',
  'interviews.timer',
  'interviews.update',
  'interviews.submit',
  'interviews.reopen',
  'interviews.dismissReminder',
  'backup.restoreBegin',
  'backup.restoreEnd',
  'candidates.delete',
]);

export const touchesReminders = (name: string): boolean => REMINDER_REQUESTS.has(name);

/** Every request the store answers, each wrapped so a connection closed by a worker suspension is reopened and retried once. */
export function createStoreHandlers(ctx: StoreContext): Handlers {
  const handlers: Handlers = {
    ping: async () => ({ ok: true, at: ctx.now(), database: ctx.db.name }),
    'kits.list': (p) => listKits(ctx, p.includeArchived),
    'kits.summaries': (p) => listKitSummaries(ctx, p.includeArchived),
    'kits.get': (p) => getKit(ctx, p.id, p.version),
    'kits.save': (p) => saveKit(ctx, p.kit),
    'kits.rename': (p) => renameKit(ctx, p.id, p.title),
    'kits.duplicate': (p) => duplicateKit(ctx, p.id, p.version, p.title),
    'kits.archive': (p) => archiveKit(ctx, p.id, p.archived),
    'kits.delete': (p) => deleteKit(ctx, p.id),
    'candidates.list': (p) => listCandidates(ctx, p),
    'candidates.find': (p) => findCandidates(ctx, p.search, p.limit),
    'candidates.scorecards': (p) => candidateScorecards(ctx, p.candidateId),
    'candidates.delete': (p) => deleteCandidate(ctx, p.id),
    'interviews.start': (p) => startInterview(ctx, p),
    'interviews.get': (p) => getBundle(ctx, p.id),
    'interviews.openForMeeting': (p) => openForMeeting(ctx, p.meetingCode),
    'interviews.submittedForMeeting': (p) => submittedForMeeting(ctx, p.meetingCode),
    'interviews.list': (p) => listInterviews(ctx, p),
    'interviews.page': (p) => interviewPage(ctx, p),
    'interviews.count': (p) => countInterviews(ctx, p),
    'interviews.ids': (p) => interviewIds(ctx, p),
    'interviews.interviewers': () => listInterviewers(ctx),
    'interviews.timer': (p) => recordTimerEvent(ctx, p.id, p.event),
    'interviews.update': (p) => updateInterview(ctx, p.id, p.patch),
    'interviews.flag': (p) => addFlag(ctx, p.id, p.flag),
    'interviews.unflag': (p) => removeFlag(ctx, p.id, p.flagId),
    'interviews.submit': (p) => submitInterview(ctx, p.id),
    'interviews.reopen': (p) => reopenInterview(ctx, p.id, p.reason),
    'interviews.dismissReminder': (p) => dismissReminder(ctx, p.id),
    'answers.put': (p) => putAnswer(ctx, p.interviewId, p.questionId, p.patch),
    'export.csv': (p) => exportCsv(ctx, p),
    'backup.restoreBegin': (p) => restoreBegin(ctx, p),
    'backup.restoreChunk': (p) => restoreChunk(ctx, p),
    'backup.restoreEnd': (p) => restoreEnd(ctx, p.runId),
    'backup.journal': () => restoreJournal(ctx),
    'settings.get': () => getSettings(ctx),
    'settings.set': (p) => setSettings(ctx, p.patch),
    'debriefs.open': (p) => openDebrief(ctx, p),
    'debriefs.get': (p) => getDebrief(ctx, p.id),
    'debriefs.list': (p) => listDebriefs(ctx, p),
    'debriefs.kits': () => allKits(ctx),
    'debriefs.calibration': (p) => calibrationPanels(ctx, p.excludeId),
    'debriefs.addFiles': (p) => addDebriefFiles(ctx, p.id, p.files),
    'debriefs.removeFile': (p) => removeDebriefFile(ctx, p.id, p.fileId),
    'debriefs.choose': (p) => chooseDebriefFile(ctx, p.id, p.interviewId, p.fileId),
    'debriefs.update': (p) => updateDebrief(ctx, p.id, p.patch),
    'debriefs.timer': (p) => recordDebriefTimer(ctx, p.id, p.event),
    'debriefs.speaker': (p) => passTheFloor(ctx, p.id, p.index, p.at),
    'debriefs.vote': (p) => recordVote(ctx, p.id, p.voter, p.decisionId),
    'debriefs.decide': (p) => recordDecision(ctx, p.id, p.decisionId, p.reason),
    'debriefs.delete': (p) => deleteDebrief(ctx, p.id),
    'references.list': (p) => listReferenceChecks(ctx, p.candidateId),
    'references.start': (p) => startReferenceCheck(ctx, p),
    'references.update': (p) => updateReferenceCheck(ctx, p.id, p.patch),
    'references.delete': (p) => deleteReferenceCheck(ctx, p.id),
  };
  const wrapped = {} as Record<string, (payload: unknown) => Promise<unknown>>;
  for (const [name, handler] of Object.entries(handlers) as [string, (payload: unknown) => Promise<unknown>][])
    wrapped[name] = (payload) => withReopen(ctx.db, () => handler(payload));
  return wrapped as Handlers;
}
