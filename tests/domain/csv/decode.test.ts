import { describe, expect, it } from 'vitest';
import {
  CSV_MAX_BYTES,
  CsvFileError,
  ITEM_COLUMNS,
  decodeCsvBytes,
  detectDelimiter,
  firstInvalidUtf8,
  itemRows,
  parseCsvWithLines,
  parseItemsCsv,
  toCsv,
} from '@/utils/domain/csv';
import { canonicalScorecard, sha256HexSync } from '@/utils/domain/seal';
import { buildScorecard } from './fixture';
import { excelSemicolons, excelUnicodeText, excelWindows1252 } from './resave';

/** A real items export whose text Windows-1252 can hold (José Núñez, “quotes”, €). */
function westernExport() {
  const card = buildScorecard();
  card.candidate = { ...card.candidate, name: 'José Núñez' };
  card.answers = card.answers.map((a) => ({ ...a, notes: a.notes.replace(/李|🚀/gu, '') + ' – “costs” €5' }));
  card.interview.seal = sha256HexSync(canonicalScorecard(card.interview, card.answers));
  return toCsv(ITEM_COLUMNS, itemRows(card));
}

describe('reading the bytes of a CSV file', () => {
  const exported = westernExport();
  const original = parseItemsCsv(exported);

  it.each([
    ['semicolon-separated UTF-8 (Excel where the decimal mark is a comma)', excelSemicolons, 'utf-8', /semicolons/],
    ['UTF-16 "Unicode text", tab-separated', excelUnicodeText, 'utf-16le', /tabs/],
    ['Windows-1252 "CSV (Comma delimited)"', excelWindows1252, 'windows-1252', /Windows-1252/],
  ])('reads a re-saved export: %s', (_, resave, encoding, note) => {
    const decoded = decodeCsvBytes(resave(exported));
    expect(decoded.encoding).toBe(encoding);
    const parsed = parseItemsCsv(decoded.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual(original.rows);
    expect(parsed.rows[0]!.candidate).toBe('José Núñez');
    expect([...decoded.notes, ...parsed.notes].join(' ')).toMatch(note);
  });

  it('names the line where a file stops being UTF-8', () => {
    const bytes = excelWindows1252(exported);
    const decoded = decodeCsvBytes(bytes);
    const line = decoded.text.split('\n').findIndex((l) => /José/.test(l)) + 1;
    expect(decoded.notes[0]).toMatch(new RegExp(`^not UTF-8 \\(line ${line} has the byte 0xE9`));
    expect(firstInvalidUtf8(new TextEncoder().encode('ok José'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it('reads UTF-8 with or without its mark, and UTF-16 without one, unchanged', () => {
    const plain = new TextEncoder().encode(exported);
    expect(decodeCsvBytes(plain)).toEqual({ text: exported.slice(1), encoding: 'utf-8', notes: [] });
    expect(decodeCsvBytes(plain.subarray(3)).text).toBe(exported.slice(1));
    const unmarked = excelUnicodeText(exported).subarray(2);
    expect(decodeCsvBytes(unmarked).encoding).toBe('utf-16le');
    expect(parseItemsCsv(decodeCsvBytes(unmarked).text).rows).toEqual(original.rows);
  });

  it('refuses what is not CSV, naming what it is', () => {
    const refuse = (bytes: Uint8Array) => () => decodeCsvBytes(bytes);
    expect(refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toThrow(/Excel workbook \(\.xlsx\).*save it as "CSV UTF-8"/);
    expect(refuse(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toThrow(/a PDF, not CSV/);
    expect(refuse(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]))).toThrow(/cut in the middle of a character/);
    expect(refuse(new TextEncoder().encode('a,b\r\nc,\u0000\r\n'))).toThrow(/line 2 holds a NUL character/);
    expect(refuse(new TextEncoder().encode('x'))).not.toThrow();
  });

  it(`refuses a file over ${CSV_MAX_BYTES / 1024 / 1024} MB before reading it`, () => {
    const big = new Uint8Array(CSV_MAX_BYTES + 1).fill(0x61);
    expect(() => decodeCsvBytes(big)).toThrow(CsvFileError);
    expect(() => decodeCsvBytes(big)).toThrow(/the file is 20\.0 MB, over the 20\.0 MB a scorecard CSV may be/);
    expect(() => decodeCsvBytes(big.subarray(1))).not.toThrow();
  });
});

describe('the separator', () => {
  it('is the one the header line uses, outside quotes', () => {
    expect(detectDelimiter('a,b,c\r\n1;2;3')).toBe(',');
    expect(detectDelimiter('a;b;c\r\n1,2,3')).toBe(';');
    expect(detectDelimiter('\r\n\r\na\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x,y";z;w\r\n')).toBe(';');
    expect(detectDelimiter('only')).toBe(',');
  });

  it('a semicolon file keeps commas inside its cells', () => {
    const parsed = parseCsvWithLines('name;notes\r\nAna;"one, two; three"\r\n');
    expect(parsed.rows).toEqual([{ name: 'Ana', notes: 'one, two; three' }]);
    expect(parsed.delimiter).toBe(';');
  });
});
