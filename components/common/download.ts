/**
 * Save text as a file the way a user expects: a Blob URL on an `<a download>`,
 * clicked, then released. Works in extension pages and framed panels alike.
 */
export function downloadText(filename: string, text: string | readonly string[], type = 'text/csv;charset=utf-8'): void {
  // Pieces go to the Blob as they are: joining a large export into one string first costs seconds.
  downloadBlob(filename, new Blob(typeof text === 'string' ? [text] : [...text], { type }));
}

/** Save a Blob (built elsewhere, e.g. by a worker, in pieces) as a file. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
