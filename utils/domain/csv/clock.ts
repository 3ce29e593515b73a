/**
 * The round clock as files write it: m:ss with minutes counting past 59 ("75:03"), never negative.
 * The panel's clock is `formatClock` in utils/domain/timer.ts (h:mm:ss, overtime signed).
 * A module of its own so that views showing it (the desk's scorecard) load no CSV writer or reader.
 */
export function formatExportClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
