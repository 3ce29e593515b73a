import { BackupError } from '../domain/backup';
import { BackupLineReader, documentEvents, type BackupEvent } from '../domain/backup-file';

/** Bytes read per step: a line may span steps; only one step's text is held at a time (plus a partial line). */
const STEP_BYTES = 4 * 1024 * 1024;

/** A file of older layout (one pretty-printed document) is read whole; no Panelist ever wrote one this big. */
export const DOCUMENT_LIMIT_BYTES = 256 * 1024 * 1024;

/** The file's lines (without line breaks), read a slice at a time, as UTF-8. */
export async function* fileLines(file: Blob, onBytes: (done: number) => void = () => {}): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  try {
    for (let at = 0; at < file.size; at += STEP_BYTES) {
      const text = decoder.decode(await file.slice(at, at + STEP_BYTES).arrayBuffer(), { stream: true });
      const lines = (rest + text).split('\n');
      rest = lines.pop()!;
      for (const line of lines) yield line;
      onBytes(Math.min(at + STEP_BYTES, file.size));
    }
    rest += decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new BackupError(`The file is not UTF-8 text (${error.message}): it is not a Panelist backup.`);
    throw error;
  }
  if (rest) yield rest;
}

/**
 * A backup file as events (header, sections, rows, the closing counts), whichever layout it has:
 * the line layout is streamed; a whole document (version 1, or a re-indented file) is parsed at once.
 */
export async function* backupEvents(file: Blob, onBytes: (done: number) => void = () => {}): AsyncGenerator<BackupEvent> {
  const lines = fileLines(file, onBytes);
  const first = await lines.next();
  if (first.done) throw new BackupError('The file is empty: it is not a Panelist backup.');
  const head = first.value.replace(/^\uFEFF/, '');
  if (!BackupLineReader.isLineLayout(head)) {
    await lines.return(undefined);
    if (file.size > DOCUMENT_LIMIT_BYTES)
      throw new BackupError(
        'The file is too large to be a backup in the older one-document layout, and it is not in the line layout Panelist writes now.',
      );
    yield* documentEvents((await file.text()).replace(/^\uFEFF/, ''));
    onBytes(file.size);
    return;
  }
  const reader = new BackupLineReader();
  let line: string = head;
  for (;;) {
    const event = reader.read(line);
    if (event) yield event;
    const next = await lines.next();
    if (next.done) break;
    line = next.value;
  }
  reader.finish();
}
