import type { Kit } from './kit/schema';

/**
 * When a stored weighted total (the store's `scoreTotals`, a copy kept so history pages need not
 * read every answer) still holds. A total is worked out from one interview's answers and ratings
 * with one kit version's rules, so its stamp names both: the interview's revision (the store adds
 * one at every change to the interview or to any of its answers) and a digest of the kit record
 * as stored. A stamp that differs from the one worked out now means the copy is old.
 *
 * Bump SCORE_RULES when scoring.ts changes how a total is worked out: every stored total then
 * differs from its stamp and is worked out again.
 */
export const SCORE_RULES = 1;

/**
 * A 64-bit FNV-1a digest of a string (two 32-bit lanes with different offsets), as 16 hex digits.
 * Not a security seal: it tells one kit record's text from another's, nothing more.
 */
export function textDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The part of a total's stamp that comes from its kit: the rules' version and the whole kit record's digest. */
export function kitScoreStamp(kit: Kit): string {
  return `${SCORE_RULES}.${textDigest(JSON.stringify(kit))}`;
}

/** A total's whole stamp: its kit's part and the interview's revision. */
export function scoreStamp(kitStamp: string, revision: number): string {
  return `${kitStamp}.${revision}`;
}
