import type { ScorecardForExport } from './scorecard';
import { fileDay } from '../format';

/** File names of exported scorecards: whose they are, and safe on every OS. */

const utf8 = new TextEncoder();

/** At most `maxBytes` of UTF-8, cut between characters (file systems count bytes: 255 for a whole name). */
function byUtf8Bytes(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    bytes += utf8.encode(char).length;
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/** Reserved on Windows (and "/" everywhere), and characters shells and URLs trip on. */
const UNSAFE = new Set('<>:"/\\|?*#%&{}$!\'`@+=;,');
const isUnsafe = (char: string) => UNSAFE.has(char) || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;

/** A part of a file name that every OS accepts: no path or reserved characters, no control characters, no leading or trailing dot. */
export function fileNamePart(text: string, maxBytes = 60): string {
  const safe = [...text.normalize('NFC').toLowerCase()]
    .map((char) => (isUnsafe(char) ? ' ' : char))
    .join('')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
  return byUtf8Bytes(safe, maxBytes).replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * "panelist-items-ana-lima-technical-phone-screen-sam-rivera-2026-12-01.csv": whose scorecard it
 * is, which round, who ran it and when (the interview's date, UTC), safe on every OS. A part
 * with nothing usable left is left out.
 */
export function scorecardFileName(
  shape: 'items' | 'interviews',
  card: Pick<ScorecardForExport, 'interview' | 'candidate' | 'kit'>,
): string {
  const { interview, candidate, kit } = card;
  const round = kit.rounds.find((r) => r.id === interview.roundId)?.title ?? interview.roundId;
  const date = fileDay(interview.startedAt ?? interview.createdAt);
  const parts = [candidate.name, round, interview.interviewer].map((p) => fileNamePart(p)).filter(Boolean);
  return `panelist-${shape}-${[...parts, date].join('-')}.csv`;
}
