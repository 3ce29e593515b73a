import type { SealStatus } from './seal';
import { SECTION_ORDER, type KitRow, type ScorecardRow, type SectionName } from './backup';
import type { Decision } from './backup-check';

/**
 * What a restore would do (its preview) or did (its result), section by section, with the rows a
 * user should hear about named: scorecards kept because this store's is newer or submitted, kits
 * kept because this store's copy differs, and scorecards in the file edited after submission.
 * Plain data, so the store can send it and the desk can word it.
 */

export interface Tally {
  add: number;
  take: number;
  same: number;
  keep: number;
}

export type NoteKind =
  'kept-submitted' | 'kept-sealed' | 'kept-newer' | 'kept-different' | 'kit-kept' | 'edited-after-submission' | 'not-sealed';

export interface RestoreNote {
  kind: NoteKind;
  /** An interview: its candidate, round, interviewer and when it was held; a kit: its title and version. */
  what:
    | { interviewId: string; candidate: string; roundId: string; interviewer: string; createdAt: number }
    | { kitId: string; version: number; title: string };
}

export interface RestoreSummary {
  sections: Record<SectionName, Tally>;
  /** The first few notes of each kind. */
  notes: RestoreNote[];
  /** How many notes of each kind there are in all. */
  noted: Partial<Record<NoteKind, number>>;
  /** A replace-restore: the rows here that the file does not hold, which it deletes. */
  removed: Partial<Record<SectionName, number>> | null;
}

const NOTES_PER_KIND = 5;
const KEEP_NOTES: Record<string, NoteKind> = {
  'submitted-here': 'kept-submitted',
  'sealed-here': 'kept-sealed',
  'newer-here': 'kept-newer',
  differs: 'kept-different',
};

export function emptySummary(): RestoreSummary {
  return {
    sections: Object.fromEntries(SECTION_ORDER.map((s) => [s, { add: 0, take: 0, same: 0, keep: 0 }])) as Record<SectionName, Tally>,
    notes: [],
    noted: {},
    removed: null,
  };
}

function note(summary: RestoreSummary, entry: RestoreNote): void {
  const count = (summary.noted[entry.kind] ?? 0) + 1;
  summary.noted[entry.kind] = count;
  if (count <= NOTES_PER_KIND) summary.notes.push(entry);
}

const scorecardWhat = (row: ScorecardRow, candidate: string) => ({
  interviewId: row.interview.id,
  candidate,
  roundId: row.interview.roundId,
  interviewer: row.interview.interviewer,
  createdAt: row.interview.createdAt,
});

/** Count one decision; scorecards and kits that are kept are named. */
export function tally(summary: RestoreSummary, section: SectionName, decision: Decision, row: unknown, candidate = ''): void {
  summary.sections[section][decision.action] += 1;
  if (decision.action !== 'keep') return;
  if (section === 'scorecards') {
    const kind = KEEP_NOTES[decision.reason];
    if (kind) note(summary, { kind, what: scorecardWhat(row as ScorecardRow, candidate) });
  } else if (section === 'kits') {
    const kit = row as KitRow;
    note(summary, { kind: 'kit-kept', what: { kitId: kit.id, version: kit.version, title: kit.title } });
  }
}

/** A submitted scorecard in the file whose content no longer matches its seal, or that has none. */
export function tallySeal(summary: RestoreSummary, row: ScorecardRow, seal: SealStatus | null, candidate: string): void {
  if (seal === 'tampered') note(summary, { kind: 'edited-after-submission', what: scorecardWhat(row, candidate) });
  if (seal === 'unsealed') note(summary, { kind: 'not-sealed', what: scorecardWhat(row, candidate) });
}

/** Add one part's summary (a chunk the store wrote) into the whole. */
export function addSummary(into: RestoreSummary, part: RestoreSummary): void {
  for (const section of SECTION_ORDER)
    for (const action of ['add', 'take', 'same', 'keep'] as const) into.sections[section][action] += part.sections[section]?.[action] ?? 0;
  for (const entry of part.notes) if (into.notes.filter((n) => n.kind === entry.kind).length < NOTES_PER_KIND) into.notes.push(entry);
  for (const [kind, count] of Object.entries(part.noted) as [NoteKind, number][]) into.noted[kind] = (into.noted[kind] ?? 0) + count;
  if (part.removed) {
    into.removed ??= {};
    for (const [section, count] of Object.entries(part.removed) as [SectionName, number][])
      into.removed[section] = (into.removed[section] ?? 0) + count;
  }
}
