import { describe, expect, it } from 'vitest';
import { csvRow, csvRows, sealedRows, type CsvCell } from '@/utils/domain/csv';

describe('csvRows', () => {
  it('writes what csvRow writes row by row, cells repeated from the row above included', () => {
    const rows: CsvCell[][] = [
      ['id-1', 'Ana, Lima', '=SUM(A1)', 4, null, 'say "hi"', true],
      ['id-1', 'Ana, Lima', '=SUM(A1)', 5, undefined, 'line\nbreak', true],
      // The same text in another column, and a column the row above has a different value in.
      ['id-1', 'id-1', '-3', -3, '', 'say "hi"', false],
      [''],
      ['id-1', 'Ana, Lima', '+1', Number.NaN, null],
      ['id-2', 'Ana, Lima', '+1', Number.NaN, null, 'extra', '@x', "'=kept"],
    ];
    expect(csvRows(rows)).toBe(rows.map(csvRow).join(''));
    expect(csvRows([])).toBe('');
  });
});

describe('sealedRows', () => {
  it('writes the seal cell into the rows it is given', () => {
    const rows: CsvCell[][] = [
      ['a', ''],
      ['b', ''],
    ];
    const seal = { storedSeal: 'abc', storeText: '', fileText: '' };
    const sealed = sealedRows({ columns: ['x', 'seal'], rows, seal }, { store: 'abc', file: 'f00d' });
    expect(sealed).toEqual([
      ['a', 'fs2:f00d'],
      ['b', 'fs2:f00d'],
    ]);
    expect(sealed).toBe(rows);
    expect(sealedRows({ columns: ['x', 'seal'], rows, seal }, { store: 'other', file: 'f00d' })[0]![1]).toMatch(/^fs2:the-stored/);
  });
});
