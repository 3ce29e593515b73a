import type { DebriefScores } from './combine';

/**
 * The debrief's verdict in one line, which never says more than the figures allow: a weighted
 * total that meets the threshold is "below the bar" while any category's mean is under its
 * minimum ("Weighted 3.85, but 2 categories are below their minimum: below the bar").
 */
export type Headline =
  | { kind: 'nothing-scored' }
  /** Meets the threshold and every minimum. */
  | { kind: 'meets'; total: number; threshold: number }
  | { kind: 'below-threshold'; total: number; threshold: number }
  /** Meets the threshold, but not every minimum: below the bar all the same. */
  | { kind: 'below-minimums'; total: number; threshold: number; failed: string[] }
  | { kind: 'below-both'; total: number; threshold: number; failed: string[] }
  /** The kit sets no bar: the total, and any failed minimum, without a verdict on the total. */
  | { kind: 'no-bar'; total: number; failed: string[] };

export function headlineOf(
  scores: Pick<DebriefScores, 'weightedTotal' | 'meetsThreshold' | 'failedMinimums' | 'categories'>,
  threshold: number | undefined,
): Headline {
  const total = scores.weightedTotal;
  if (total === null) return { kind: 'nothing-scored' };
  const failed = scores.categories.filter((c) => scores.failedMinimums.includes(c.categoryId)).map((c) => c.name);
  if (threshold === undefined) return { kind: 'no-bar', total, failed };
  if (failed.length === 0)
    return scores.meetsThreshold ? { kind: 'meets', total, threshold } : { kind: 'below-threshold', total, threshold };
  return scores.meetsThreshold ? { kind: 'below-minimums', total, threshold, failed } : { kind: 'below-both', total, threshold, failed };
}

/** True only when the figures clear the bar; null when there is no bar or nothing scored. */
export function passesBar(headline: Headline): boolean | null {
  if (headline.kind === 'nothing-scored' || headline.kind === 'no-bar') return null;
  return headline.kind === 'meets';
}
