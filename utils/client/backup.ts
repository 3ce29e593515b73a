import type { Reply } from '../protocol';
import { request, StoreError } from './request';
import { runInWorker } from './worker-task';
import { RELAYED_REQUESTS, type BackupTaskInput, type BackupTaskResult } from './backup-task';
import type { BackupWritten } from './backup-export-task';
import type { RestoreDone, RestoreMode, RestorePreview } from './backup-restore-task';
import BackupWorker from './backup.worker.ts?worker';

/**
 * Backups from the desk, page side. Every pass over the store or the file runs in a worker (the
 * desk shares a renderer with the in-call panel: nothing here may hold the main thread), each
 * with progress and Cancel (an AbortSignal: the worker is ended). The worker is imported with
 * Vite's `?worker` (see csv-export.ts for why).
 */
export const startBackupWorker = (): Worker => new BackupWorker();

export interface TaskOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

const run = (input: BackupTaskInput, options: TaskOptions, transfer: Transferable[] = []) =>
  runInWorker<BackupTaskInput, BackupTaskResult>(startBackupWorker, input, { ...options, transfer });

/** The whole store as one backup file (a Blob built in pieces), read directly and read-only. */
export async function buildBackup(options: TaskOptions = {}): Promise<BackupWritten & { blob: Blob }> {
  const { database } = await request('ping', {});
  return (await run({ kind: 'export', database }, options)) as BackupWritten & { blob: Blob };
}

/** Check a backup file completely and say what restoring it would change. Writes nothing. */
export async function checkRestore(file: File, mode: RestoreMode, options: TaskOptions = {}): Promise<RestorePreview> {
  const { database } = await request('ping', {});
  return (await run({ kind: 'preview', database, file, mode }, options)) as RestorePreview;
}

/** Pass the worker's restore requests to the background, one reply per request. */
function relay(port: MessagePort): void {
  port.onmessage = async (event: MessageEvent<{ id: number; name: string; payload: unknown }>) => {
    const { id, name, payload } = event.data;
    let reply: Reply<unknown>;
    if (!RELAYED_REQUESTS.has(name))
      reply = { ok: false, error: { code: 'not-relayed', message: `The backup worker may not send "${name}".` } };
    else
      try {
        reply = { ok: true, data: await request(name as 'backup.restoreChunk', payload as never) };
      } catch (error) {
        const failure = error instanceof StoreError ? error : new StoreError('internal', (error as Error).message);
        reply = { ok: false, error: { code: failure.code, message: failure.message } };
      }
    port.postMessage({ id, reply });
  };
}

/** Restore a checked file: the worker reads it and the background writes it, a bounded chunk at a time. */
export async function restoreBackup(
  file: File,
  mode: RestoreMode,
  preview: RestorePreview,
  options: TaskOptions = {},
): Promise<RestoreDone> {
  const channel = new MessageChannel();
  relay(channel.port1);
  try {
    return (await run({ kind: 'restore', file, mode, preview, port: channel.port2 }, options, [channel.port2])) as RestoreDone;
  } finally {
    channel.port1.close();
  }
}
