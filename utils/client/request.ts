import { browser } from 'wxt/browser';
import type { Reply, RequestName, RequestPayload, ResponseMap } from '../protocol';

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
