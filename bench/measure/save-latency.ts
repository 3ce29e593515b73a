import type { Frame, Page } from 'playwright-core';
import type { Launched } from '../../scripts/browsers/chromium';
import { openExtensionPage, stopServiceWorker, timeRequests } from '../lib/browser';
import { fixed, median, p95 } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const SAVE_P95_BUDGET_MS = 25;
export const SAVE_COLD_BUDGET_MS = 200;

export interface SaveLatency {
  warmMs: number[];
  pingMs: number[];
  coldMs: number[];
  /** The same writes from a page that watches nothing: what the panel's own live watch adds. */
  unwatchedMs?: number[];
}

/** Score changes on the round's questions in turn, as an interviewer makes them (1-5, round robin). */
function scorePayloads(interviewId: string, questionIds: string[], count: number) {
  return Array.from({ length: count }, (_, i) => ({
    interviewId,
    questionId: questionIds[i % questionIds.length]!,
    patch: { score: (i % 5) + 1 },
  }));
}

/**
 * Warm: `count` score writes from inside the panel frame itself, one after another, each timed
 * from sendMessage to the background's acknowledgement (sent after the IndexedDB transaction
 * committed). Cold: the service worker is stopped first, as Chrome does after 30 s idle, and
 * the write is sent from an extension page that keeps no port open (the panel's watch port
 * reconnects within 250 ms and would wake the worker itself).
 */
export async function measureWarmSaves(
  panel: Frame | Page,
  interviewId: string,
  questionIds: string[],
  count: number,
): Promise<Pick<SaveLatency, 'warmMs' | 'pingMs'>> {
  await timeRequests(panel, 'answers.put', scorePayloads(interviewId, questionIds, 20));
  const pingMs = await timeRequests(
    panel,
    'ping',
    Array.from({ length: 100 }, () => ({})),
  );
  const warmMs = await timeRequests(panel, 'answers.put', scorePayloads(interviewId, questionIds, count));
  return { warmMs, pingMs };
}

/** Call with no panel open, so nothing but the measured write wakes the worker. Also times warm writes nobody watches. */
export async function measureColdSaves(
  browser: Launched,
  interviewId: string,
  questionIds: string[],
  runs: number,
): Promise<Pick<SaveLatency, 'coldMs' | 'unwatchedMs'>> {
  const coldMs: number[] = [];
  const quiet: Page = await openExtensionPage(browser, 'options.html');
  await quiet.waitForLoadState('networkidle');
  const unwatchedMs = await timeRequests(quiet, 'answers.put', scorePayloads(interviewId, questionIds, 200));
  for (let run = 0; run < runs; run++) {
    await stopServiceWorker(quiet);
    const [ms] = await timeRequests(quiet, 'answers.put', scorePayloads(interviewId, questionIds.slice(run % questionIds.length), 1));
    coldMs.push(ms!);
  }
  await quiet.close();
  return { coldMs, unwatchedMs };
}

export function saveLatencyRow(result: SaveLatency): BenchRow {
  const p50 = median(result.warmMs);
  const high = p95(result.warmMs);
  const cold = median(result.coldMs);
  const ping = median(result.pingMs);
  return {
    key: 'saveLatency',
    figure: 'save latency (one score)',
    measured: `p50 ${fixed(p50)} ms, p95 ${fixed(high)} ms (n=${result.warmMs.length}); cold ${fixed(cold, 0)} ms median (n=${result.coldMs.length}, max ${fixed(Math.max(...result.coldMs), 0)})`,
    budget: `p95 ≤ ${SAVE_P95_BUDGET_MS} ms; cold ≤ ${SAVE_COLD_BUDGET_MS} ms`,
    pass: high <= SAVE_P95_BUDGET_MS && cold <= SAVE_COLD_BUDGET_MS,
    ratio: `p50 ${fixed(p50 / ping, 1)}× a ping round trip (${fixed(ping, 2)} ms)`,
    notes:
      `answers.put {score} sent with chrome.runtime.sendMessage from inside the panel iframe on the call page, timed in the frame from send to the acknowledgement (the store replies after the IndexedDB transaction commits); the panel's own watch is live, so each write also pushes a bundle back. ` +
      `Cold: CDP ServiceWorker.stopAllWorkers, then one write (worker start, Dexie open, kit seeding check, write). Baseline: the ping request (messaging only, no IndexedDB).` +
      (result.unwatchedMs
        ? ` The same writes from a page with no live watch open: p50 ${fixed(median(result.unwatchedMs))} ms, p95 ${fixed(p95(result.unwatchedMs))} ms (the difference is the panel's watch re-reading and posting the whole interview after each write).`
        : ''),
    values: {
      p50Ms: p50,
      p95Ms: high,
      coldMedianMs: cold,
      coldMaxMs: Math.max(...result.coldMs),
      pingMedianMs: ping,
      unwatchedP95Ms: result.unwatchedMs ? p95(result.unwatchedMs) : null,
    },
  };
}
