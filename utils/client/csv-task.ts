import { CsvFileError, decodeCsvBytes } from '@/utils/domain/csv';
import type { DebriefFile } from '@/utils/domain/debrief/read-files';

/**
 * Decoding scorecard CSV bytes as the debrief reads them (components/debrief/files/read-task.ts, in
 * the page or its read-files worker): bytes in, decoded text and notes out, or why the file was refused.
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
