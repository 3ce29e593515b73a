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
  type DebriefFile,
  type DebriefScorecard,
  type FileReport,
  type ReadResult,
} from './read-files';

/**
 * Reading the panel's scorecards for a debrief. Other interviewers send the CSV they
 * exported (the items shape from the panel, the interviews shape from the desk, or both;
 * either carries the decision, its reason and the flags, except items files exported before
 * items did);
 * this browser adds its own scorecards from the store. Each becomes a `DebriefScorecard`
 * scored against the kit it was run with. Every rejected row is reported with its file and
 * line ("sam.csv line 7, score: expected 1-5, got \"6\""), never silently dropped.
 * The types and the per-shape readers are in utils/debrief-read.ts; combining the scorecards
 * into the panel's view is in utils/debrief-view.ts.
 */

export const LOCAL_SOURCE = 'this browser';

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
    categoryScores: scoresOf(kit, interview, answers),
    hasDecision: true,
    decisionId: interview.decisionId,
    decisionReason: interview.decisionReason,
    flags: interview.flags.map((f: Flag) => ({ kind: f.kind, text: f.text, at: formatExportClock(f.roundElapsedMs) })),
    seal: interview.status === 'submitted' ? (storeSealIntact(interview, answers) ? 'intact' : 'edited') : 'unsealed',
  };
}

function readFile(file: DebriefFile, kits: readonly Kit[]): { cards: DebriefScorecard[]; report: FileReport } {
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

const sameScores = (a: DebriefScorecard, b: DebriefScorecard) =>
  JSON.stringify(Object.entries(a.categoryScores).sort()) === JSON.stringify(Object.entries(b.categoryScores).sort());
const sameDecision = (a: DebriefScorecard, b: DebriefScorecard) => a.decisionId === b.decisionId && a.decisionReason === b.decisionReason;
/** Whether two reads of one interview differ in decision; a file that carries none cannot differ. */
const decisionsDiffer = (a: DebriefScorecard, b: DebriefScorecard) => a.hasDecision && b.hasDecision && !sameDecision(a, b);

/** One interview as read so far, and which export shapes it came from. */
interface Entry {
  card: DebriefScorecard;
  items: boolean;
  interviews: boolean;
}

const laterStatus = (a: DebriefScorecard, b: DebriefScorecard) =>
  a.status === 'submitted' || b.status === 'submitted' ? 'submitted' : 'draft';

const decisionOf = (card: DebriefScorecard) => ({
  hasDecision: card.hasDecision,
  decisionId: card.decisionId,
  decisionReason: card.decisionReason,
  flags: card.flags,
});

/**
 * The part of a scorecard one export shape contributes: exact scores from items; decision and
 * flags (and rounded scores) from interviews. An items file's decision is taken only while no
 * interviews row for the interview has been read: the interviews row is the one that wins.
 */
function takeShape(into: DebriefScorecard, from: DebriefScorecard, fromItems: boolean, seen: Omit<Entry, 'card'>): DebriefScorecard {
  return fromItems
    ? {
        ...into,
        categoryScores: from.categoryScores,
        status: from.status,
        ...(from.hasDecision && !seen.interviews ? decisionOf(from) : {}),
      }
    : { ...into, ...decisionOf(from), status: from.status, categoryScores: seen.items ? into.categoryScores : from.categoryScores };
}

/**
 * Read every file and fold in this browser's own scorecards. One interview may arrive more than
 * once (both export shapes, a resend, or the local copy): the items shape gives exact category
 * scores, the interviews shape the decision and flags (an items file's own decision is used only
 * when no interviews row for it is given, and a different one is reported), and the browser's own
 * copy wins over any file. Two files of one shape that disagree about one interview are reported;
 * the submitted version (else the first read) is kept.
 */
export function readScorecards(files: readonly DebriefFile[], kits: readonly Kit[], local: readonly DebriefScorecard[] = []): ReadResult {
  const entries = new Map<string, Entry>(local.map((card) => [card.interviewId, { card, items: true, interviews: true }]));
  const reports: FileReport[] = [];
  for (const file of files) {
    const { cards, report } = readFile(file, kits);
    reports.push(report);
    const fromItems = report.shape === 'items';
    for (const card of cards) {
      const seen = entries.get(card.interviewId);
      if (!seen) {
        entries.set(card.interviewId, { card, items: fromItems, interviews: !fromItems });
        continue;
      }
      const label = `interview ${card.interviewId.slice(0, 8)} (${card.interviewer}, ${card.roundTitle})`;
      const elsewhere = seen.card.sources.join(', ');
      if (seen.card.local) {
        report.notes.push(`${file.name}: ${label} is also in this browser; the browser's copy is used`);
        continue;
      }
      const sources = [...new Set([...seen.card.sources, file.name])];
      if (fromItems ? seen.items : seen.interviews) {
        if (sameScores(seen.card, card) && !decisionsDiffer(seen.card, card)) {
          report.notes.push(`${file.name}: ${label} is also in ${elsewhere}, identical; counted once`);
          // An older items export of it carried no decision: this one completes it.
          seen.card = { ...seen.card, ...(card.hasDecision && !seen.card.hasDecision ? decisionOf(card) : {}), sources };
          continue;
        }
        const newer = card.status === 'submitted' && seen.card.status === 'draft';
        const what = sameScores(seen.card, card) ? 'decision' : decisionsDiffer(seen.card, card) ? 'scores and decision' : 'scores';
        report.errors.push(
          `${file.name}: ${label} is also in ${elsewhere} with different ${what}; using ${newer ? `${file.name} (the submitted one)` : `${elsewhere} (the first one read)`}`,
        );
        seen.card = { ...(newer ? takeShape(seen.card, card, fromItems, seen) : seen.card), sources };
        continue;
      }
      // The other shape of an interview already read: complete it.
      if (decisionsDiffer(seen.card, card))
        report.errors.push(`${file.name}: ${label} has a different decision or reason in ${elsewhere}; using the per-interview export's`);
      const status = laterStatus(seen.card, card);
      seen.card = { ...takeShape(seen.card, card, fromItems, seen), status, sources };
      if (fromItems) seen.items = true;
      else seen.interviews = true;
    }
  }
  return { cards: [...entries.values()].map((e) => e.card), reports };
}
