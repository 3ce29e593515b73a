import type { Kit } from './domain/kit/schema';
import type { Answer, Candidate, Interview } from './domain/interview/schema';
import type { DebriefRecord } from './domain/debrief/record';
import type { ReferenceCheckRecord } from './domain/debrief/references';

/** What the store's requests answer with (utils/protocol.ts re-exports them): the shapes views read. */
export interface KitSummary {
  id: string;
  version: number;
  title: string;
  role: string;
  builtIn: boolean;
  archived: boolean;
  rounds: { id: string; title: string; durationMin?: number }[];
}

/** One scorecard as the panel needs it, read in one transaction: the interview, who it is about, its answers and the kit version it runs. */
export interface InterviewBundle {
  interview: Interview;
  candidate: Candidate;
  answers: Answer[];
  kit: Kit;
}

/** A kit as the library lists it: its newest version, how many versions and how many interviews use it. */
export interface KitLibraryEntry extends KitSummary {
  organisation: string;
  description: string;
  versions: number[];
  questions: number;
  /** Interviews run with any version; a kit in use cannot be deleted, only archived. */
  interviews: number;
}

/** One line of an interview list: only what a list shows, scored from this page's answers alone. */
export interface InterviewRow {
  interview: Interview;
  candidate: Candidate;
  kitTitle: string;
  roundTitle: string;
  decisionLabel: string;
  weightedTotal: number | null;
}

export interface CandidateRow {
  candidate: Candidate;
  interviews: number;
  lastInterviewAt: number | null;
}

/** Every scorecard of one candidate with the kit versions they were run with. */
export interface CandidateScorecards {
  candidate: Candidate;
  scorecards: { interview: Interview; answers: Answer[] }[];
  kits: Kit[];
}

/** A debrief with what it is read against: its kit version, the candidate, this browser's own scorecards for them (always the current ones) and their reference checks. */
export interface DebriefBundle {
  debrief: DebriefRecord;
  kit: Kit;
  candidate: Candidate;
  local: { interview: Interview; answers: Answer[] }[];
  /** The kit versions this browser's scorecards ran with. */
  localKits: Kit[];
  references: ReferenceCheckRecord[];
}

/** One debrief in a list (to resume it, or to see it again). */
export interface DebriefRow {
  id: string;
  candidateId: string;
  candidateName: string;
  kitId: string;
  kitVersion: number;
  kitTitle: string;
  status: DebriefRecord['status'];
  createdAt: number;
  meetingCode: string;
  files: number;
  decisionLabel: string;
}
