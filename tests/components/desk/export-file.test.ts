import { describe, expect, it } from 'vitest';
import { exportFilename } from '@/components/desk/history/export-file';

describe('export file names', () => {
  it('names the file by shape, scope and local date', () => {
    expect(exportFilename('items', 'José Núñez', new Date(2025, 0, 6, 23, 30))).toBe('panelist-items-josé-núñez-2025-01-06.csv');
    expect(exportFilename('interviews', '---', new Date(2025, 0, 6))).toBe('panelist-interviews-export-2025-01-06.csv');
  });
});
