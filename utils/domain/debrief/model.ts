import type { Answer, Candidate, Interview } from '../interview/schema';
import type { Kit } from '../kit/schema';
import { buildDebrief, type Debrief } from './build';
import { mergeScorecards, type ScorecardConflict } from './merge';
import { outcomeOf, type DebriefOutcome } from './outcome';
import type { DebriefRecord } from './record';
import type { ReferenceCheckRecord } from './references';
import type { FileReport } from './read-files';
import { scorecardFromStore } from './scorecards';
import { calibrationFor, type Calibration, type CalibrationPanel } from './calibration';

/**
 * Everything a running debrief shows, from what the store holds: this browser's scorecards for
 * the candidate folded with the files' (mergeScorecards), combined with the debrief's kit
 * (buildDebrief), and the outcome (votes, decision, reference checks). Pure and cheap: the views
 * recompute it whenever the stored debrief changes.
 */
export interface DebriefSource {
  debrief: DebriefRecord;
  kit: Kit;
  candidate: Candidate;
  local: { interview: Interview; answers: Answer[] }[];
  localKits: Kit[];
  references: ReferenceCheckRecord[];
}

export interface DebriefModel {
  record: DebriefRecord;
  view: Debrief;
  outcome: DebriefOutcome;
  conflicts: ScorecardConflict[];
  /** Each file's report with what folding it in found (duplicates, conflicts). */
  reports: Map<string, FileReport>;
  /** Interviewers of this debrief seen in enough past debriefs to say how they score. */
  calibration: Calibration[];
}

export function debriefModel(source: DebriefSource, kits: readonly Kit[], history: readonly CalibrationPanel[] = []): DebriefModel {
  const { debrief: record, kit } = source;
  const local = source.local.flatMap(({ interview, answers }) => {
    const ran = source.localKits.find((k) => k.id === interview.kitId && k.version === interview.kitVersion);
    return ran ? [scorecardFromStore(ran, interview, source.candidate.name, answers)] : [];
  });
  const merged = mergeScorecards(record.files, local, record.choices);
  const view = buildDebrief(source.candidate.name, merged.cards, {
    kit,
    kits: [...kits, ...source.localKits],
    override: record.showOthers,
  });
  const reports = new Map(
    record.files.map((file) => {
      const extra = merged.messages[file.id];
      return [
        file.id,
        extra
          ? { ...file.report, errors: [...file.report.errors, ...extra.errors], notes: [...file.report.notes, ...extra.notes] }
          : file.report,
      ];
    }),
  );
  return {
    record,
    view,
    outcome: outcomeOf(view, record, source.references),
    conflicts: view.visibility.others === 'shown' ? merged.conflicts : [],
    reports,
    calibration:
      view.visibility.others === 'shown'
        ? calibrationFor(
            history,
            view.people.map((p) => p.name),
          )
        : [],
  };
}
