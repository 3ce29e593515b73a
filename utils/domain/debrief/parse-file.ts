import type { Kit } from '../kit/schema';
import { sha256Hex } from '../seal';
import { personKey } from './combine';
import type { DebriefFile, DebriefScorecard, FileReport } from './read-files';
import { readFile } from './scorecards';

/**
 * One file dropped into a running debrief, read as it will be kept: the scorecards about the
 * debrief's candidate, what was set aside (other candidates, named), and the file's report.
 * A file is known by its content, not its name: the same file dropped twice is one file, and two
 * different files that share a name ("panelist-interviews-all-2026-12-01.csv") are both kept.
 */
export interface ParsedDebriefFile {
  /** SHA-256 of the file's text: its identity. */
  id: string;
  /** The name shown, unique within the debrief ("all.csv (2)" for a second, different all.csv). */
  name: string;
  /** Characters read. */
  size: number;
  addedAt: number;
  report: FileReport;
  /** Scorecards about the debrief's candidate. */
  cards: DebriefScorecard[];
  /** Scorecards about someone else, set aside and named, never merged. */
  otherCandidates: { name: string; scorecards: number }[];
}

const NAMED_OTHERS = 5;

/** The candidates a file's set-aside scorecards are about, most first. */
function othersIn(cards: readonly DebriefScorecard[]): ParsedDebriefFile['otherCandidates'] {
  const byName = new Map<string, { name: string; scorecards: number }>();
  for (const card of cards) {
    const entry = byName.get(personKey(card.candidate)) ?? { name: card.candidate.trim(), scorecards: 0 };
    entry.scorecards++;
    byName.set(personKey(card.candidate), entry);
  }
  return [...byName.values()].sort((a, b) => b.scorecards - a.scorecards || a.name.localeCompare(b.name));
}

const scorecardWord = (n: number) => (n === 1 ? '1 scorecard' : `${n} scorecards`);

/** Read one file for the debrief of `candidate`: their scorecards kept, everyone else's named and set aside. */
export function parseDebriefFile(file: DebriefFile, kits: readonly Kit[], candidate: string): Omit<ParsedDebriefFile, 'id' | 'addedAt'> {
  const { cards, report } = readFile(file, kits);
  const about = cards.filter((c) => personKey(c.candidate) === personKey(candidate));
  const otherCandidates = othersIn(cards.filter((c) => personKey(c.candidate) !== personKey(candidate)));
  const notes = otherCandidates
    .slice(0, NAMED_OTHERS)
    .map((o) => `${file.name}: ${scorecardWord(o.scorecards)} about ${o.name}, not ${candidate.trim()}: set aside`);
  if (otherCandidates.length > NAMED_OTHERS) {
    const rest = otherCandidates.slice(NAMED_OTHERS);
    notes.push(
      `${file.name}: ${scorecardWord(rest.reduce((n, o) => n + o.scorecards, 0))} about ${rest.length} other candidates: set aside`,
    );
  }
  return {
    name: file.name,
    size: file.text.length,
    report: { ...report, scorecards: about.length, notes: [...report.notes, ...notes] },
    cards: about,
    otherCandidates,
  };
}

/** A file's identity: the SHA-256 of its text. */
export const contentId = (text: string): Promise<string> => sha256Hex(text);

/** `name`, or "name (2)", "name (3)"… when another file already shows as `name`. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) if (!taken.includes(`${name} (${n})`)) return `${name} (${n})`;
}
