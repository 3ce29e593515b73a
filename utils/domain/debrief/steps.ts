import type { DebriefCategory } from './combine';
import { decisionLabel, type Debrief, type DebriefColumn, type GatheredFlag } from './build';
import type { DebriefEvidence } from './read-files';

/** What each kind of agenda step shows from the merged scorecards. */

export interface Impression {
  name: string;
  /** Each of this person's scorecards: their round, decision and the first line of their reason. */
  rounds: { column: DebriefColumn; decision: string; reason: string }[];
}

const REASON_LENGTH = 160;

/** A reason as one line: its first line, cut at a word near 160 characters. */
export function oneLine(text: string): string {
  const first = text.trim().split(/\r?\n/)[0]!.trim();
  if (first.length <= REASON_LENGTH) return first;
  const cut = first.slice(0, REASON_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : REASON_LENGTH).trimEnd()}…`;
}

/** Round-robin order: each interviewer once, in the order the candidate met them. */
export function impressionsOf(debrief: Debrief): Impression[] {
  return debrief.people.map((person) => ({
    name: person.name,
    rounds: person.columns.map((column) => ({
      column,
      decision: decisionLabel(debrief.kit, column.card.decisionId),
      reason: oneLine(column.card.decisionReason),
    })),
  }));
}

export interface ColumnEvidence {
  column: DebriefColumn;
  score: number | null;
  /** The questions of this category the interviewer answered, with notes; empty when the file carries none. */
  evidence: DebriefEvidence[];
  /** False when the file was a per-interview export: notes exist but were not sent. */
  hasEvidence: boolean;
}

/** Each interviewer's score and evidence notes for one category, behind one click in the by-category step. */
export function evidenceFor(debrief: Debrief, category: DebriefCategory): ColumnEvidence[] {
  return debrief.columns.map((column, i) => ({
    column,
    score: category.scores[i]?.score ?? null,
    evidence: column.card.evidence.filter(
      (e) => e.categoryId === category.categoryId && !e.notAsked && (e.score !== null || e.notes.trim()),
    ),
    hasEvidence: column.card.hasEvidence,
  }));
}

export interface FailedMinimum {
  category: DebriefCategory;
  /** Columns that scored this category under its minimum. */
  under: { column: DebriefColumn; score: number }[];
}

export interface Concerns {
  redFlags: GatheredFlag[];
  /** Categories whose debrief mean is below the minimum. */
  failed: FailedMinimum[];
  /** Categories whose mean clears the minimum although some interviewer scored under it. */
  someoneUnder: FailedMinimum[];
}

export function concernsOf(debrief: Debrief): Concerns {
  const withUnder = debrief.scores.categories.map((category) => ({
    category,
    under: debrief.columns.flatMap((column, i) => {
      const score = category.scores[i]?.score ?? null;
      return score !== null && column.failedMinimums.includes(category.categoryId) ? [{ column, score }] : [];
    }),
  }));
  return {
    redFlags: debrief.concerns,
    failed: withUnder.filter((f) => f.category.belowMinimum),
    someoneUnder: withUnder.filter((f) => !f.category.belowMinimum && f.under.length > 0),
  };
}

export interface StrongEvidence extends DebriefEvidence {
  column: DebriefColumn;
  categoryName: string;
}

/** The score from which a question's evidence counts as a strength. */
export const STRENGTH_SCORE = 4;
const STRENGTHS_SHOWN = 8;

export interface Strengths {
  greenFlags: GatheredFlag[];
  /** The highest-scored evidence, best first, noted evidence before bare scores. */
  best: StrongEvidence[];
}

export function strengthsOf(debrief: Debrief): Strengths {
  const names = new Map(debrief.kit.categories.map((c) => [c.id, c.name]));
  const best = debrief.columns
    .flatMap((column) =>
      column.card.evidence
        .filter((e) => !e.notAsked && e.score !== null && e.score >= STRENGTH_SCORE)
        .map((e) => ({ ...e, column, categoryName: names.get(e.categoryId) ?? '' })),
    )
    .sort((a, b) => b.score! - a.score! || Number(!!b.notes.trim()) - Number(!!a.notes.trim()))
    .slice(0, STRENGTHS_SHOWN);
  return { greenFlags: debrief.strengths, best };
}
