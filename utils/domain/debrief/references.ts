import { z } from 'zod';
import type { Kit, ReferenceCheck } from '../kit/schema';
import { toCsv, type CsvCell } from '../csv';

/**
 * Reference checks: a call with someone who worked with the candidate, run from the candidate as
 * a form with the kit's questions for that kind of referee (technical or leadership). The
 * questions are copied into the check when it starts, so a later kit edit never orphans a note.
 * Stored and backed up like interviews; exported as CSV; summarised in the debrief.
 */

const text = z.string().trim().min(1, 'required');
const instant = z.number().min(-8.64e15).max(8.64e15);

export const WOULD_HIRE_AGAIN = ['yes', 'no', 'unsure'] as const;
export type WouldHireAgain = (typeof WOULD_HIRE_AGAIN)[number];

export const ReferenceCheckRecordSchema = z.object({
  id: text,
  candidateId: text,
  kitId: text,
  kitVersion: z.number().int().positive(),
  kind: z.enum(['technical', 'leadership', 'other']),
  /** The kit's name for this set of questions ("Technical Reference"). */
  title: text,
  refereeName: text,
  /** How the referee knows the candidate ("Engineering manager at Acme, 2019-2023"). */
  relationship: z.string().default(''),
  answers: z.array(z.object({ question: text, notes: z.string().default('') })),
  wouldHireAgain: z.enum(WOULD_HIRE_AGAIN).nullable().default(null),
  /** Who ran the check. */
  by: z.string().trim().default(''),
  status: z.enum(['draft', 'complete']).default('draft'),
  createdAt: instant,
  updatedAt: instant,
  completedAt: instant.optional(),
  revision: z.number().int().min(0).default(0),
});
export type ReferenceCheckRecord = z.infer<typeof ReferenceCheckRecordSchema>;

/** The kit's question sets for referees, with their index (a check is started from one of these). */
export function referenceSetsOf(kit: Pick<Kit, 'referenceChecks'>): (ReferenceCheck & { index: number })[] {
  return kit.referenceChecks.map((set, index) => ({ ...set, index }));
}

export interface ReferenceSummary {
  total: number;
  complete: number;
  wouldHireAgain: Record<WouldHireAgain, number>;
  /** Checks without an answer to "would hire again" yet. */
  unanswered: number;
}

export function summarizeReferences(checks: readonly ReferenceCheckRecord[]): ReferenceSummary {
  const wouldHireAgain: Record<WouldHireAgain, number> = { yes: 0, no: 0, unsure: 0 };
  for (const check of checks) if (check.wouldHireAgain) wouldHireAgain[check.wouldHireAgain]++;
  return {
    total: checks.length,
    complete: checks.filter((c) => c.status === 'complete').length,
    wouldHireAgain,
    unanswered: checks.filter((c) => !c.wouldHireAgain).length,
  };
}

/** One line per check: "Technical Reference: Jo Park (former manager), would hire again: yes, complete". */
export function referenceLine(check: ReferenceCheckRecord): string {
  const who = check.relationship.trim() ? `${check.refereeName} (${check.relationship.trim()})` : check.refereeName;
  const again = check.wouldHireAgain ? `would hire again: ${check.wouldHireAgain}` : 'would hire again: not answered';
  return `${check.title}: ${who}, ${again}, ${check.status === 'complete' ? 'complete' : 'in progress'}`;
}

export const REFERENCE_COLUMNS = [
  'reference_check_id',
  'candidate',
  'kind',
  'title',
  'referee',
  'relationship',
  'would_hire_again',
  'status',
  'by',
  'date', // ISO 8601 UTC of when the check was started
  'question_number',
  'question',
  'notes',
] as const;

/** Every check as CSV, one row per question (a spreadsheet filters by referee or question as it likes). */
export function referencesCsv(candidate: string, checks: readonly ReferenceCheckRecord[]): string {
  const rows: CsvCell[][] = checks.flatMap((check) =>
    check.answers.map((answer, i) => [
      check.id,
      candidate,
      check.kind,
      check.title,
      check.refereeName,
      check.relationship,
      check.wouldHireAgain ?? '',
      check.status,
      check.by,
      new Date(check.createdAt).toISOString(),
      i + 1,
      answer.question,
      answer.notes,
    ]),
  );
  return toCsv(REFERENCE_COLUMNS, rows);
}
