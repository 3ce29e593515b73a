/*
 * What a single heading's text says: a duration in brackets, a "Round 2:" /
 * "Stage 1 —" prefix, a "Part A:" label, a "Q3." question number. Each regex
 * looks at one heading or line, never at the document.
 */

export interface Duration {
  /** Whole or fractional minutes when the text gives one number. */
  minutes?: number;
  /** The text itself when it is not one number: a range, "Submitted Before". */
  note?: string;
}

const MINUTE_UNITS = /^(?:m|min|mins|minute|minutes)\.?$/i;
const HOUR_UNITS = /^(?:h|hr|hrs|hour|hours)\.?$/i;
/** Words that mark an untimed round when they stand where a duration would. */
const UNTIMED_WORDS = /\b(?:submitted|before|take[- ]?home|async(?:hronous)?|offline|untimed|self[- ]paced|varies|tbd|flexible)\b/i;

function unitMinutes(value: number, unit: string): number | undefined {
  if (MINUTE_UNITS.test(unit)) return value;
  if (HOUR_UNITS.test(unit)) return value * 60;
  return undefined;
}

/** "30 minutes", "45 mins", "1.5 hours", "90m", "1h 30m", "3-6 hours", "Submitted Before". */
export function parseDuration(raw: string): Duration | null {
  const text = raw.trim().replace(/^(?:~|about|approx\.?|approximately|ca\.?)\s*/i, '');
  const single = /^(\d+(?:\.\d+)?)\s*([a-z]+\.?)(?:\s*(\d+)\s*([a-z]+\.?))?$/i.exec(text);
  const first = single ? unitMinutes(Number(single[1]), single[2]!) : undefined;
  if (single && first !== undefined) {
    if (!single[3]) return { minutes: first };
    const second = unitMinutes(Number(single[3]), single[4]!);
    if (second !== undefined) return { minutes: first + second };
  }
  const range = /^(\d+(?:\.\d+)?)\s*(?:[-–—]|to)\s*(\d+(?:\.\d+)?)\s*([a-z]+\.?)$/i.exec(text);
  if (range && unitMinutes(1, range[3]!) !== undefined) return { note: raw.trim() };
  if (UNTIMED_WORDS.test(text) && text.length <= 40) return { note: raw.trim() };
  return null;
}

export interface HeadingParts {
  /** The heading without its duration, round prefix and `{#id}`. */
  title: string;
  /** An explicit id written as `{#id}` at the end, kept stable across re-imports. */
  id?: string;
  duration: Duration | null;
  /** N from "Round N", "Stage N", "Interview N", "1." */
  number?: number;
  /** True when the heading starts with a round-like word and a number. */
  roundWord: boolean;
}

const ROUND_PREFIX = /^(?:round|stage|interview|session|step|phase|loop)\s+(\d+)\b\s*(?:[:.)|–—-]\s*)?/i;
const NUMBER_PREFIX = /^(\d+)[.)]\s+/;
const BRACKETED_TAIL = /\s*[([]([^()[\]]+)[)\]]\s*$/;
const DASHED_TAIL = /\s+[–—|·-]\s+([^–—|·]+)$/;

/** "Django Expertise {#django}" → { text: "Django Expertise", id: "django" }. */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const m = /\s*\{#([A-Za-z0-9][\w-]*)\}\s*$/.exec(text);
  return m ? { text: text.slice(0, m.index).trim(), id: m[1]!.toLowerCase() } : { text: text.trim() };
}

export function splitHeading(text: string): HeadingParts {
  const explicit = splitExplicitId(text);
  let title = explicit.text;
  let duration: Duration | null = null;
  for (const tail of [BRACKETED_TAIL, DASHED_TAIL]) {
    const m = tail.exec(title);
    const parsed = m ? parseDuration(m[1]!) : null;
    if (m && parsed) {
      duration = parsed;
      title = title.slice(0, m.index).trim();
      break;
    }
  }
  let number: number | undefined;
  let roundWord = false;
  const prefix = ROUND_PREFIX.exec(title) ?? NUMBER_PREFIX.exec(title);
  if (prefix) {
    number = Number(prefix[1]);
    roundWord = ROUND_PREFIX.test(title);
    const rest = title
      .slice(prefix[0].length)
      .trim()
      .replace(/^[–—:-]\s*/, '');
    // "Round 2 (45 min)" keeps "Round 2" as its title.
    title = rest || title.replace(/\s*[:.)|–—-]\s*$/, '');
  }
  return { title, duration, number, roundWord, ...(explicit.id ? { id: explicit.id } : {}) };
}

/** "Part A: ...", "Section 2 — ...", "Exercise 1": words that mark a section, not a round. */
export function isPartHeading(text: string): boolean {
  return /^(?:part|section|segment|block|exercise|module)\s+(?:[a-z]|\d+|[ivx]+)\b/i.test(text.trim());
}

/** "Q1. text", "Q 2: text", "Question 3 - text" → the text after the number; else null. */
export function questionNumberRest(text: string): string | null {
  const m = /^(?:q|question)\s*(\d+)\s*(?:[.:)\-–—]\s*|\s+)(.*)$/is.exec(text.trim());
  return m ? m[2]!.trim() : null;
}
