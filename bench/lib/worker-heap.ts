import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';

/**
 * The background service worker's JS heap, sampled while something runs. Playwright cannot
 * open a CDP session on a service worker, so a second client (puppeteer-core) attaches to the
 * same browser through its DevTools port, only to read Runtime.getHeapUsage.
 */
export interface HeapSampler {
  /** Start sampling every `everyMs`; returns a function that stops and gives the peak used heap in bytes. */
  sample(everyMs: number): () => Promise<number>;
  close(): Promise<void>;
}

async function workerSession(browser: Browser, extensionId: string): Promise<CDPSession> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    {
      timeout: 20_000,
    },
  );
  return target.createCDPSession();
}

export async function workerHeapSampler(devtoolsUrl: string, extensionId: string): Promise<HeapSampler> {
  const browser = await puppeteer.connect({ browserURL: devtoolsUrl, defaultViewport: null });
  return {
    sample(everyMs) {
      let peak = 0;
      let running = true;
      const loop = (async () => {
        let session: CDPSession | undefined;
        while (running) {
          try {
            session ??= await workerSession(browser, extensionId);
            const { usedSize } = await session.send('Runtime.getHeapUsage');
            peak = Math.max(peak, usedSize);
          } catch {
            // The worker restarted (or is starting): find it again on the next tick.
            session = undefined;
          }
          await new Promise((resolve) => setTimeout(resolve, everyMs));
        }
        await session?.detach().catch(() => undefined);
      })();
      return async () => {
        running = false;
        await loop;
        return peak;
      };
    },
    async close() {
      await browser.disconnect();
    },
  };
}
