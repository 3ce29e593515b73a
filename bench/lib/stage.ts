import { median } from './stats';

/** When the run started: every log line carries the seconds since. */
export const started = performance.now();

export function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

/**
 * What a stage measured, in a few words, logged as soon as it ends: a long run (`--at-50k`) that
 * stops in a later stage still leaves every figure it measured in its log.
 */
function glimpse(result: unknown): string {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  if (typeof result === 'number') return `: ${ms(result)}`;
  if (Array.isArray(result) && result.length > 0 && result.every((v) => typeof v === 'number'))
    return `: median ${ms(median(result))} of ${result.length}`;
  if (Array.isArray(result) && result.length > 0 && result.every((v) => typeof (v as { ms?: unknown })?.ms === 'number'))
    return `: median ${ms(median(result.map((v: { ms: number }) => v.ms)))} of ${result.length}`;
  if (result && typeof result === 'object') {
    const numbers = Object.entries(result).filter(([, v]) => typeof v === 'number') as [string, number][];
    if (numbers.length > 0) return `: ${numbers.map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(1)}`).join(', ')}`;
  }
  return '';
}

/** Run one stage; a failure becomes a "not measured" row instead of ending the run. */
export async function stage<T>(name: string, run: () => Promise<T>): Promise<T | Error> {
  log(name);
  const begun = performance.now();
  try {
    const result = await run();
    log(`${name}: done in ${((performance.now() - begun) / 1000).toFixed(1)} s${glimpse(result)}`);
    return result;
  } catch (error) {
    log(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
    return error as Error;
  }
}
