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
