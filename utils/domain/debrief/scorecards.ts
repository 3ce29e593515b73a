import type { Answer, Flag, Interview } from '../interview/schema';
import type { Kit } from '../kit/schema';
import { formatExportClock, parseCsvHeader } from '../csv';
import { storeSealIntact } from '../seal';
import {
  emptyReport,
  readInterviewsFile,
  readItemsFile,
  roundTitle,
  scoresOf,
  type DebriefEvidence,
  type DebriefFile,
  type DebriefScorecard,
  type FileReport,
  type ReadResult,
} from './read-files';
import { mergeScorecards } from './merge';

/**
 * Reading the panel's scorecards for a debrief. Other interviewers send the CSV they
 * exported (the items shape from the panel, the interviews shape from the desk, or both;
 * either carries the decision, its reason and the flags, except items files exported before
 * items did); this browser adds its own scorecards from the store. Each becomes a
 * `DebriefScorecard` scored against the kit it was run with. Every rejected row is reported
 * with its file and line ("sam.csv line 7, score: expected 1-5, got \"6\""), never silently
 * dropped. The per-shape readers are in read-files.ts, one file for a debrief in parse-file.ts,
 * folding several reads of one interview together in merge.ts, the combined view in build.ts.
 */

export const LOCAL_SOURCE = 'this browser';

/** Each question of the round as evidence, with the interviewer's score and notes. */
function evidenceFrom(kit: Kit, interview: Interview, answers: readonly Answer[]): DebriefEvidence[] {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const round = kit.rounds.find((r) => r.id === interview.roundId);
  return (round?.sections ?? []).flatMap((section) =>
    section.questions.map((question) => {
      const answer = byQuestion.get(question.id);
      return {
        questionId: question.id,
        question: question.title ?? question.prompt,
        categoryId: question.categoryId ?? '',
        score: answer?.score ?? null,
        notAsked: answer?.notAsked ?? false,
        notes: answer?.notes ?? '',
      };
    }),
  );
}

/** A scorecard from this browser's store, scored exactly as the panel scores it. */
export function scorecardFromStore(kit: Kit, interview: Interview, candidateName: string, answers: Answer[]): DebriefScorecard {
  return {
    interviewId: interview.id,
    sources: [LOCAL_SOURCE],
    local: true,
    interviewer: interview.interviewer,
    candidate: candidateName,
    kitId: interview.kitId,
    kitVersion: interview.kitVersion,
    roundId: interview.roundId,
    roundTitle: roundTitle(kit, interview.roundId),
    status: interview.status,
    date: interview.startedAt ?? interview.createdAt,
    seal: interview.seal ?? '',
    categoryScores: scoresOf(kit, interview, answers),
    evidence: evidenceFrom(kit, interview, answers),
    hasEvidence: true,
    hasDecision: true,
    decisionId: interview.decisionId,
    decisionReason: interview.decisionReason,
    flags: interview.flags.map((f: Flag) => ({ kind: f.kind, text: f.text, at: formatExportClock(f.roundElapsedMs) })),
    // This browser's own scorecard no longer matching its seal was changed outside Panelist.
    ...(interview.status === 'submitted' && !storeSealIntact(interview, answers) ? { integrity: 'edited-after-submission' as const } : {}),
  };
}

/** One file, whichever export shape it is; a file refused unread (too big, not CSV) says why. */
export function readFile(file: DebriefFile, kits: readonly Kit[]): { cards: DebriefScorecard[]; report: FileReport } {
  if (file.problem) return { cards: [], report: { ...emptyReport(file.name, 'unknown'), errors: [`${file.name}: ${file.problem}`] } };
  const { header, errors } = parseCsvHeader(file.text);
  if (header.includes('question_id')) return readItemsFile(file, kits);
  if (header.includes('weighted_total') || header.includes('decision')) return readInterviewsFile(file, kits);
  const report = emptyReport(file.name, 'unknown');
  const empty = errors.find((e) => /empty/.test(e.message));
  report.errors.push(
    empty
      ? `${file.name} ${empty.message}`
      : `${file.name} line 1: not a Panelist scorecard export (expected the items or interviews CSV; found columns ${header
          .slice(0, 6)
          .map((h) => `"${h}"`)
          .join(', ')})`,
  );
  return { cards: [], report };
}

/**
 * Read every file and fold in this browser's own scorecards (see mergeScorecards): the files'
 * reports come back with what the fold found (duplicates, conflicts) added to them.
 */
export function readScorecards(files: readonly DebriefFile[], kits: readonly Kit[], local: readonly DebriefScorecard[] = []): ReadResult {
  const parsed = files.map((file, i) => ({ id: `file-${i}`, name: file.name, ...readFile(file, kits) }));
  const merged = mergeScorecards(parsed, local);
  const reports = parsed.map(({ id, report }) => ({
    ...report,
    errors: [...report.errors, ...(merged.messages[id]?.errors ?? [])],
    notes: [...report.notes, ...(merged.messages[id]?.notes ?? [])],
  }));
  return { cards: merged.cards, reports };
}
