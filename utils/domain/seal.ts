import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Answer, Interview } from './interview/schema';
import { Utf8Buffer } from './utf8-buffer';

/**
 * The seal lets a debrief tell whether a submitted scorecard was changed afterwards:
 * SHA-256 over a canonical JSON of everything the interviewer judged. Bookkeeping
 * (status, the seal itself, reopen history, reminder state, updatedAt) is left out so
 * storing the seal does not change what it covers.
 */

/** JSON with object keys sorted at every depth and `undefined` members dropped, so equal content gives equal text. */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeys(member);
    }
    return out;
  }
  return value;
}

/**
 * Keys an object does not keep in the order they were added: array indices ("0", "17"), which
 * JSON writes first, and `__proto__`, which assignment does not add as a key at all.
 */
export const unordinaryKey = (key: string) => key === '__proto__' || (String(Number(key) >>> 0) === key && key !== '4294967295');

/** Thrown inside `canonicalText` at anything but plain JSON data, to take `canonicalJson`'s path instead. */
const NOT_PLAIN = Symbol('not plain data');

function plainCanonical(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      throw NOT_PLAIN;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += `${i ? ',' : ''}${value[i] === undefined ? 'null' : plainCanonical(value[i])}`;
    return `${text}]`;
  }
  let text = '{';
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    if (unordinaryKey(key)) throw NOT_PLAIN;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${plainCanonical(member)}`;
  }
  return `${text}}`;
}

/**
 * `canonicalJson(value)`, written in one walk instead of copying the value with sorted keys and
 * then stringifying the copy: the same text for plain JSON data (strings, numbers, booleans, null,
 * arrays, objects), and `canonicalJson`'s own path for anything else (a function, a key JSON
 * reorders). Seals are computed over thousands of scorecards in an export.
 */
export function canonicalText(value: unknown): string {
  try {
    return plainCanonical(value) as string;
  } catch (error) {
    if (error === NOT_PLAIN) return canonicalJson(value);
    throw error;
  }
}

const SEALED_INTERVIEW_FIELDS = [
  'id',
  'candidateId',
  'kitId',
  'kitVersion',
  'roundId',
  'interviewer',
  'platform',
  'meetingCode',
  'meetingUrl',
  'createdAt',
  'startedAt',
  'finishedAt',
  'timerEvents',
  'categoryRatings',
  'flags',
  'decisionId',
  'decisionReason',
  'overallNotes',
  'submittedAt',
] as const satisfies readonly (keyof Interview)[];

const SEALED_ANSWER_FIELDS = ['questionId', 'score', 'notAsked', 'pointsTicked', 'notes'] as const satisfies readonly (keyof Answer)[];

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = record[key];
  return out;
}

/** An answer's sealed fields; criteria scores only when there are some, so seals made before them still verify. */
function sealedAnswer(answer: Answer) {
  const picked = pick(answer, SEALED_ANSWER_FIELDS);
  return hasCriteria(answer) ? { ...picked, criteriaScores: answer.criteriaScores } : picked;
}

function hasCriteria(answer: Answer): boolean {
  return !!answer.criteriaScores && Object.keys(answer.criteriaScores).length > 0;
}

/** `"key":` for each field, in the order canonical JSON writes them (sorted, as `Object.keys(…).sort()` does). */
const members = (keys: readonly string[]) => [...keys].sort().map((key) => [key, `${JSON.stringify(key)}:`] as const);
const INTERVIEW_MEMBERS = members(SEALED_INTERVIEW_FIELDS);
const ANSWER_MEMBERS = members(SEALED_ANSWER_FIELDS);
const ANSWER_WITH_CRITERIA_MEMBERS = members([...SEALED_ANSWER_FIELDS, 'criteriaScores']);

/** `plainCanonical` of the record's sealed fields as one object, keys known and sorted beforehand. */
function membersText(record: object, fields: typeof INTERVIEW_MEMBERS): string {
  let text = '';
  for (const [key, prefix] of fields) {
    const value = (record as Record<string, unknown>)[key];
    if (value === undefined) continue;
    text += `${text ? ',' : '{'}${prefix}${plainCanonical(value)}`;
  }
  return text ? `${text}}` : '{}';
}

const byQuestionId = (a: Answer, b: Answer) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0);

/**
 * The exact text the seal is computed over: `canonicalText` of the interview's sealed fields and
 * its answers' (sorted by question id), written field by field with the keys sorted once (an
 * export computes it for every submitted scorecard). Anything but plain data takes the general path.
 */
export function canonicalScorecard(interview: Interview, answers: readonly Answer[]): string {
  const own = answers.filter((a) => a.interviewId === interview.id).sort(byQuestionId);
  try {
    let text = '{"answers":[';
    own.forEach((answer, i) => {
      text += `${i ? ',' : ''}${membersText(answer, hasCriteria(answer) ? ANSWER_WITH_CRITERIA_MEMBERS : ANSWER_MEMBERS)}`;
    });
    return `${text}],"interview":${membersText(interview, INTERVIEW_MEMBERS)}}`;
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return canonicalJson({ interview: pick(interview, SEALED_INTERVIEW_FIELDS), answers: own.map(sealedAnswer) });
  }
}

/**
 * SHA-256 of the text's UTF-8, as lowercase hex. Synchronous (@noble/hashes, audited) so that a
 * file's seals are checked as it is parsed, in a worker or not, and no store transaction has to
 * wait on `crypto.subtle`; the same digest `crypto.subtle` gives.
 */
export function sha256HexSync(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/**
 * SHA-256 (hex) of many texts at once, for long runs such as an export sealing thousands of
 * scorecards: through Web Crypto where the runtime has it (native, and off the calling thread, so
 * the caller builds the next rows meanwhile; browsers and Node both do), else `sha256HexSync`. The
 * same digests either way.
 */
export async function sha256HexMany(texts: readonly string[]): Promise<string[]> {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) return texts.map(sha256HexSync);
  const digests = texts.map((text) => subtle.digest('SHA-256', utf8Scratch(text)));
  return (await Promise.all(digests)).map((digest) => bytesToHex(new Uint8Array(digest)));
}

const scratch = new Utf8Buffer();

/**
 * The text's UTF-8 in one buffer reused from call to call. Only for `digest`, which copies its
 * input before it returns; the view is stale after the next call.
 */
function utf8Scratch(text: string): Uint8Array<ArrayBuffer> {
  scratch.clear();
  scratch.append(text);
  return scratch.view();
}

export async function sha256Hex(text: string): Promise<string> {
  return sha256HexSync(text);
}

export function computeSeal(interview: Interview, answers: readonly Answer[]): Promise<string> {
  return sha256Hex(canonicalScorecard(interview, answers));
}

/** Whether a submitted scorecard still matches the seal set when it was submitted (false for a draft). */
export function storeSealIntact(interview: Interview, answers: readonly Answer[]): boolean {
  return !!interview.seal && sha256HexSync(canonicalScorecard(interview, answers)) === interview.seal;
}

export type SealStatus = 'unsealed' | 'intact' | 'tampered';

/** `unsealed` for drafts, `intact` when the content still matches its seal, `tampered` when it was edited after sealing. */
export async function sealStatus(bundle: { interview: Interview; answers: readonly Answer[] }): Promise<SealStatus> {
  const { seal } = bundle.interview;
  if (!seal) return 'unsealed';
  return (await computeSeal(bundle.interview, bundle.answers)) === seal ? 'intact' : 'tampered';
}

/** True only for a sealed scorecard whose content still matches its seal. */
export async function verifySeal(bundle: { interview: Interview; answers: readonly Answer[] }): Promise<boolean> {
  return (await sealStatus(bundle)) === 'intact';
}
