import { i18n } from '#i18n';
import { GUIDE_LIMITS } from '@/utils/domain/import/source';

/* Reading what the person hands over: a file (picked or dropped) or the clipboard. */

export type Handed =
  | { kind: 'markdown'; name: string; markdown: string }
  | { kind: 'html'; name: string; html: string }
  | { kind: 'json'; name: string; text: string };

/** Files far past the guide limit are refused before they are read into memory. */
const READ_LIMIT = GUIDE_LIMITS.bytes * 4;

export async function readHandedFile(file: File): Promise<Handed> {
  if (file.size > READ_LIMIT)
    throw new Error(
      i18n.t('desk.kitSources.tooLarge', [file.name, (file.size / 1024 / 1024).toFixed(1), (GUIDE_LIMITS.bytes / 1024 / 1024).toFixed(1)]),
    );
  const text = await file.text();
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return { kind: 'json', name: file.name, text };
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') return { kind: 'html', name: file.name, html: text };
  return { kind: 'markdown', name: file.name, markdown: text };
}

/** What a paste holds: rich text (HTML from a doc) when there is any, else plain text read as Markdown. */
export function readClipboard(data: DataTransfer): Handed | null {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  const name = i18n.t('desk.kitSources.pasted');
  if (html.trim()) return { kind: 'html', name, html };
  if (text.trim()) return { kind: 'markdown', name, markdown: text };
  return null;
}
