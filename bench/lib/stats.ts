/** Order statistics for benchmark samples. Nearest-rank quantiles: every figure quoted is a value that was measured. */

export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

/** Fixed decimals for a table cell: 1 234.5 style is hard to grep, so plain `toFixed`. */
export function fixed(value: number, decimals = 1): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}

export const kb = (bytes: number) => bytes / 1024;
export const mb = (bytes: number) => bytes / (1024 * 1024);
