import Papa from 'papaparse';

/**
 * What a spreadsheet writes when a Panelist export is opened and saved again, made from a real
 * export: the same cell values (formula apostrophes are a display hint a spreadsheet drops on
 * save) with another separator and encoding.
 */

function serialise(header: string[], rows: Record<string, string>[], separator: string, lineEnd = '\r\n'): string {
  const quote = (cell: string) => (/["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return (
    [header, ...rows.map((r) => header.map((c) => r[c] ?? ''))].map((cells) => cells.map(quote).join(separator)).join(lineEnd) + lineEnd
  );
}

/**
 * The cells of an export exactly as written (formula apostrophes kept, as a spreadsheet keeps
 * the text it read), rewritten by `edit`: rows and columns may be reordered or changed.
 */
export function rewrite(csv: string, edit: (header: string[], rows: Record<string, string>[]) => void = () => {}, separator = ','): string {
  const [header = [], ...cells] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;
  const rows = cells.map((row) => Object.fromEntries(header.map((c, i) => [c, row[i] ?? ''])));
  edit(header, rows);
  return serialise(header, rows, separator);
}

/** Excel's "CSV" where the decimal mark is a comma: semicolons, UTF-8 with its mark, numbers with decimal commas. */
export function excelSemicolons(csv: string): Uint8Array {
  const text = rewrite(
    csv,
    (_, rows) => {
      for (const row of rows)
        for (const [column, value] of Object.entries(row)) if (/^\d+\.\d+$/.test(value)) row[column] = value.replace('.', ',');
    },
    ';',
  );
  return new TextEncoder().encode(`\uFEFF${text}`);
}

/** Excel's "Unicode text": UTF-16 little-endian with a byte-order mark, tab-separated. */
export function excelUnicodeText(csv: string): Uint8Array {
  const text = `\uFEFF${rewrite(csv, () => {}, '\t')}`;
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

// Windows-1252's characters in 0x80-0x9F; the rest of 0xA0-0xFF is Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Excel's "CSV (Comma delimited)" on Western Windows: Windows-1252, no mark; what it cannot encode becomes "?". */
export function excelWindows1252(csv: string): Uint8Array {
  const text = rewrite(csv);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(char);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (high >= 0) bytes.push(0x80 + high);
    else bytes.push(0x3f);
  }
  return new Uint8Array(bytes);
}
