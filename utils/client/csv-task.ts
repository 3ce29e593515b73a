import { CsvFileError, decodeCsvBytes } from '@/utils/domain/csv';
import type { Kit } from '@/utils/domain/kit/schema';
import type { DebriefFile, DebriefScorecard, ReadResult } from '@/utils/domain/debrief/read-files';
import { readScorecards } from '@/utils/domain/debrief/scorecards';

/**
 * Decoding scorecard CSV bytes (and, in csvTask, reading them for the debrief), as plain functions so they are tested
 * without a worker: bytes in, decoded text and (when asked) the debrief's reading out.
 */

export interface CsvBytes {
  name: string;
  bytes: ArrayBuffer;
}

/** One file's bytes as the debrief reads them: decoded text and notes, or why it was refused unread. */
export function decodeFile(file: CsvBytes): DebriefFile {
  try {
    const decoded = decodeCsvBytes(new Uint8Array(file.bytes));
    return { name: file.name, text: decoded.text, notes: decoded.notes };
  } catch (error) {
    if (error instanceof CsvFileError) return { name: file.name, text: '', problem: error.message };
    throw error;
  }
}

export interface CsvTaskInput {
  files: CsvBytes[];
  /** Given: read the files into the debrief's scorecards too (with this browser's own), not only decode them. */
  debrief?: { kits: Kit[]; local: DebriefScorecard[] };
}

export interface CsvTaskOutput {
  files: DebriefFile[];
  read?: ReadResult;
}

/** Decode every file (a step each), then read them all as the debrief does (one more step). */
export function csvTask(input: CsvTaskInput, progress: (done: number, total: number) => void): CsvTaskOutput {
  const total = input.files.length + (input.debrief ? 1 : 0);
  const files: DebriefFile[] = [];
  for (const file of input.files) {
    files.push(decodeFile(file));
    progress(files.length, total);
  }
  if (!input.debrief) return { files };
  const read = readScorecards(files, input.debrief.kits, input.debrief.local);
  progress(total, total);
  return { files, read };
}
