/**
 * From the bytes of a CSV file to its text. Panelist writes UTF-8 with a byte-order mark, but a
 * file that went through a spreadsheet comes back in whatever that spreadsheet saves: Excel's
 * "Unicode text" is UTF-16 (little-endian, with a mark), its "CSV (Comma delimited)" is the
 * Windows code page (Windows-1252 in Western locales), and other tools drop the mark. Each is
 * recognised and read; what cannot be read is named, never guessed at silently.
 */

/** Past this a CSV is refused unread: a panel's export is kilobytes, 10,000 interviews' items export about 15 MB. */
export const CSV_MAX_BYTES = 20 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** What was noticed and handled ("read as Windows-1252 …"), for the file's report. */
  notes: string[];
}

/** A file that cannot be read as CSV at all; the message says why and what to do. */
export class CsvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFileError';
  }
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Refuse a file by its size alone, before reading a byte of it. */
export function checkCsvSize(bytes: number, limit = CSV_MAX_BYTES): void {
  if (bytes > limit)
    throw new CsvFileError(
      `the file is ${megabytes(bytes)}, over the ${megabytes(limit)} a scorecard CSV may be (a whole team's export is smaller): export fewer interviews, or split the file`,
    );
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const NOT_CSV: { signature: number[]; what: string }[] = [
  { signature: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or another zip file' },
  { signature: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)' },
  { signature: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' },
];

/** UTF-16 without a mark: ASCII text then has a zero in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Where UTF-8 first breaks: the byte offset of the first byte that cannot be there, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f))
      return i;
    i += length;
  }
  return -1;
}

// Windows-1252's characters for 0x80-0x9F (the five it leaves undefined decode to the C1 control of the same number, as browsers do).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252 by its table: 0xA0-0xFF are Latin-1, 0x80-0x9F the table above. Done by hand
 * because Node's TextDecoder reads this label as Latin-1 (no "€", no curly quotes).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let text = '';
    for (const b of chunk) text += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    parts.push(text);
  }
  return parts.join('');
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  if ((bytes.length - skip) % 2 !== 0)
    throw new CsvFileError(
      'the file is UTF-16 text cut in the middle of a character (an odd number of bytes): it was not saved completely',
    );
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/**
 * Decode a CSV file's bytes: a byte-order mark decides (UTF-8, UTF-16 LE or BE); without one,
 * UTF-16 is recognised by its zero bytes, valid UTF-8 is UTF-8, and anything else is read as
 * Windows-1252 with a note naming the first line that is not UTF-8. A workbook, a PDF, an
 * oversized file or text with NUL characters is refused with a CsvFileError.
 */
export function decodeCsvBytes(bytes: Uint8Array, limit = CSV_MAX_BYTES): DecodedCsv {
  checkCsvSize(bytes.length, limit);
  const binary = NOT_CSV.find((n) => startsWith(bytes, n.signature));
  if (binary)
    throw new CsvFileError(
      `the file is ${binary.what}, not CSV: open it in the spreadsheet and save it as "CSV UTF-8", or export the CSV from Panelist again`,
    );
  let decoded: DecodedCsv;
  if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: decodeUtf16(bytes, 'utf-16le', 2), encoding: 'utf-16le', notes: [] };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: decodeUtf16(bytes, 'utf-16be', 2), encoding: 'utf-16be', notes: [] };
  else {
    const utf16 = looksLikeUtf16(bytes);
    if (utf16)
      decoded = {
        text: decodeUtf16(bytes, utf16, 0),
        encoding: utf16,
        notes: [`read as ${utf16.toUpperCase()} text without a byte-order mark`],
      };
    else {
      const skip = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
      const bad = firstInvalidUtf8(bytes.subarray(skip));
      if (bad < 0)
        decoded = { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(skip)), encoding: 'utf-8', notes: [] };
      else {
        const at = bad + skip;
        const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
        decoded = {
          text: decodeWindows1252(bytes.subarray(skip)),
          encoding: 'windows-1252',
          notes: [
            `not UTF-8 (line ${lineAt(bytes, at)} has the byte 0x${byte}, which UTF-8 does not allow there): read as Windows-1252, the code page Excel saves "CSV (Comma delimited)" in on Western Windows; check that accented names read right`,
          ],
        };
      }
    }
  }
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0)
    throw new CsvFileError(
      `line ${decoded.text.slice(0, nul).split('\n').length} holds a NUL character, which no CSV text has: the file is binary or was damaged`,
    );
  return decoded;
}
