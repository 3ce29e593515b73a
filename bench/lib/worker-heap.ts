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
  /**
   * Connect and start sampling every `everyMs`; resolves with a function that stops, disconnects
   * and gives the peaks. Connected only while it samples: puppeteer attaches to every target it
   * sees, pages included, and holds each new one until it has set it up, which a page opened
   * meanwhile pays for (history open, median of 9 tabs on the same settled store: 150 and 166 ms
   * with it connected, 130 ms without).
   */
  sample(everyMs: number): Promise<() => Promise<WorkerHeaps>>;
  /** Stop a sampling whose stage failed before stopping it (the next `sample` does this too). */
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

export function workerHeapSampler(devtoolsUrl: string, extensionId: string): HeapSampler {
  const isOurs = ours(extensionId);
  /** The sampling still connected, if a stage failed between starting and stopping it. */
  let open: (() => Promise<WorkerHeaps>) | null = null;
  const close = async () => {
    await open?.().catch(() => undefined);
    open = null;
  };
  return {
    close,
    async sample(everyMs) {
      await close();
      const browser: Browser = await puppeteer.connect({ browserURL: devtoolsUrl, defaultViewport: null });
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
      const stop = async () => {
        if (open === stop) open = null;
        running = false;
        await loop;
        await browser.disconnect();
        return peaks;
      };
      open = stop;
      return stop;
    },
  };
}
