import type { Reply } from '../protocol';
import { openReadOnlyStore } from '../store/read-only';
import { BlobParts } from './blob-parts';
import { writeBackup, type BackupWritten } from './backup-export-task';
import {
  previewRestore,
  restoreFromFile,
  type RestoreDone,
  type RestoreMode,
  type RestorePreview,
  type SendToStore,
} from './backup-restore-task';

/**
 * The backup worker's one task, by kind: write a backup (the store read directly, read-only, into
 * Blob pieces), check a file and preview its restore, or send a checked file to the background
 * (through the page, which relays each request over `port`). Runs in backup.worker.ts.
 */

export type BackupTaskInput =
  | { kind: 'export'; database: string }
  | { kind: 'preview'; database: string; file: File; mode: RestoreMode }
  | { kind: 'restore'; file: File; mode: RestoreMode; preview: RestorePreview; port: MessagePort };

export type BackupTaskResult = (BackupWritten & { blob: Blob }) | RestorePreview | RestoreDone;

export const BACKUP_TYPE = 'application/json';

/** Requests the worker may have the page relay to the background: only a restore's. */
export const RELAYED_REQUESTS: ReadonlySet<string> = new Set(['backup.restoreBegin', 'backup.restoreChunk', 'backup.restoreEnd']);

/** Requests to the background through the page, over a MessagePort: `{ id, name, payload }` out, `{ id, reply }` back. */
export function sendThrough(port: MessagePort): SendToStore {
  let next = 1;
  const waiting = new Map<number, { resolve(data: unknown): void; reject(error: Error): void }>();
  port.onmessage = (event: MessageEvent<{ id: number; reply: Reply<unknown> }>) => {
    const { id, reply } = event.data;
    const waiter = waiting.get(id);
    waiting.delete(id);
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.data);
    else waiter.reject(Object.assign(new Error(reply.error.message), { name: 'StoreError', code: reply.error.code }));
  };
  return ((name, payload) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (data: unknown) => void, reject });
      port.postMessage({ id, name, payload });
    })) as SendToStore;
}

export async function backupTask(input: BackupTaskInput, progress: (done: number, total: number) => void): Promise<BackupTaskResult> {
  if (input.kind === 'restore') {
    try {
      return await restoreFromFile(input.file, input.mode, input.preview, sendThrough(input.port), progress);
    } finally {
      input.port.close();
    }
  }
  const store = await openReadOnlyStore(input.database);
  try {
    if (input.kind === 'preview') return await previewRestore(store.ctx, input.file, input.mode, progress);
    const parts = new BlobParts();
    const written = await writeBackup(store.ctx, (text) => parts.add(text), progress);
    return { ...written, blob: parts.blob(BACKUP_TYPE) };
  } finally {
    store.close();
  }
}
