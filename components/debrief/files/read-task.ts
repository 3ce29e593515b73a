import type { Kit } from '@/utils/domain/kit/schema';
import { checkCsvSize, CsvFileError } from '@/utils/domain/csv';
import type { DebriefFile } from '@/utils/domain/debrief/types';
import { contentId, parseDebriefFile, type ParsedDebriefFile } from '@/utils/domain/debrief/parse-file';
import { decodeFile } from '@/utils/client/csv-task';

/**
 * Reading dropped files for a debrief: each file's text, its identity (SHA-256 of the text) and
 * its scorecards about the candidate. The same task runs in a worker for big drops (a 50 MB
 * "export all" must not freeze the desk, which shares a renderer with the in-call panel) and in
 * the page for small ones (a worker costs more to start than eight interview files take to read).
 */
export interface ReadTaskInput {
  /** Each file with the name it will show (unique within the debrief). */
  files: { blob: Blob; name: string }[];
  kits: Kit[];
  candidate: string;
}

export type ReadTaskFile = Omit<ParsedDebriefFile, 'addedAt'>;

/** Share of a file's progress spent before parsing starts (reading its text, hashing it). */
const BEFORE_PARSE = 0.25;

export async function readTask(
  input: ReadTaskInput,
  progress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ReadTaskFile[]> {
  const total = input.files.reduce((sum, f) => sum + f.blob.size, 0);
  let done = 0;
  const out: ReadTaskFile[] = [];
  for (const { blob, name } of input.files) {
    if (signal?.aborted) throw new DOMException('Cancelled.', 'AbortError');
    const file = await decoded(blob, name);
    const id = await contentId(file.text);
    progress(done + blob.size * BEFORE_PARSE, total);
    out.push({ id, ...parseDebriefFile(file, input.kits, input.candidate) });
    done += blob.size;
    progress(done, total);
  }
  return out;
}

/**
 * A file's text as a spreadsheet may have saved it (any encoding, any separator: csv/decode.ts),
 * or, for one over the size limit, why it was refused before being read.
 */
async function decoded(blob: Blob, name: string): Promise<DebriefFile> {
  try {
    checkCsvSize(blob.size);
  } catch (error) {
    if (error instanceof CsvFileError) return { name, text: '', problem: error.message };
    throw error;
  }
  return decodeFile({ name, bytes: await blob.arrayBuffer() });
}
