import { isKey, type FrameKey } from './frame-guards';

/**
 * How a host (the call page's content script, or the practice page) and its panel frame come to
 * trust each other, when the call page's own scripts share the window the host runs in: a script
 * there can post anything to the panel frame, and `event.source` would be the same parent window.
 *
 * 1. The panel makes a random key and sends it to the background (`runtime.sendMessage`, a
 *    FrameHello). A web page can neither send nor read extension messages.
 * 2. The background relays it, as a FrameKey with the panel's origin, to frame 0 of the panel's
 *    own tab (`tabs.sendMessage`): the content script, or the practice page.
 * 3. The host makes a MessageChannel and posts `{ type: 'connect', key }` with one port into its
 *    own iframe's window, to the panel's origin only. A page cannot read what is posted into a
 *    cross-origin frame, so the key and the port reach the panel alone.
 * 4. The panel adopts the first port that carries its own key, and from then on talks over that
 *    port only: window messages, whoever sent them, are ignored.
 */

/** panel → background */
export interface FrameHello {
  panelist: 1;
  type: 'frame-hello';
  key: string;
}

/** host → panel, with the port as the transfer list's only item. */
export interface FrameConnect {
  panelist: 1;
  type: 'connect';
  key: string;
}

const isOurs = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && (value as { panelist?: unknown }).panelist === 1;

export function readFrameHello(value: unknown): FrameHello | null {
  return isOurs(value) && value.type === 'frame-hello' && isKey(value.key) ? { panelist: 1, type: 'frame-hello', key: value.key } : null;
}

/** The port of a window message, only when it is a 'connect' carrying the panel's own key. */
export function acceptConnect<P>(data: unknown, ports: readonly P[], key: string): P | null {
  if (!isOurs(data) || data.type !== 'connect' || data.key !== key || ports.length !== 1) return null;
  return ports[0] ?? null;
}

/** What runtime.onMessage tells about a sender (the parts the relay looks at). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * The background's relay: for a FrameHello sent by one of our own panel frames in a tab, the
 * FrameKey to send to frame 0 of that tab. Null for anything else.
 */
export function relayFrameHello(message: unknown, sender: Sender, extensionId: string): { tabId: number; key: FrameKey } | null {
  const hello = readFrameHello(message);
  const tabId = sender.tab?.id;
  if (!hello || sender.id !== extensionId || tabId === undefined || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  // `url.origin` is 'null' for these schemes in some runtimes; protocol and host are what a browser compares.
  if (!/-extension:$/.test(url.protocol) || url.pathname !== '/panel.html') return null;
  return { tabId, key: { panelist: 1, type: 'frame-key', key: hello.key, origin: `${url.protocol}//${url.host}` } };
}
