import { browser } from 'wxt/browser';
import type { Reply, RequestName, RequestPayload, ResponseMap } from '../protocol';
import { WATCH_PORT } from '../protocol';
import type { InterviewBundle } from '../protocol';

/** A store request that the background refused or could not carry out. The message is meant for the user. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Ask the background store for something. Resolves with the answer or throws a StoreError. */
export async function request<N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<ResponseMap[N]> {
  let reply: Reply<ResponseMap[N]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ panelist: 1, name, payload })) as Reply<ResponseMap[N]> | undefined;
  } catch (error) {
    throw new StoreError(
      'unreachable',
      `Panelist's store did not answer (${(error as Error).message}). Your last change may not be saved.`,
    );
  }
  if (!reply) throw new StoreError('unreachable', "Panelist's store did not answer. Your last change may not be saved.");
  if (!reply.ok) throw new StoreError(reply.error.code, reply.error.message);
  return reply.data;
}

/**
 * Follow one interview: `onChange` receives its bundle now and after every change,
 * from whichever view made it. Reconnects when the background service worker restarts.
 */
export function watchInterview(id: string, onChange: (bundle: InterviewBundle | null) => void): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const connect = () => {
    if (stopped) return;
    port = browser.runtime.connect({ name: WATCH_PORT });
    port.onMessage.addListener((message: unknown) => {
      const m = message as { interviewId?: string; bundle?: InterviewBundle | null };
      if (m.interviewId === id) onChange(m.bundle ?? null);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (!stopped) setTimeout(connect, 250);
    });
    port.postMessage({ watch: id });
  };
  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
