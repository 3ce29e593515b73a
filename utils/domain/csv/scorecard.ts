import type { Answer, Candidate, Flag, Interview } from '../interview/schema';
import type { Kit, Question, Round } from '../kit/schema';
import { questionResult } from '../criteria-scores';
import type { CsvCell } from './format';
import { isoMoment } from '../format';
import { canonicalScorecard, sha256HexSync } from '../seal';
import { formatExportClock } from './clock';
import { BROKEN_SEAL, FILE_SEAL_PREFIX, fileSealContentOfCells, sealedColumn, type CsvShape } from './file-seal';

/** Everything a scorecard export needs; the store assembles it (scores are computed elsewhere). */
export interface ScorecardForExport {
  interview: Interview;
  candidate: Candidate;
  kit: Kit;
  answers: Answer[];
  categoryScores: Record<string, number | null>;
  weightedTotal: number | null;
  meetsThreshold: boolean | null;
  failedMinimums: string[];
}

/** Joins list values inside one cell; chosen because it rarely appears in prose and reads well in a sheet. */
export const LIST_SEPARATOR = ' | ';
/** Prefix of `question_id` on item rows that carry an explicit category rating rather than a question. */
export const CATEGORY_ROW_PREFIX = 'category:';

/** Items export: one row per question of the round, plus one per explicit category rating. */
export const ITEM_COLUMNS = [
  'interview_id', // Interview.id: joins item rows to their interview row
  'candidate', // candidate's name
  'kit', // kit id (stable across versions, so imports can find the kit)
  'kit_version', // kit version the interview was run with
  'round', // round id within the kit
  'interviewer', // who ran the interview
  'date', // ISO 8601 UTC of the interview's start, or of its creation when never started
  'section', // section title; empty on category rows
  'question_id', // question id, or `category:<id>` for an explicit category rating
  'question', // question title when it has one, else its prompt; category name on category rows
  'category', // category id the question evidences (empty when none)
  'score', // 1-5; empty = not scored
  'not_asked', // yes / no
  'expected_points_covered', // "ticked of total" e.g. "2 of 5" (not "2/5", which Excel turns into a date); empty when the question lists no points
  'points_covered', // the ticked expected points' text joined by " | ", in kit order
  'notes', // the interviewer's notes on this question, verbatim
  'status', // draft / submitted
  'seal', // the file seal of a submitted scorecard (docs/seal.md), over this interview's rows; empty for drafts
  // The four below are the interview's, repeated on each of its rows so that a sheet filtered to
  // one question still shows the decision, and one file carries everything a debrief needs. They
  // come last so that a file exported before they existed is this header's prefix.
  'decision', // label of the chosen decision option; empty when none chosen
  'decision_reason', // the interviewer's reason, verbatim
  'red_flags', // as in INTERVIEW_COLUMNS: "m:ss text" per red flag, joined by " | "
  'green_flags', // green flag texts, same shape as red_flags
  // Added with criteria scoring, again at the end so older files stay a prefix of this header.
  'criteria_scores', // a question scored per criterion: "criterionId=score" for each scored criterion in kit order, joined by " | "
  'question_score', // the question's score as it counts: the weighted mean of its criteria, else its one score; 2 decimals
  'overall_notes', // the interview's overall notes, verbatim (repeated on every row, like the decision)
  'weighted_total', // the interview's weighted total (the mean of the scored questions for a kit without a matrix), 2 decimals
  'threshold', // the kit's offer threshold; empty when it sets none
  'threshold_met', // yes / no; empty when not decidable
  'failed_minimums', // ids of categories under their minimum, joined by " "
] as const;

/** The item columns added with criteria scoring: a file exported before them lacks them and reads as before. */
export const ITEM_SCORE_COLUMNS = [
  'criteria_scores',
  'question_score',
  'overall_notes',
  'weighted_total',
  'threshold',
  'threshold_met',
  'failed_minimums',
] as const satisfies readonly (typeof ITEM_COLUMNS)[number][];

/** The item columns a file exported before they existed lacks: read as "no decision in this file", never as an error. */
export const ITEM_DECISION_COLUMNS = [
  'decision',
  'decision_reason',
  'red_flags',
  'green_flags',
] as const satisfies readonly (typeof ITEM_COLUMNS)[number][];

/** Stands in `INTERVIEW_COLUMNS` for the kit's categories; `interviewColumns(kit)` expands it. */
export const CATEGORY_COLUMNS = 'score_<categoryId>';

/** Interviews export: one row per interview. */
export const INTERVIEW_COLUMNS = [
  'interview_id', // Interview.id
  'candidate', // candidate's name
  'kit', // kit id
  'kit_version', // kit version
  'round', // round id
  'interviewer', // who ran the interview
  'date', // ISO 8601 UTC of start, or of creation when never started
  'status', // draft / submitted
  CATEGORY_COLUMNS, // one `score_<categoryId>` per kit category in kit order: category score, 2 decimals, empty when unscored
  'weighted_total', // weighted total, 2 decimals; empty when it cannot be computed
  'threshold', // the kit's offer threshold
  'threshold_met', // yes / no; empty when not decidable
  'failed_minimums', // ids of categories under their minimum, joined by " "
  'decision', // label of the chosen decision option
  'decision_reason', // the interviewer's reason, verbatim
  'red_flags', // red flag texts joined by " | ", each as "m:ss text" (round clock when raised)
  'green_flags', // green flag texts, same shape as red_flags
  'submitted_at', // ISO 8601 UTC of submission; empty for drafts
  'seal', // the file seal over this row (docs/seal.md); empty for drafts
  'overall_notes', // the interviewer's overall notes, verbatim
  'criteria_scores', // every criterion scored: "questionId/criterionId=score", in round order, joined by " | "
] as const;

/** INTERVIEW_COLUMNS with the category columns expanded for this kit. */
export function interviewColumns(kit: Kit): string[] {
  return INTERVIEW_COLUMNS.flatMap((column) => (column === CATEGORY_COLUMNS ? kit.categories.map((c) => `score_${c.id}`) : [column]));
}

// A stored moment that is not a real date (written before the schema bounded them) exports as an empty cell, never a throw.
const isoOrEmpty = (ms: number | undefined) => isoMoment(ms) ?? '';
const twoDecimals = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '' : n.toFixed(2));
const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');

function findRound(card: ScorecardForExport): Round | undefined {
  return card.kit.rounds.find((r) => r.id === card.interview.roundId);
}

/** The columns every item row repeats, in ITEM_COLUMNS order up to `date`. */
function interviewPrefix(card: ScorecardForExport): CsvCell[] {
  const { interview, candidate, kit } = card;
  return [
    interview.id,
    candidate.name,
    kit.id,
    interview.kitVersion,
    interview.roundId,
    interview.interviewer,
    isoOrEmpty(interview.startedAt ?? interview.createdAt),
  ];
}

/** The columns every item row repeats after the question's own, in ITEM_COLUMNS order from `status` to `green_flags`. */
function interviewSuffix(card: ScorecardForExport): CsvCell[] {
  const { interview } = card;
  return [
    interview.status,
    '', // the seal: filled in once the rows are made (sealRows)
    decisionLabel(card),
    interview.decisionReason,
    flagCell(interview.flags, 'red'),
    flagCell(interview.flags, 'green'),
  ];
}

/** The interview's figures every item row ends with, in ITEM_COLUMNS order from `overall_notes`. */
function totalsSuffix(card: ScorecardForExport): CsvCell[] {
  return [
    card.interview.overallNotes,
    twoDecimals(card.weightedTotal),
    card.kit.offerThreshold,
    yesNo(card.meetsThreshold),
    card.failedMinimums.join(' '),
  ];
}

/** "service-design=4 | reliability=3": the criteria scored, in kit order (ids the answer has that the kit lost come last). */
function criteriaCell(question: Question | undefined, answer: Answer | undefined): string {
  const scores = answer?.criteriaScores ?? {};
  const order = question?.criteria.map((c) => c.id) ?? [];
  const ids = [...order.filter((id) => id in scores), ...Object.keys(scores).filter((id) => !order.includes(id))];
  return ids.map((id) => `${id}=${scores[id]}`).join(LIST_SEPARATOR);
}

function questionCells(sectionTitle: string, question: Question | undefined, questionId: string, answer: Answer | undefined): CsvCell[] {
  const points = question?.expectedPoints ?? [];
  const ticked = [...new Set(answer?.pointsTicked ?? [])].filter((i) => i < points.length).sort((a, b) => a - b);
  return [
    sectionTitle,
    questionId,
    question ? (question.title ?? question.prompt) : '',
    question?.categoryId ?? '',
    answer?.score ?? null,
    yesNo(answer?.notAsked ?? false),
    points.length > 0 ? `${ticked.length} of ${points.length}` : '',
    ticked.map((i) => points[i]).join(LIST_SEPARATOR),
    answer?.notes ?? '',
  ];
}

/** The question's own columns that come after the interview's, in ITEM_COLUMNS order: `criteria_scores`, `question_score`. */
function questionScoreCells(question: Question | undefined, answer: Answer | undefined): CsvCell[] {
  const score = question ? questionResult(question, answer).score : (answer?.score ?? null);
  return [criteriaCell(question, answer), twoDecimals(score)];
}

/**
 * Every question of the interview's round in kit order (unanswered ones too, empty
 * score), then one row per explicit category rating (`category:<id>`). Answers whose
 * question is no longer in the round are appended rather than dropped: an export
 * must never lose what an interviewer wrote.
 */
export function itemRows(card: ScorecardForExport): CsvCell[][] {
  return sealRowsNow(scorecardRows(card, 'items'));
}

function unsealedItemRows(card: ScorecardForExport): CsvCell[][] {
  const prefix = interviewPrefix(card);
  const suffix = interviewSuffix(card);
  const answers = new Map(card.answers.map((a) => [a.questionId, a]));
  const rows: CsvCell[][] = [];
  const listed = new Set<string>();

  const totals = totalsSuffix(card);
  const row = (sectionTitle: string, question: Question | undefined, questionId: string, answer: Answer | undefined) => [
    ...prefix,
    ...questionCells(sectionTitle, question, questionId, answer),
    ...suffix,
    ...questionScoreCells(question, answer),
    ...totals,
  ];

  for (const section of findRound(card)?.sections ?? []) {
    for (const question of section.questions) {
      listed.add(question.id);
      rows.push(row(section.title, question, question.id, answers.get(question.id)));
    }
  }
  for (const answer of card.answers) {
    if (listed.has(answer.questionId)) continue;
    listed.add(answer.questionId);
    rows.push(row('', undefined, answer.questionId, answer));
  }

  const ratings = card.interview.categoryRatings;
  const kitOrder = card.kit.categories.map((c) => c.id);
  const ratedIds = [...kitOrder.filter((id) => id in ratings), ...Object.keys(ratings).filter((id) => !kitOrder.includes(id))];
  for (const id of ratedIds) {
    const name = card.kit.categories.find((c) => c.id === id)?.name ?? id;
    const rating = ratings[id] ?? null;
    rows.push([
      ...prefix,
      '',
      `${CATEGORY_ROW_PREFIX}${id}`,
      name,
      id,
      rating,
      'no',
      '',
      '',
      '',
      ...suffix,
      '',
      twoDecimals(rating),
      ...totals,
    ]);
  }
  return rows;
}

function flagCell(flags: Flag[], kind: Flag['kind']): string {
  return flags
    .filter((f) => f.kind === kind)
    .map((f) => `${formatExportClock(f.roundElapsedMs)} ${f.text}`)
    .join(LIST_SEPARATOR);
}

/** The chosen option's label (its id when the kit no longer has it); empty when none chosen. */
function decisionLabel({ interview, kit }: ScorecardForExport): string {
  return interview.decisionId ? (kit.decisionOptions.find((d) => d.id === interview.decisionId)?.label ?? interview.decisionId) : '';
}

/** One row in `interviewColumns(card.kit)` order. */
export function interviewRow(card: ScorecardForExport): CsvCell[] {
  return sealRowsNow(scorecardRows(card, 'interviews'))[0]!;
}

function unsealedInterviewRow(card: ScorecardForExport): CsvCell[] {
  const { interview, kit } = card;
  return [
    ...interviewPrefix(card),
    interview.status,
    ...kit.categories.map((c) => twoDecimals(card.categoryScores[c.id])),
    twoDecimals(card.weightedTotal),
    kit.offerThreshold,
    yesNo(card.meetsThreshold),
    card.failedMinimums.join(' '),
    decisionLabel(card),
    interview.decisionReason,
    flagCell(interview.flags, 'red'),
    flagCell(interview.flags, 'green'),
    isoOrEmpty(interview.submittedAt),
    '', // the seal: filled in by sealRows
    interview.overallNotes,
    allCriteriaCell(card),
  ];
}

/** Every criterion scored in the interview, in round order: "questionId/criterionId=score | …". */
function allCriteriaCell(card: ScorecardForExport): string {
  const answers = new Map(card.answers.map((a) => [a.questionId, a]));
  const questions = findRound(card)?.sections.flatMap((s) => s.questions) ?? [];
  const listed = new Set(questions.map((q) => q.id));
  const others = card.answers.filter((a) => !listed.has(a.questionId));
  return [
    ...questions.map((q) => [q.id, criteriaCell(q, answers.get(q.id))] as const),
    ...others.map((a) => [a.questionId, criteriaCell(undefined, a)] as const),
  ]
    .flatMap(([questionId, cell]) => (cell ? cell.split(LIST_SEPARATOR).map((entry) => `${questionId}/${entry}`) : []))
    .join(LIST_SEPARATOR);
}

/** What sealing one submitted scorecard's rows takes: two texts to hash, then `sealCell`. */
export interface SealWork {
  /** The submit seal stored with the scorecard. */
  storedSeal: string | undefined;
  /** `canonicalScorecard`: its hash must equal `storedSeal` for the file seal to be written. */
  storeText: string;
  /** `fileSealContent` of the rows: the file seal is its hash. */
  fileText: string;
}

/** A scorecard's rows in one shape with the seal cell still empty, and what sealing them takes (null for a draft). */
export interface ScorecardRows {
  columns: readonly string[];
  rows: CsvCell[][];
  seal: SealWork | null;
}

const covers = (shape: CsvShape) => (column: string) => sealedColumn(shape, column, ITEM_COLUMNS, INTERVIEW_COLUMNS);

/** The rows `itemRows` or `interviewRow` give, before the seal is filled in (see `sealedRows`). */
export function scorecardRows(card: ScorecardForExport, shape: CsvShape): ScorecardRows {
  const columns = shape === 'items' ? ITEM_COLUMNS : interviewColumns(card.kit);
  const rows = shape === 'items' ? unsealedItemRows(card) : [unsealedInterviewRow(card)];
  if (card.interview.status !== 'submitted') return { columns, rows, seal: null };
  return {
    columns,
    rows,
    seal: {
      storedSeal: card.interview.seal,
      storeText: canonicalScorecard(card.interview, card.answers),
      fileText: fileSealContentOfCells(shape, columns, rows, covers(shape)),
    },
  };
}

/**
 * Put the file seal into the `seal` cell of an interview's rows, given the SHA-256 (hex) of its
 * two texts. Only a submitted scorecard whose stored content still matches the seal set at submit
 * gets one: the file seal vouches for exactly that content, re-expressed over the file's cells.
 * One that no longer matches gets BROKEN_SEAL, so the file reads as edited wherever it goes; a
 * draft gets none. The cell is written into `rows` themselves (they are made for this one use),
 * which are returned.
 */
export function sealedRows({ columns, rows, seal }: ScorecardRows, hashes?: { store: string; file: string }): CsvCell[][] {
  if (!seal) return rows;
  const cell = hashes && seal.storedSeal && hashes.store === seal.storedSeal ? FILE_SEAL_PREFIX + hashes.file : BROKEN_SEAL;
  const at = columns.indexOf('seal');
  for (const row of rows) row[at] = cell;
  return rows;
}

/** `sealedRows` hashing here and now (synchronously). */
function sealRowsNow(rows: ScorecardRows): CsvCell[][] {
  const { seal } = rows;
  if (!seal?.storedSeal || sha256HexSync(seal.storeText) !== seal.storedSeal) return sealedRows(rows);
  return sealedRows(rows, { store: seal.storedSeal, file: sha256HexSync(seal.fileText) });
}
