import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

/**
 * The real toolbar popup, opened over `page`'s tab with `chrome.action.openPopup()`. Playwright
 * does not hand out popup windows as pages, so this talks to the popup's target over the
 * DevTools protocol (through `page`'s session): enough to read its text and photograph it.
 */
export interface ToolbarPopup {
  /** Evaluate an expression in the popup and return its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Resolves once the popup's text matches. */
  waitForText(pattern: RegExp, timeoutMs?: number): Promise<string>;
  screenshot(path: string): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function findPopupTarget(cdp: CDPSession, timeoutMs: number): Promise<TargetInfo> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const popup = targetInfos.find((t) => t.type === 'page' && /\/popup\.html(\?|#|$)/.test(t.url));
    if (popup) return popup;
    if (Date.now() > until) throw new Error('The toolbar popup did not open');
    await sleep(100);
  }
}

/**
 * `open` calls chrome.action.openPopup() somewhere it is allowed: by default in `page` itself (an
 * extension page); over a web page's tab, the caller passes one that asks the service worker.
 */
export async function openToolbarPopup(
  page: Page,
  timeoutMs = 10_000,
  open: () => Promise<unknown> = () =>
    page.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup()),
): Promise<ToolbarPopup> {
  await page.bringToFront();
  await open();
  const cdp = await page.context().newCDPSession(page);
  const target = await findPopupTarget(cdp, timeoutMs);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };

  let nextId = 0;
  const waiting = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
    if (reply.id !== undefined) waiting.delete(reply.id);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result as T)));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });

  const evaluate = async <T>(expression: string) => {
    const { result } = await send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    return result.value;
  };
  return {
    evaluate,
    async waitForText(pattern, wait = timeoutMs) {
      const until = Date.now() + wait;
      for (;;) {
        const text = (await evaluate<string | undefined>('document.body?.innerText')) ?? '';
        if (pattern.test(text)) return text;
        if (Date.now() > until) throw new Error(`The popup never showed ${pattern}; it shows:\n${text}`);
        await sleep(100);
      }
    },
    async screenshot(path) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
  };
}
