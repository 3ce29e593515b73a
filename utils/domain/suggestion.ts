import type { DecisionOption } from './kit/schema';
import { MAYBE_MARGIN, SCORE_EPSILON, STRONG_YES_TOTAL, type ScoreSummary } from './scoring';

/**
 * Why the scores suggest what they suggest, in parts a view can word: "Suggests No: Communication 3
 * is below its minimum of 4; weighted total 3.43 is below 3.5." The parts follow the rule in
 * `suggestDecision` exactly, so the explanation can never disagree with the suggestion.
 */
export type SuggestionReason =
  | { kind: 'below-minimum'; categoryId: string; name: string; score: number; minScore: number }
  | { kind: 'no-minimum-failed' }
  | {
      kind: 'total';
      /** strong: at the strong-yes bar; meets: at the threshold; near: within MAYBE_MARGIN below it; below: further below. */
      relation: 'strong' | 'meets' | 'near' | 'below';
      total: number;
      /** The figure the total is measured against (the threshold, or the strong-yes bar). */
      bar: number;
      basis: ScoreSummary['basis'];
    };

export interface ExplainedSuggestion {
  decisionId: string;
  reasons: SuggestionReason[];
}

const atLeast = (value: number, bound: number) => value >= bound - SCORE_EPSILON;

/** The suggestion with its reasons; null when there is none (nothing scored, no threshold, no such option). */
export function explainSuggestion(summary: ScoreSummary, offerThreshold: number | undefined): ExplainedSuggestion | null {
  const total = summary.weightedTotal;
  if (!summary.suggestedDecisionId || total === null || offerThreshold === undefined) return null;
  const failed = summary.categories.filter((c) => summary.failedMinimums.includes(c.categoryId) && c.score !== null);
  const reasons: SuggestionReason[] = failed.map((c) => ({
    kind: 'below-minimum',
    categoryId: c.categoryId,
    name: c.name,
    score: c.score!,
    minScore: c.minScore,
  }));
  if (failed.length === 0 && summary.basis === 'matrix') reasons.push({ kind: 'no-minimum-failed' });
  const strongBar = Math.max(STRONG_YES_TOTAL, offerThreshold);
  const relation =
    failed.length === 0 && atLeast(total, strongBar)
      ? 'strong'
      : atLeast(total, offerThreshold)
        ? 'meets'
        : failed.length === 0 && atLeast(total, offerThreshold - MAYBE_MARGIN)
          ? 'near'
          : 'below';
  reasons.push({ kind: 'total', relation, total, bar: relation === 'strong' ? strongBar : offerThreshold, basis: summary.basis });
  return { decisionId: summary.suggestedDecisionId, reasons };
}

/** Which way a decision leans: towards a hire, away from one, or not yet decided. */
export type Leaning = 'hire' | 'undecided' | 'no-hire';

/** From what the decision sets in motion, else from the usual ids (a kit without meanings still leans). */
export function leaningOf(option: Pick<DecisionOption, 'id' | 'nextStep'>): Leaning | null {
  if (option.nextStep === 'offer' || option.nextStep === 'reference-checks') return 'hire';
  if (option.nextStep === 'more-interviews') return 'undecided';
  if (option.nextStep === 'reject') return 'no-hire';
  if (/(^|-)yes$/.test(option.id) || option.id === 'hire') return 'hire';
  if (/^(no|strong-no|no-hire|reject)$/.test(option.id)) return 'no-hire';
  if (option.id === 'maybe') return 'undecided';
  return null;
}

/**
 * A decision goes against the scores when it leans another way than the suggestion: Strong Yes
 * where the scores suggest Maybe or No, No where they suggest Yes. Within one leaning (Strong Yes
 * for Yes) it does not. The panel then asks the interviewer to confirm and requires the reason.
 */
export function againstScores(decisionId: string | undefined, suggestedId: string | null, options: readonly DecisionOption[]): boolean {
  if (!decisionId || !suggestedId || decisionId === suggestedId) return false;
  const chosen = options.find((o) => o.id === decisionId);
  const suggested = options.find((o) => o.id === suggestedId);
  if (!chosen || !suggested) return false;
  const [a, b] = [leaningOf(chosen), leaningOf(suggested)];
  return a !== null && b !== null && a !== b;
}
