/**
 * Port for live queries. A view sends `{ subscribe: id, name, payload }` (a query request) and
 * `{ unsubscribe: id }`; the store posts `{ subscription: id, reply }` now and after every change
 * to what the answer was read from. One port per view carries all of its subscriptions.
 *
 * A module of its own, not part of protocol.ts: views that follow the store import it, and the
 * protocol's schemas (zod, built when their module is evaluated) should not load with every page.
 */
export const LIVE_PORT = 'panelist.live';
