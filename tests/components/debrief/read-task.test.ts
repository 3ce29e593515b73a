import { describe, expect, it } from 'vitest';
import { readTask } from '@/components/debrief/files/read-task';
import { debriefKit, itemsCsv, kim, lee } from '../../support/debrief-fixtures';
import { excelWindows1252 } from '../../domain/csv/resave';

/**
 * The task that reads dropped files, the same in a worker (big drops) and in the page: each
 * file known by its content, its progress reported up to the whole drop, and Cancel honoured
 * between files.
 */
const blob = (text: string) => new Blob([text], { type: 'text/csv' });

describe('reading dropped files for a debrief', () => {
  it('knows each file by its content, keeps the candidate’s scorecards and reports progress up to the whole drop', async () => {
    const kims = itemsCsv(kim);
    const files = [
      { blob: blob(kims), name: 'all.csv' },
      { blob: blob(itemsCsv(lee)), name: 'all.csv (2)' },
      { blob: blob(kims), name: 'again.csv' },
    ];
    const seen: [number, number][] = [];
    const read = await readTask({ files, kits: [debriefKit], candidate: 'Ana Lima' }, (done, total) => seen.push([done, total]));
    expect(read.map((f) => f.name)).toEqual(['all.csv', 'all.csv (2)', 'again.csv']);
    expect(read.map((f) => f.cards.map((c) => c.interviewer))).toEqual([['Kim'], ['Lee'], ['Kim']]);
    expect(read[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    expect(read[2]!.id).toBe(read[0]!.id);
    expect(read[1]!.id).not.toBe(read[0]!.id);
    const total = files.reduce((sum, f) => sum + f.blob.size, 0);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('decodes each file as a spreadsheet saved it and says how; a file that is not CSV is refused by name, unread', async () => {
    // Re-saved by Excel on Western Windows: Windows-1252, so "é" is the one byte 0xE9.
    const resaved = new Blob([new Uint8Array(excelWindows1252(itemsCsv({ ...kim, candidate: 'José Núñez' })))], { type: 'text/csv' });
    // A spreadsheet saved as .xlsx (a zip) rather than CSV.
    const workbook = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])]);
    const files = [
      { blob: resaved, name: 'kim.csv' },
      { blob: workbook, name: 'kim.xlsx' },
    ];
    const [read, refused] = await readTask({ files, kits: [debriefKit], candidate: 'José Núñez' }, () => {});
    expect(read!.cards.map((c) => [c.interviewer, c.candidate])).toEqual([['Kim', 'José Núñez']]);
    expect(read!.report.notes).toContainEqual(expect.stringMatching(/not UTF-8 .*read as Windows-1252/));
    expect(refused!.cards).toEqual([]);
    expect(refused!.report.errors).toEqual([expect.stringMatching(/^kim\.xlsx: the file is .*, not CSV/)]);
  });

  it('stops at Cancel before reading the next file', async () => {
    const controller = new AbortController();
    const files = [
      { blob: blob(itemsCsv(kim)), name: 'kim.csv' },
      { blob: blob(itemsCsv(lee)), name: 'lee.csv' },
    ];
    const progressed: number[] = [];
    const reading = readTask(
      { files, kits: [debriefKit], candidate: 'Ana Lima' },
      (done) => {
        progressed.push(done);
        if (done >= files[0]!.blob.size) controller.abort();
      },
      controller.signal,
    );
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(Math.max(...progressed)).toBe(files[0]!.blob.size);
  });
});
