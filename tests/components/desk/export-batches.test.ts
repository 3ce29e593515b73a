import { describe, expect, it } from 'vitest';
import { CSV_BOM, parseCsv, toCsv } from '@/utils/domain/csv';
import { exportFilename, joinCsvExports, joinCsvPieces } from '@/components/desk/history/exportInBatches';

describe('joining batched CSV exports', () => {
  it('appends bodies that share a header, keeping quoted line breaks and the formula guard', () => {
    const a = toCsv(['id', 'notes'], [['1', 'two\r\nlines']]);
    const b = toCsv(
      ['id', 'notes'],
      [
        ['2', '=SUM(A1)'],
        ['3', 'plain'],
      ],
    );
    const joined = joinCsvExports([a, b]);
    expect(joined.startsWith(`${CSV_BOM}id,notes\r\n`)).toBe(true);
    expect(joined).toContain("'=SUM(A1)");
    expect(parseCsv(joined).rows).toEqual([
      { id: '1', notes: 'two\r\nlines' },
      { id: '2', notes: '=SUM(A1)' },
      { id: '3', notes: 'plain' },
    ]);
  });

  it('hands a large export to the download as pieces, one per batch, never as one joined string', () => {
    const batches = Array.from({ length: 5 }, (_, i) => toCsv(['id', 'notes'], [[String(i), `note ${i}`]]));
    const pieces = joinCsvPieces(batches);
    expect(pieces).toHaveLength(batches.length + 1);
    expect(pieces[0]).toBe(`${CSV_BOM}id,notes\r\n`);
    expect(pieces.join('')).toBe(joinCsvExports(batches));
  });

  it('lays out parts with different columns under the union of their headers, in first-seen order', () => {
    const a = toCsv(['id', 'score_django', 'decision'], [['1', '4.00', 'Yes']]);
    const b = toCsv(['id', 'score_design', 'decision'], [['2', '3.50', '-ish']]);
    const joined = parseCsv(joinCsvExports([a, b]));
    expect(joined.errors).toEqual([]);
    expect(joined.header).toEqual(['id', 'score_django', 'decision', 'score_design']);
    expect(joined.rows).toEqual([
      { id: '1', score_django: '4.00', decision: 'Yes', score_design: '' },
      { id: '2', score_django: '', decision: '-ish', score_design: '3.50' },
    ]);
  });

  it('names the file by shape, scope and local date', () => {
    expect(exportFilename('items', 'José Núñez', new Date(2025, 0, 6, 23, 30))).toBe('panelist-items-josé-núñez-2025-01-06.csv');
  });
});
