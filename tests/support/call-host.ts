import { act, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * A call page that frames the panel, as the content script is to it (utils/host/channel.ts): a real
 * Window that must never be posted to, the panel's key caught on its way to the background, and the
 * MessagePort the host hands the panel with that key. Set up after the store is connected.
 */
export interface CallHost {
  window: Window;
  /** What the panel sent over the port. */
  posted: unknown[];
  /** Hand the panel its port, as the content script does once the background relays the key. */
  connect(): Promise<void>;
  /** A message over the host's port. */
  send(data: unknown): Promise<void>;
  close(): void;
}

export function callHost(origin = 'https://meet.google.com'): CallHost {
  const window_ = document.body.appendChild(document.createElement('iframe')).contentWindow!;
  const posted: unknown[] = [];
  const hellos: string[] = [];
  let port: MessagePort | null = null;
  vi.spyOn(window_, 'postMessage').mockImplementation(() => {
    throw new Error('the panel must never post to its parent window: the call page reads those');
  });
  const send = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: { type?: string; key?: string }) => {
    if (message.type !== 'frame-hello') return send(message);
    hellos.push(message.key!);
    return Promise.resolve(undefined);
  }) as never);
  return {
    window: window_,
    posted,
    async connect() {
      await waitFor(() => expect(hellos.length).toBeGreaterThan(0));
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = (event) => posted.push(event.data);
      const event = new MessageEvent('message', { data: { panelist: 1, type: 'connect', key: hellos[0] }, source: window_, origin });
      Object.defineProperty(event, 'ports', { value: [channel.port2] });
      act(() => {
        window.dispatchEvent(event);
      });
      await waitFor(() => expect(posted).toContainEqual({ panelist: 1, type: 'ready' }));
    },
    async send(data) {
      await act(async () => {
        port!.postMessage(data);
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
    close: () => port?.close(),
  };
}
