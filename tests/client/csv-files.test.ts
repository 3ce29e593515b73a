import { describe, expect, it, vi } from 'vitest';
import { readCsvFiles, readDebriefFiles } from '@/utils/client/csv-files';
import { TaskCancelled } from '@/utils/client/worker-task';
import { CSV_MAX_BYTES } from '@/utils/domain/csv';
import { interviewsCsv, itemsCsv, kim, lee } from '../support/debrief-fixtures';
import { testKit } from '../support/store';
import { excelSemicolons, excelUnicodeText, rewrite } from '../domain/csv/resave';

const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name, { type: 'text/csv' });

describe('reading CSV files in a worker', () => {
  it('decodes each file whatever the spreadsheet saved, in the order given, keeping two files of one name', async () => {
    const read = await readCsvFiles([
      file('kim.csv', excelUnicodeText(itemsCsv(kim))),
      file('lee.csv', excelSemicolons(interviewsCsv(lee))),
      file('kim.csv', itemsCsv(lee)),
    ]);
    expect(read.map((f) => f.name)).toEqual(['kim.csv', 'lee.csv', 'kim.csv']);
    expect(read[0]!.text).toMatch(/^interview_id\tcandidate\t/);
    expect(read[1]!.text).toMatch(/^interview_id;candidate;/);
    expect(read[2]!.text).toContain('lee-0003-interview');
  });

  it('refuses a file over the limit by its size alone, without reading it', async () => {
    const big = file('everything.csv', new Uint8Array(CSV_MAX_BYTES + 1));
    const readBytes = vi.spyOn(big, 'arrayBuffer');
    const [read] = await readCsvFiles([big]);
    expect(read).toEqual({ name: 'everything.csv', text: '', problem: expect.stringMatching(/^the file is 20\.0 MB, over the 20\.0 MB/) });
    expect(readBytes).not.toHaveBeenCalled();
  });

  it('reads the debrief in the worker: marks, reports, refusals and progress', async () => {
    const tampered = rewrite(itemsCsv(kim), (_, rows) => (rows[0]!.score = '1'));
    const progress: [number, number][] = [];
    const { read } = await readDebriefFiles(
      [file('kim.csv', tampered), file('lee.csv', excelSemicolons(interviewsCsv(lee))), file('big.csv', new Uint8Array(CSV_MAX_BYTES + 1))],
      [testKit],
      [],
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(read.cards.map((c) => [c.interviewer, c.integrity])).toEqual([
      ['Kim', 'edited-after-submission'],
      ['Lee', undefined],
    ]);
    expect(read.reports.map((r) => r.name)).toEqual(['kim.csv', 'lee.csv', 'big.csv']);
    expect(read.reports[0]!.notes[0]).toMatch(/edited after submission/);
    expect(read.reports[1]!.notes).toEqual([expect.stringMatching(/semicolons/)]);
    expect(read.reports[2]!.errors).toEqual([expect.stringMatching(/^big\.csv: the file is 20\.0 MB/)]);
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it('cancels', async () => {
    const controller = new AbortController();
    const reading = readDebriefFiles([file('kim.csv', itemsCsv(kim))], [testKit], [], { signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(TaskCancelled);
  });
});
