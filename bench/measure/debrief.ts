import { ITEM_COLUMNS, itemRows, parseCsv, toCsv, type ScorecardForExport } from '../../utils/domain/csv';
import { AnswerSchema, CandidateSchema, InterviewSchema } from '../../utils/domain/interview/schema';
import { KitSchema, type Kit } from '../../utils/domain/kit/schema';
import { middlewareArchitectKit } from '../../utils/domain/kit/builtin/middleware-architect';
import { scoreInputFor, scoreInterview } from '../../utils/domain/scoring';
import { contentId, parseDebriefFile } from '../../utils/domain/debrief/parse-file';
import { DebriefRecordSchema, type DebriefFileRecord } from '../../utils/domain/debrief/record';
import { debriefModel } from '../../utils/domain/debrief/model';
import { concernsOf, evidenceFor, impressionsOf, strengthsOf } from '../../utils/domain/debrief/steps';
import { debriefSummary } from '../../utils/domain/debrief/outcome';
import { fixed, kb, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';

/** "Without a visible pause": a view that answers within 100 ms feels immediate (RAIL's response budget). */
export const DEBRIEF_BUDGET_MS = 100;
const CANDIDATE = 'Bench Candidate';
const INTERVIEWERS = ['Ada', 'Ben', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal'];
/** A note as long as a thorough interviewer writes under a question. */
const NOTE =
  'Walked through the trade-offs with a concrete example from their last role, named the failure mode and how they measured it; ' +
  'asked a clarifying question before answering and corrected themselves once when the constraint changed.';

/** One interviewer's export of a full round of the built-in kit: every question scored, with notes, and a flag of each kind. */
function fullRoundCsv(kit: Kit, n: number): string {
  const round = kit.rounds[n % kit.rounds.length]!;
  const id = `bench-${n}-${round.id}`;
  const interview = InterviewSchema.parse({
    id,
    candidateId: 'bench',
    kitId: kit.id,
    kitVersion: kit.version,
    roundId: round.id,
    interviewer: INTERVIEWERS[n]!,
    platform: 'meet',
    createdAt: Date.UTC(2026, 0, 5 + n, 9),
    updatedAt: Date.UTC(2026, 0, 5 + n, 10),
    status: 'submitted',
    seal: 'ab'.repeat(32),
    categoryRatings: Object.fromEntries(kit.categories.map((c, i) => [c.id, 1 + ((n + i) % 5)])),
    decisionId: kit.decisionOptions[n % kit.decisionOptions.length]!.id,
    decisionReason: 'Strong on design, thinner on operations; would want a second look at on-call habits.',
    flags: [
      { id: `${id}-r`, kind: 'red', text: 'Dismissed failure modes at first', roundElapsedMs: 600_000, raisedAt: 0 },
      { id: `${id}-g`, kind: 'green', text: 'Explained trade-offs clearly', roundElapsedMs: 1_500_000, raisedAt: 0 },
    ],
  });
  const answers = round.sections
    .flatMap((s) => s.questions)
    .map((q, i) =>
      AnswerSchema.parse({ id: `${id}:${q.id}`, interviewId: id, questionId: q.id, score: 1 + ((n + i) % 5), notes: NOTE, updatedAt: 1 }),
    );
  const summary = scoreInterview(scoreInputFor(kit, interview, answers));
  const card: ScorecardForExport = {
    interview,
    candidate: CandidateSchema.parse({ id: 'bench', name: CANDIDATE, createdAt: 0 }),
    kit,
    answers,
    categoryScores: Object.fromEntries(summary.categories.map((c) => [c.categoryId, c.score])),
    weightedTotal: summary.weightedTotal,
    meetsThreshold: summary.meetsThreshold,
    failedMinimums: summary.failedMinimums,
  };
  return toCsv(ITEM_COLUMNS, itemRows(card));
}

/** Reading the dropped files as the debrief does (read-task.ts): each file's SHA-256 identity and its scorecards. */
async function readAll(kit: Kit, texts: readonly string[]): Promise<DebriefFileRecord[]> {
  const files: DebriefFileRecord[] = [];
  for (const [n, text] of texts.entries())
    files.push({ id: await contentId(text), addedAt: n, ...parseDebriefFile({ name: `file-${n}.csv`, text }, [kit], CANDIDATE) });
  return files;
}

/** Opening the debrief and stepping through its agenda: merge, combine, then each step's content and the summary. */
function openAndStep(kit: Kit, files: DebriefFileRecord[]): number {
  const record = DebriefRecordSchema.parse({
    id: 'bench',
    candidateId: 'bench',
    candidateName: CANDIDATE,
    kitId: kit.id,
    kitVersion: kit.version,
    createdAt: 0,
    updatedAt: 0,
    files,
    showOthers: true,
  });
  const candidate = CandidateSchema.parse({ id: 'bench', name: CANDIDATE, createdAt: 0 });
  const model = debriefModel({ debrief: record, kit, candidate, local: [], localKits: [], references: [] }, [kit]);
  const { view } = model;
  let touched = impressionsOf(view).length + concernsOf(view).redFlags.length + strengthsOf(view).best.length;
  for (const category of view.scores.categories) touched += evidenceFor(view, category).length;
  return touched + debriefSummary(model.outcome, 'markdown').length;
}

async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export async function debriefRow(quick = false): Promise<BenchRow> {
  const kit = KitSchema.parse(middlewareArchitectKit);
  const texts = INTERVIEWERS.map((_, n) => fullRoundCsv(kit, n));
  const bytes = texts.reduce((sum, t) => sum + t.length, 0);
  const runs = quick ? 3 : 15;
  const read: number[] = [];
  const open: number[] = [];
  const raw: number[] = [];
  let columns = 0;
  for (let run = -2; run < runs; run++) {
    const r = await timed(() => readAll(kit, texts));
    const o = await timed(() => openAndStep(kit, r.value));
    // The raw limit: only splitting the same eight files into CSV rows, which any reader of them pays.
    const p = await timed(() => texts.map((t) => parseCsv(t).rows.length));
    if (run < 0) continue; // warm-up
    read.push(r.ms);
    open.push(o.ms);
    raw.push(p.ms);
    columns = r.value.reduce((n, f) => n + f.cards.length, 0);
  }
  const readMs = median(read);
  const openMs = median(open);
  const rawMs = median(raw);
  return {
    key: 'debriefOpen',
    figure: 'debrief: read 8 full-round files, open and step',
    measured: `read ${fixed(readMs)} ms + open and step ${fixed(openMs)} ms (median)`,
    budget: `each ≤ ${DEBRIEF_BUDGET_MS} ms`,
    pass: readMs <= DEBRIEF_BUDGET_MS && openMs <= DEBRIEF_BUDGET_MS,
    ratio: `${fixed((readMs + openMs) / rawMs)}× parsing the same files as CSV alone (${fixed(rawMs)} ms)`,
    notes:
      `Eight interviewers' per-question exports of the built-in kit, one per round, every question scored with a ${NOTE.length}-character note ` +
      `(${fixed(kb(bytes), 0)} KB in all, ${columns} scorecards), in Node; median of ${runs} after 2 warm-ups. ` +
      `Read = each file's SHA-256 identity and its scorecards (what the debrief does in the page below 1 MB, in a worker above). ` +
      `Open and step = merge and combine (debriefModel), then every step's content (impressions, each category's evidence, concerns, strengths) and the Markdown summary.`,
    values: { readMs, openMs, rawParseMs: rawMs, bytes, scorecards: columns },
  };
}
