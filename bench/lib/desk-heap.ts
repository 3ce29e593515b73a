import type { Page } from 'playwright-core';
import { heapAfterGc, performanceSession, type BenchBrowser } from './browser';
import type { HeapSampler, WorkerHeaps } from './worker-heap';

/**
 * Peak JS heaps while the desk does one long thing: the page's (CDP JSHeapUsedSize: all extension
 * pages share one renderer and one heap), its dedicated workers' and the background service
 * worker's, each sampled every `everyMs`. Garbage is collected first, so the peak is this task's
 * own (used heap includes garbage not yet collected, so it is an upper bound).
 */
export interface DeskHeaps extends WorkerHeaps {
  page: number;
}

/** The desk's own peak: its page and its workers together (the background is reported apart). */
export const deskPeak = (h: DeskHeaps) => h.page + h.workers;

export async function sampleDeskHeap(
  browser: BenchBrowser,
  page: Page,
  workers: HeapSampler,
  everyMs = 50,
): Promise<() => Promise<DeskHeaps>> {
  const { session, read } = await performanceSession(browser.context, page);
  await heapAfterGc(session);
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      // A stage that fails closes its page without stopping the sampler: stop sampling, never reject.
      const metrics = await read().catch(() => null);
      if (!metrics) return;
      peak = Math.max(peak, metrics.JSHeapUsedSize ?? 0);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  const stopWorkers = await workers.sample(everyMs);
  return async () => {
    running = false;
    await loop;
    const heaps = await stopWorkers();
    await session.detach().catch(() => undefined);
    return { page: peak, ...heaps };
  };
}

/** Record the longest gap between animation frames in a page (how long its view could not repaint) until stopped. */
export async function watchFrames(page: Page): Promise<{ since: number; stop(): Promise<number> }> {
  const since = await page.evaluate(() => {
    const w = window as unknown as { __benchGap: number; __benchGapRun: boolean };
    w.__benchGap = 0;
    w.__benchGapRun = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__benchGap = Math.max(w.__benchGap, now - last);
      last = now;
      if (w.__benchGapRun) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  });
  return {
    since,
    stop: () =>
      page.evaluate(() => {
        const w = window as unknown as { __benchGap: number; __benchGapRun: boolean };
        w.__benchGapRun = false;
        return w.__benchGap;
      }),
  };
}
