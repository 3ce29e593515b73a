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

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};
const NUM = String.raw`(\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const toNumber = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);
const SINGLE = new RegExp(String.raw`^${NUM}[\s-]*([a-z]+\.?)(?:\s*(?:and\s*)?(\d+)\s*([a-z]+\.?))?$`, 'i');
const RANGE = new RegExp(String.raw`^${NUM}\s*(?:[-–—]|to)\s*${NUM}\s*([a-z]+\.?)$`, 'i');
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|h|m)\b`;
const APPROX = String.raw`(?:(?:about|around|roughly|approx\.?|approximately|~|up to)\s*)?`;
/** Durations as sentences write them, the most specific first. */
const IN_PROSE = [
  new RegExp(String.raw`${APPROX}\b${NUM}\s*(?:[-–—]|to)\s*${NUM}[\s-]*${UNIT}`, 'i'),
  new RegExp(String.raw`${APPROX}(?:half an? hour|an? hour and a half|\ban? hour\b)`, 'i'),
  new RegExp(String.raw`${APPROX}\d+\s*h\s*\d{1,2}\s*(?:m|min|mins|minutes)?\b`, 'i'),
  new RegExp(String.raw`${APPROX}\b${NUM}[\s-]*${UNIT}`, 'i'),
];
/** Ranges up to this long are timed at their upper end ("45-60 min" → 60); longer ones are take-homes. */
const LONGEST_TIMED_RANGE = 120;

/** "30 minutes", "45 mins", "1.5 hours", "90m", "1h 30m", "1h30", "about one hour", "half an hour", "45-60 min", "3-6 hours", "Submitted Before". */
export function parseDuration(raw: string): Duration | null {
  const text = raw
    .trim()
    .replace(/^(?:~|about|around|roughly|approx\.?|approximately|ca\.?|up to|at most)\s*/i, '')
    .replace(/\.$/, '');
  if (/^half an? hour$/i.test(text)) return { minutes: 30 };
  if (/^an? hour$/i.test(text)) return { minutes: 60 };
  if (/^an? hour and a half$|^one and a half hours?$/i.test(text)) return { minutes: 90 };
  const compact = /^(\d+)\s*h(?:ours?|rs?)?\s*(\d{1,2})\s*(?:m|min|mins|minutes)?$/i.exec(text);
  if (compact) return { minutes: Number(compact[1]) * 60 + Number(compact[2]) };
  const single = SINGLE.exec(text);
  const first = single ? unitMinutes(toNumber(single[1]!), single[2]!) : undefined;
  if (single && first !== undefined) {
    if (!single[3]) return { minutes: first };
    const second = unitMinutes(Number(single[3]), single[4]!);
    if (second !== undefined) return { minutes: first + second };
  }
  const range = RANGE.exec(text);
  const upper = range ? unitMinutes(toNumber(range[2]!), range[3]!) : undefined;
  if (range && upper !== undefined) return upper <= LONGEST_TIMED_RANGE ? { minutes: upper, note: raw.trim() } : { note: raw.trim() };
  if (UNTIMED_WORDS.test(text) && text.length <= 40) return { note: raw.trim() };
  return null;
}

/**
 * A duration stated in a sentence: "This round lasts about 45 minutes.", "About one hour with
 * the hiring manager.", "a 30-minute call", "Duration: 45-60 min". Returns the duration and the
 * words that said it; null when the sentence names no length of time.
 */
export function findDuration(sentence: string): { duration: Duration; said: string } | null {
  for (const pattern of IN_PROSE) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const duration = parseDuration(m[0]);
    // A day or more is a deadline ("within 24 hours"), not how long an interview takes.
    if (duration && (duration.minutes ?? 0) <= 8 * 60) return { duration, said: m[0].trim() };
  }
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
