import puppeteer, { type Browser, type CDPSession, type Target } from 'puppeteer-core';

/**
 * The extension's workers' JS heaps, sampled while something runs: the background service worker,
 * and the dedicated workers the desk starts for exports, backups and restores (each its own V8
 * heap, which the page's own figure does not include). Playwright cannot open a CDP session on a
 * worker, so a second client (puppeteer-core) attaches to the same browser through its DevTools
 * port, only to read Runtime.getHeapUsage.
 */
export interface WorkerHeaps {
  /** Peak used heap of the background service worker, bytes. */
  serviceWorker: number;
  /** Peak of the desk's dedicated workers' used heaps (summed over those alive at the same moment), bytes. */
  workers: number;
}

export interface HeapSampler {
  /** Start sampling every `everyMs`; returns a function that stops and gives the peaks. */
  sample(everyMs: number): () => Promise<WorkerHeaps>;
  close(): Promise<void>;
}

const ours = (extensionId: string) => (t: Target) => t.url().startsWith(`chrome-extension://${extensionId}/`);

async function heapOf(target: Target, sessions: Map<Target, CDPSession>): Promise<number> {
  let session = sessions.get(target);
  if (!session) {
    session = await target.createCDPSession();
    sessions.set(target, session);
  }
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

export async function workerHeapSampler(devtoolsUrl: string, extensionId: string): Promise<HeapSampler> {
  const browser: Browser = await puppeteer.connect({ browserURL: devtoolsUrl, defaultViewport: null });
  const isOurs = ours(extensionId);
  return {
    sample(everyMs) {
      const peaks: WorkerHeaps = { serviceWorker: 0, workers: 0 };
      const sessions = new Map<Target, CDPSession>();
      let running = true;
      const loop = (async () => {
        while (running) {
          const targets = browser.targets().filter(isOurs);
          let workers = 0;
          for (const target of targets) {
            try {
              if (target.type() === 'service_worker') peaks.serviceWorker = Math.max(peaks.serviceWorker, await heapOf(target, sessions));
              // Puppeteer reports a dedicated worker as "other"; the desk's are its bundled *.worker-<hash>.js.
              else if (/\.worker-[\w-]+\.js$/.test(target.url())) workers += await heapOf(target, sessions);
            } catch {
              // The worker ended (or is starting): it is looked up again on the next tick.
              sessions.delete(target);
            }
          }
          peaks.workers = Math.max(peaks.workers, workers);
          await new Promise((resolve) => setTimeout(resolve, everyMs));
        }
        await Promise.all([...sessions.values()].map((s) => s.detach().catch(() => undefined)));
      })();
      return async () => {
        running = false;
        await loop;
        return peaks;
      };
    },
    async close() {
      await browser.disconnect();
    },
  };
}
