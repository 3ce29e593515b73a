/** The debrief's scorecards as read from the files the panel sends and from this browser's store. */

export interface DebriefFile {
  name: string;
  text: string;
  /** What reading the file's bytes noticed (its encoding), for its report (utils/domain/csv/decode.ts). */
  notes?: string[];
  /** Why the file was refused unread (too big, not CSV); its text is then empty. */
  problem?: string;
}

export interface DebriefFlag {
  kind: 'red' | 'green';
  text: string;
  /** Round clock when raised, "12:40"; empty when unknown. */
  at: string;
}

/** One question's score and evidence notes as an interviewer left them (items export, or this browser's own). */
export interface DebriefEvidence {
  questionId: string;
  /** The question's title (else its prompt) as the kit or the file names it. */
  question: string;
  categoryId: string;
  score: number | null;
  notAsked: boolean;
  notes: string;
}

/** What the file seal's check found about a submitted scorecard read from a file (docs/seal.md). */
export type ScorecardIntegrity = 'edited-after-submission' | 'not-sealed';

export interface DebriefScorecard {
  interviewId: string;
  /** "this browser" or the file names it was read from. */
  sources: string[];
  local: boolean;
  interviewer: string;
  candidate: string;
  kitId: string;
  kitVersion: number;
  roundId: string;
  roundTitle: string;
  status: 'draft' | 'submitted';
  /** When the interview took place (its start, else its creation), ms; null when the file does not say. */
  date: number | null;
  /** The seal as the file or the store gives it; empty for drafts. */
  seal: string;
  /** Set only when the seal does not vouch for a submitted scorecard; shown on the interviewer's column. */
  integrity?: ScorecardIntegrity;
  /** The kit version the file names, when it is not installed and the card was read with `kitVersion` instead. */
  namedKitVersion?: number;
  categoryScores: Record<string, number | null>;
  /** Per-question scores and notes; empty when the file carries none (per-interview export). */
  evidence: DebriefEvidence[];
  /** False for a per-interview export: it carries no per-question notes, which is not the same as none written. */
  hasEvidence: boolean;
  /** False when only an items CSV exported before items carried the decision was given: its decision and flags are unknown, not absent. */
  hasDecision: boolean;
  decisionId?: string;
  decisionReason: string;
  flags: DebriefFlag[];
}

export interface FileReport {
  name: string;
  shape: 'items' | 'interviews' | 'unknown';
  /** Data rows accepted. */
  rowsRead: number;
  rowsRejected: number;
  /** Scorecards taken from this file. */
  scorecards: number;
  /** One line per rejected row or file-level problem, starting with the file name. */
  errors: string[];
  /** Things worth knowing that did not reject anything. */
  notes: string[];
}

export interface ReadResult {
  cards: DebriefScorecard[];
  reports: FileReport[];
}
