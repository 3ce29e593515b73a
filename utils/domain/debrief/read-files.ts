import { z } from 'zod';
import type { Answer, Interview } from '../interview/schema';
import type { Kit, Question } from '../kit/schema';
import {
  LIST_SEPARATOR,
  CATEGORY_ROW_PREFIX,
  checkFileSeals,
  parseCsvWithLines,
  parseItemsCsv,
  type FileSealCheck,
  type ParsedItemRow,
} from '../csv';
import { scoreInputFor, scoreInterview } from '../scoring';
import type { DebriefEvidence, DebriefFile, DebriefFlag, DebriefScorecard, FileReport, ScorecardIntegrity } from './types';

/**
 * The two readers behind the debrief (scorecards.ts): one per export shape. Each turns one file
 * into scorecards plus a report naming every rejected row by file, line and column.
 */

export type { DebriefEvidence, DebriefFile, DebriefFlag, DebriefScorecard, FileReport, ReadResult, ScorecardIntegrity } from './types';

/** The kit an interview was run with: that exact version, else the newest installed version of the same kit. */
export function findKit(kits: readonly Kit[], id: string, version: number): { kit?: Kit; fallback: boolean } {
  const exact = kits.find((k) => k.id === id && k.version === version);
  if (exact) return { kit: exact, fallback: false };
  const newest = kits.filter((k) => k.id === id).sort((a, b) => b.version - a.version)[0];
  return { kit: newest, fallback: !!newest };
}

export function scoresOf(
  kit: Kit,
  interview: Pick<Interview, 'roundId' | 'categoryRatings'>,
  answers: Pick<Answer, 'questionId' | 'score' | 'notAsked' | 'criteriaScores'>[],
) {
  const summary = scoreInterview(scoreInputFor(kit, interview, answers));
  return Object.fromEntries(summary.categories.map((c) => [c.categoryId, c.score]));
}

export const roundTitle = (kit: Kit, roundId: string) => kit.rounds.find((r) => r.id === roundId)?.title ?? roundId;

export function emptyReport(name: string, shape: FileReport['shape']): FileReport {
  return { name, shape, rowsRead: 0, rowsRejected: 0, scorecards: 0, errors: [], notes: [] };
}

const lineRange = (lines: number[]) => (lines.length === 1 ? `line ${lines[0]}` : `lines ${Math.min(...lines)}-${Math.max(...lines)}`);

/** The kit's option a decision cell names: by label (any case), as exported, or by id. */
function findDecision(kit: Kit, cell: string) {
  return kit.decisionOptions.find((d) => d.label.toLowerCase() === cell.toLowerCase() || d.id === cell);
}
const decisionProblem = (kit: Kit, cell: string) =>
  `${JSON.stringify(cell)} is not one of ${kit.decisionOptions.map((d) => `"${d.label}"`).join(', ')}`;

/** A flags cell ("m:ss text | m:ss text") back into flags; text without a clock keeps an empty `at`. */
function splitFlags(cell: string, kind: DebriefFlag['kind']): DebriefFlag[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d+:\d{2}) (.*)$/s.exec(part);
      return match ? { kind, at: match[1]!, text: match[2]! } : { kind, at: '', text: part };
    });
}

/**
 * A scorecard its file does not vouch for is named in the report as well as marked on its card
 * (the interviewer's column says so).
 */
function noteSeal(report: FileReport, where: string, status: string, check: FileSealCheck | undefined): ScorecardIntegrity | undefined {
  if (check && check.mark === 'edited') {
    report.notes.push(`${where}: edited after submission: ${check.detail}`);
    return 'edited-after-submission';
  }
  if (check && check.mark === 'unsealed' && status === 'submitted') {
    report.notes.push(`${where}: not sealed: ${check.detail}`);
    return 'not-sealed';
  }
  return undefined;
}

const dateOf = (iso: string | undefined) => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : null;
};

const questionMaps = new WeakMap<Kit, Map<string, Question>>();
function questionsOf(kit: Kit): Map<string, Question> {
  let map = questionMaps.get(kit);
  if (!map) {
    map = new Map(kit.rounds.flatMap((r) => r.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const))));
    questionMaps.set(kit, map);
  }
  return map;
}

/** An items row as evidence: the kit's own wording of the question when it has it, else the file's. */
function evidenceOf(kit: Kit, row: ParsedItemRow): DebriefEvidence {
  const question = questionsOf(kit).get(row.question_id);
  return {
    questionId: row.question_id,
    question: question ? (question.title ?? question.prompt) : row.question,
    categoryId: question?.categoryId ?? row.category,
    score: row.score,
    notAsked: row.not_asked,
    notes: row.notes,
  };
}

export function readItemsFile(file: DebriefFile, kits: readonly Kit[]): { cards: DebriefScorecard[]; report: FileReport } {
  const report = emptyReport(file.name, 'items');
  const parsed = parseItemsCsv(file.text);
  report.notes.push(...[...(file.notes ?? []), ...parsed.notes].map((n) => `${file.name}: ${n}`));
  const rowErrors = new Set(parsed.errors.filter((e) => e.line > 1).map((e) => e.line));
  report.errors.push(...parsed.errors.map((e) => `${file.name} ${e.message}`));
  // A header without every column rejects the whole file; otherwise each bad line counts once.
  const unreadable = parsed.errors.some((e) => e.line === 1 && /missing column|more than once/.test(e.message));
  report.rowsRejected = unreadable ? parsed.records : rowErrors.size;

  // Rows arrive without their line numbers; recover them from the CSV itself (same parser, same order).
  // parseItemsCsv has already rejected rows that contradict their interview's first row.
  const lines = parsed.lines;
  const groups = new Map<string, { row: ParsedItemRow; line: number }[]>();
  // Pushed, not spread: a copy per row is quadratic in a file of one interview's many rows.
  parsed.rows.forEach((row, i) => {
    const group = groups.get(row.interview_id);
    if (group) group.push({ row, line: lines[i] ?? 0 });
    else groups.set(row.interview_id, [{ row, line: lines[i] ?? 0 }]);
  });

  const cards: DebriefScorecard[] = [];
  for (const [interviewId, consistent] of groups) {
    const first = consistent[0]!;
    const { kit, fallback } = findKit(kits, first.row.kit, first.row.kit_version);
    const where = `${file.name} ${lineRange(consistent.map((e) => e.line))}`;
    if (!kit) {
      report.errors.push(
        `${where}, kit: kit "${first.row.kit}" version ${first.row.kit_version} is not installed in this browser; import that kit first`,
      );
      report.rowsRejected += consistent.length;
      continue;
    }
    if (!kit.rounds.some((r) => r.id === first.row.round)) {
      report.errors.push(`${where}, round: kit "${kit.id}" has no round "${first.row.round}"`);
      report.rowsRejected += consistent.length;
      continue;
    }
    const decision = first.row.decision ? findDecision(kit, first.row.decision) : undefined;
    if (first.row.decision && !decision) {
      report.errors.push(`${where}, decision: ${decisionProblem(kit, first.row.decision)}`);
      report.rowsRejected += consistent.length;
      continue;
    }
    if (fallback)
      report.notes.push(`${where}: kit "${kit.id}" version ${first.row.kit_version} is not installed; scored with version ${kit.version}`);
    const questionIds = questionsOf(kit);
    const categoryIds = new Set(kit.categories.map((c) => c.id));
    const answers: Pick<Answer, 'questionId' | 'score' | 'notAsked' | 'criteriaScores'>[] = [];
    const evidence: DebriefEvidence[] = [];
    const categoryRatings: Record<string, number> = {};
    for (const { row, line } of consistent) {
      const rated = row.question_id.startsWith(CATEGORY_ROW_PREFIX) ? row.question_id.slice(CATEGORY_ROW_PREFIX.length) : undefined;
      if (rated !== undefined ? !categoryIds.has(rated) : !questionIds.has(row.question_id)) {
        report.errors.push(
          `${file.name} line ${line}, question_id: kit "${kit.id}" has no ${rated !== undefined ? `category "${rated}"` : `question "${row.question_id}"`}; its score is not counted`,
        );
        report.rowsRejected++;
        continue;
      }
      report.rowsRead++;
      if (rated !== undefined) {
        if (row.score !== null) categoryRatings[rated] = row.score;
      } else {
        answers.push({ questionId: row.question_id, score: row.score, notAsked: row.not_asked, criteriaScores: row.criteria_scores });
        evidence.push(evidenceOf(kit, row));
      }
    }
    const integrity = noteSeal(report, where, first.row.status, parsed.seals.get(interviewId));
    cards.push({
      ...(integrity ? { integrity } : {}),
      interviewId,
      sources: [file.name],
      local: false,
      interviewer: first.row.interviewer,
      candidate: first.row.candidate,
      kitId: kit.id,
      kitVersion: kit.version,
      roundId: first.row.round,
      roundTitle: roundTitle(kit, first.row.round),
      status: first.row.status,
      date: dateOf(first.row.date),
      seal: first.row.seal.trim(),
      ...(fallback ? { namedKitVersion: first.row.kit_version } : {}),
      categoryScores: scoresOf(kit, { roundId: first.row.round, categoryRatings }, answers),
      evidence,
      hasEvidence: true,
      ...(parsed.hasDecisionColumns
        ? {
            hasDecision: true,
            decisionId: decision?.id,
            decisionReason: first.row.decision_reason,
            flags: [...splitFlags(first.row.red_flags, 'red'), ...splitFlags(first.row.green_flags, 'green')],
          }
        : { hasDecision: false, decisionReason: '', flags: [] }),
    });
  }
  report.scorecards = cards.length;
  report.errors.sort((a, b) => lineOf(a) - lineOf(b));
  return { cards, report };
}

/** The (first) line a message points at, so a file's problems read top to bottom. */
const lineOf = (message: string) => Number(/ lines? (\d+)/.exec(message)?.[1] ?? 0);

const INTERVIEW_REQUIRED = [
  'interview_id',
  'candidate',
  'kit',
  'kit_version',
  'round',
  'interviewer',
  'status',
  'decision',
  'decision_reason',
  'red_flags',
  'green_flags',
];

const InterviewRowSchema = z.object({
  interview_id: z.string().trim().min(1, 'required'),
  candidate: z.string(),
  kit: z.string().trim().min(1, 'required'),
  kit_version: z
    .string()
    .trim()
    .refine((s) => /^[1-9]\d*$/.test(s), 'expected a positive whole number')
    .transform(Number),
  round: z.string().trim().min(1, 'required'),
  interviewer: z.string().trim().min(1, 'required'),
  status: z.enum(['draft', 'submitted'], { message: 'expected draft or submitted' }),
  decision: z.string().trim(),
  decision_reason: z.string(),
  red_flags: z.string(),
  green_flags: z.string(),
});

const scoreCell = z
  .string()
  .trim()
  // A decimal comma too: Excel writes "4,00" where that is the decimal mark.
  .transform((s) => s.replace(/^(\d+),(\d+)$/, '$1.$2'))
  .refine((s) => s === '' || (/^\d+(\.\d+)?$/.test(s) && Number(s) >= 1 && Number(s) <= 5), 'expected a score from 1 to 5')
  .transform((s) => (s === '' ? null : Number(s)));

const describe = (value: string) => (value === '' ? 'got an empty cell' : `got ${JSON.stringify(value)}`);

export function readInterviewsFile(file: DebriefFile, kits: readonly Kit[]): { cards: DebriefScorecard[]; report: FileReport } {
  const report = emptyReport(file.name, 'interviews');
  const csv = parseCsvWithLines(file.text);
  report.notes.push(...[...(file.notes ?? []), ...csv.notes].map((n) => `${file.name}: ${n}`));
  report.errors.push(...csv.errors.map((e) => `${file.name} ${e.message}`));
  report.rowsRejected = new Set(csv.errors.filter((e) => e.line > 1).map((e) => e.line)).size;
  const missing = INTERVIEW_REQUIRED.filter((c) => !csv.header.includes(c));
  if (missing.length) {
    report.errors.push(...missing.map((c) => `${file.name} line 1: missing column "${c}"`));
    report.rowsRejected += csv.rows.length;
    return { cards: [], report };
  }
  const cards: DebriefScorecard[] = [];
  csv.rows.forEach((raw, i) => {
    const line = csv.lines[i] ?? 0;
    const reject = (column: string, detail: string) => {
      report.errors.push(`${file.name} line ${line}, ${column}: ${detail}`);
    };
    const parsed = InterviewRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        reject(column, issue.message === 'required' ? 'required' : `${issue.message}, ${describe(raw[column] ?? '')}`);
      }
      report.rowsRejected++;
      return;
    }
    const row = parsed.data;
    const { kit, fallback } = findKit(kits, row.kit, row.kit_version);
    const problems: [string, string][] = [];
    if (!kit) problems.push(['kit', `kit "${row.kit}" version ${row.kit_version} is not installed in this browser; import that kit first`]);
    else if (!kit.rounds.some((r) => r.id === row.round)) problems.push(['round', `kit "${kit.id}" has no round "${row.round}"`]);
    const decision = kit && row.decision ? findDecision(kit, row.decision) : undefined;
    if (kit && row.decision && !decision) problems.push(['decision', decisionProblem(kit, row.decision)]);
    const categoryScores: Record<string, number | null> = {};
    for (const category of kit?.categories ?? []) {
      const column = `score_${category.id}`;
      const cell = scoreCell.safeParse(raw[column] ?? '');
      if (cell.success) categoryScores[category.id] = cell.data;
      else problems.push([column, `${cell.error.issues[0]!.message}, ${describe(raw[column] ?? '')}`]);
    }
    if (problems.length || !kit) {
      for (const [column, detail] of problems) reject(column, detail);
      report.rowsRejected++;
      return;
    }
    if (fallback)
      report.notes.push(
        `${file.name} line ${line}: kit "${kit.id}" version ${row.kit_version} is not installed; read with version ${kit.version}`,
      );
    report.rowsRead++;
    const integrity = noteSeal(report, `${file.name} line ${line}`, row.status, checkFileSeals('interviews', [raw]).get(row.interview_id));
    cards.push({
      ...(integrity ? { integrity } : {}),
      interviewId: row.interview_id,
      sources: [file.name],
      local: false,
      interviewer: row.interviewer,
      candidate: row.candidate,
      kitId: kit.id,
      kitVersion: kit.version,
      roundId: row.round,
      roundTitle: roundTitle(kit, row.round),
      status: row.status,
      date: dateOf(raw.date),
      seal: (raw.seal ?? '').trim(),
      ...(fallback ? { namedKitVersion: row.kit_version } : {}),
      categoryScores,
      evidence: [],
      hasEvidence: false,
      hasDecision: true,
      decisionId: decision?.id,
      decisionReason: row.decision_reason,
      flags: [...splitFlags(row.red_flags, 'red'), ...splitFlags(row.green_flags, 'green')],
    });
  });
  report.scorecards = cards.length;
  return { cards, report };
}
