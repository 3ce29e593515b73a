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

const fail = (code: string, message: string): Reply<never> => ({ ok: false, error: { code, message } });

const isRequestName = (name: string): name is RequestName => Object.prototype.hasOwnProperty.call(requestSchemas, name);

/** Validate a raw message and run its handler. Always resolves with a reply. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Reply<unknown>> {
  const envelope = RequestEnvelopeSchema.safeParse(message);
  if (!envelope.success)
    return fail('bad-envelope', `Not a Panelist request (expected { panelist: 1, name, payload }): ${describeIssues(envelope.error)}`);
  const { name, payload } = envelope.data;
  if (!isRequestName(name)) return fail('unknown-request', `Unknown request "${name}".`);
  const parsed = requestSchemas[name].safeParse(payload);
  if (!parsed.success) return fail('invalid', `${name}: ${describeIssues(parsed.error)}`);
  try {
    const handler = handlers[name] as (payload: unknown) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    const failure = toStoreFailure(error);
    return fail(failure.code, failure.message);
  }
}

/** True for messages addressed to the store, so a runtime listener can leave other messages to other listeners. */
export function isStoreMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'panelist' in message;
}
