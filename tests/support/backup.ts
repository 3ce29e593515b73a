import { openReadOnlyStore } from '@/utils/store/read-only';
import { BlobParts } from '@/utils/client/blob-parts';
import { writeBackup } from '@/utils/client/backup-export-task';
import { previewRestore, restoreFromFile, type RestoreMode, type SendToStore } from '@/utils/client/backup-restore-task';
import type { TestStore } from './store';

/**
 * The desk's backup passes run in this thread against a test store: the backup and the preview
 * read it through the desk's read-only connection, the restore sends its chunks through the
 * background's own dispatcher, exactly the requests the worker has the page relay.
 */

const quiet = () => {};

export async function backupOf(store: TestStore, now = new Date(store.clock.now), progress: (done: number, total: number) => void = quiet) {
  const readOnly = await openReadOnlyStore(store.db.name);
  try {
    const parts = new BlobParts(64 * 1024);
    const written = await writeBackup(readOnly.ctx, (text) => parts.add(text), progress, now);
    return { ...written, blob: parts.blob('application/json') };
  } finally {
    readOnly.close();
  }
}

export async function previewOf(store: TestStore, file: Blob, mode: RestoreMode) {
  const readOnly = await openReadOnlyStore(store.db.name);
  try {
    return await previewRestore(readOnly.ctx, file, mode, quiet);
  } finally {
    readOnly.close();
  }
}

/** The store's requests, as the page relays them (each checked by the real dispatcher). */
export const sendTo =
  (store: TestStore): SendToStore =>
  (name, payload) =>
    store.call(name, payload);

/** Preview, then restore: what the Backup screen does when the user confirms. */
export async function restoreInto(
  store: TestStore,
  file: Blob,
  mode: RestoreMode,
  send: SendToStore = sendTo(store),
  limits?: { chars: number; rows: number },
) {
  const preview = await previewOf(store, file, mode);
  const done = await restoreFromFile(file, mode, preview, send, quiet, limits);
  return { preview, ...done };
}

export const textOf = (blob: Blob) => blob.text();
export const fileFrom = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });
