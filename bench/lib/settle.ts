import { readdirSync, readFileSync } from 'node:fs';

/**
 * Wait until the browser of this profile is idle: every process whose command line names its
 * user-data folder, together, using under `maxShare` of one core over `windowMs`. A store just
 * restored goes on compacting its IndexedDB files for a while after the restore has finished
 * (one 10,000-interview restore on a slower machine had history open at 447 ms right after it),
 * and a user's years of data are long settled; so the screens are measured on a settled store.
 * Linux only (/proc); elsewhere it returns at once. Resolves with the milliseconds waited.
 */
export async function settle(userDataDir: string, { maxShare = 0.1, windowMs = 2000, timeoutMs = 10 * 60_000 } = {}): Promise<number> {
  const started = performance.now();
  const ticksPerSecond = 100; // USER_HZ on Linux
  const first = cpuTicks(userDataDir);
  if (first === null) return 0;
  let before: number = first;
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now: number = cpuTicks(userDataDir) ?? before;
    const share = (now - before) / ticksPerSecond / (windowMs / 1000);
    before = now;
    if (share < maxShare) break;
  }
  return performance.now() - started;
}

/** CPU time (user + system, in clock ticks) of every live process of this profile; null without /proc. */
function cpuTicks(userDataDir: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(userDataDir)) continue;
      // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}
