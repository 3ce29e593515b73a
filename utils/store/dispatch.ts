import type { z } from 'zod';
import { RequestEnvelopeSchema, requestSchemas, type Reply, type RequestName, type ResponseMap } from '../protocol';
import { describeIssues } from '../domain/issues';
import { toStoreFailure } from './errors';

/**
 * The background's side of the request protocol. Every message is checked on arrival
 * (the envelope, then the payload against its zod schema) before a handler sees it,
 * and every outcome, including a malformed message or a failing handler, becomes a
 * reply: nothing here throws, so one bad message never takes the store down.
 */

export type ParsedPayload<N extends RequestName> = z.output<(typeof requestSchemas)[N]>;

export type Handlers = { [N in RequestName]: (payload: ParsedPayload<N>) => Promise<ResponseMap[N]> };

export const fail = (code: string, message: string): Reply<never> => ({ ok: false, error: { code, message } });

const isRequestName = (name: string): name is RequestName => Object.prototype.hasOwnProperty.call(requestSchemas, name);

/** A request checked against the protocol: ready to run, or the reply that says what is wrong with it. */
export type CheckedRequest =
  { ok: true; run: (handlers: Handlers) => Promise<unknown>; name: RequestName } | { ok: false; reply: Reply<never> };

/** Check the envelope and the payload of a raw message, without running anything. */
export function checkRequest(message: unknown): CheckedRequest {
  const envelope = RequestEnvelopeSchema.safeParse(message);
  if (!envelope.success)
    return {
      ok: false,
      reply: fail('bad-envelope', `Not a Panelist request (expected { panelist: 1, name, payload }): ${describeIssues(envelope.error)}`),
    };
  const { name, payload } = envelope.data;
  if (!isRequestName(name)) return { ok: false, reply: fail('unknown-request', `Unknown request "${name}".`) };
  const parsed = requestSchemas[name].safeParse(payload);
  if (!parsed.success) return { ok: false, reply: fail('invalid', `${name}: ${describeIssues(parsed.error)}`) };
  return { ok: true, name, run: (handlers) => (handlers[name] as (payload: unknown) => Promise<unknown>)(parsed.data) };
}

/** Run a checked request; a failing handler becomes a reply too. */
export async function runChecked(handlers: Handlers, checked: CheckedRequest): Promise<Reply<unknown>> {
  if (!checked.ok) return checked.reply;
  try {
    return { ok: true, data: await checked.run(handlers) };
  } catch (error) {
    const failure = toStoreFailure(error);
    return fail(failure.code, failure.message);
  }
}

/** Validate a raw message and run its handler. Always resolves with a reply. */
export function dispatch(handlers: Handlers, message: unknown): Promise<Reply<unknown>> {
  return runChecked(handlers, checkRequest(message));
}

/** True for messages addressed to the store, so a runtime listener can leave other messages to other listeners. */
export function isStoreMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'panelist' in message;
}
