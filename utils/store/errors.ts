import Dexie from 'dexie';

/**
 * A refusal or failure the user can act on. `code` is stable for the UI to branch on;
 * `message` is shown as is, so it says what happened and what to do.
 */
export class StoreFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreFailure';
  }
}

export const BLOCKED_MESSAGE =
  'Panelist cannot upgrade its database while an older Panelist tab or window holds it open. Close or reload the other Panelist tabs, then try again; nothing was lost.';

export const LOCKED_MESSAGE = 'This scorecard is submitted and locked. Reopen it to edit.';

export const notFound = (what: string, id: string) =>
  new StoreFailure('not-found', `No ${what} with id "${id}" is in this browser's store.`);

/** Dexie wraps the native DOMException; the useful name may sit on the error or on its inner error. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { name?: unknown; inner?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner;
  }
  return names;
}

export function isDatabaseClosed(error: unknown): boolean {
  return errorNames(error).includes(Dexie.errnames.DatabaseClosed);
}

/** Translate anything thrown while serving a request into a message for the person using Panelist. */
export function toStoreFailure(error: unknown): StoreFailure {
  if (error instanceof StoreFailure) return error;
  const names = errorNames(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (names.includes(Dexie.errnames.QuotaExceeded))
    return new StoreFailure(
      'quota',
      "The browser's storage for Panelist is full, so this change was not saved. Free some disk space (or export a backup and remove old interviews), then try again.",
    );
  if (names.includes(Dexie.errnames.Version))
    return new StoreFailure(
      'version',
      'The saved data was written by a newer version of Panelist than this one. Update the extension to open it; nothing was changed.',
    );
  if (names.includes(Dexie.errnames.DatabaseClosed) || names.includes(Dexie.errnames.OpenFailed))
    return new StoreFailure(
      'unavailable',
      `Panelist's database could not be opened (${detail}). Your last change was not saved; try again.`,
    );
  return new StoreFailure('internal', `Panelist's store failed: ${detail}`);
}
