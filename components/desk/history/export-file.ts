import type { FileWriter } from '@/utils/client/csv-export';

export type ExportShape = 'items' | 'interviews';

/** `panelist-<shape>-<scope>-<local date>.csv`, the scope made safe for a file name. */
export function exportFilename(shape: ExportShape, scope: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const safe =
    scope
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `panelist-${shape}-${safe}-${day}.csv`;
}

interface SaveFilePickerWindow {
  showSaveFilePicker?(options: {
    suggestedName?: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{ name: string; createWritable(): Promise<FileWriter> }>;
}

/** Whether this browser can write a file straight to disk where the user chooses (the File System Access API: Chromium). */
export const canSaveToDisk = (): boolean => typeof (globalThis as SaveFilePickerWindow).showSaveFilePicker === 'function';

/**
 * Ask where to save the file and open it for writing (FileSystemWritableFileStream: what is
 * written goes to a temporary file that takes the chosen file's place only on close, so an
 * aborted export leaves the chosen file as it was), with the name the user gave it. Null when
 * the user closes the dialog.
 */
export async function pickFileToWrite(filename: string, description: string): Promise<{ writer: FileWriter; name: string } | null> {
  const picker = (globalThis as SaveFilePickerWindow).showSaveFilePicker;
  if (!picker) return null;
  try {
    const handle = await picker({ suggestedName: filename, types: [{ description, accept: { 'text/csv': ['.csv'] } }] });
    return { writer: await handle.createWritable(), name: handle.name };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}
