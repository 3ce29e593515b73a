import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BROKEN_SEAL,
  ITEM_COLUMNS,
  checkFileSeals,
  decodeCsvBytes,
  fileSealContent,
  interviewColumns,
  interviewRow,
  itemRows,
  parseCsv,
  parseItemsCsv,
  toCsv,
} from '@/utils/domain/csv';
import { canonicalScorecard, computeSeal, sealStatus, sha256HexSync, storeSealIntact } from '@/utils/domain/seal';
import { buildScorecard } from './fixture';
import { excelSemicolons, excelUnicodeText, excelWindows1252, rewrite } from './resave';

/** Exports made by an earlier release, with fs1 seals, kept as they were written. */
const FILES = fileURLToPath(new URL('./files', import.meta.url));
const itemsExport = (card = buildScorecard()) => toCsv(ITEM_COLUMNS, itemRows(card));
const interviewsExport = (card = buildScorecard()) => toCsv(interviewColumns(card.kit), [interviewRow(card)]);
const itemsMark = (csv: string) => parseItemsCsv(csv).seals.get('iv-1');
const interviewsMark = (csv: string) => checkFileSeals('interviews', parseCsv(csv).rows).get('iv-1');

describe('the seal a CSV carries', () => {
  it('checks as intact on a file straight from the export, in both shapes', () => {
    expect(itemsMark(itemsExport())).toMatchObject({ mark: 'intact' });
    expect(interviewsMark(interviewsExport())).toMatchObject({ mark: 'intact' });
  });

  it('reads as edited when a score is changed 1 → 5, or any other cell the file carries', () => {
    const csv = itemsExport();
    const edit = (column: string, from: (v: string) => boolean, to: string) =>
      itemsMark(
        rewrite(csv, (_, rows) => {
          const row = rows.find((r) => from(r[column]!))!;
          row[column] = to;
        }),
      );
    expect(edit('score', (v) => v === '4', '1')).toMatchObject({
      mark: 'edited',
      detail: expect.stringMatching(/no longer match its seal/),
    });
    expect(edit('notes', (v) => v.startsWith('Said'), 'Said nothing')).toMatchObject({ mark: 'edited' });
    expect(edit('candidate', () => true, 'Someone Else')).toMatchObject({ mark: 'edited' });
    expect(edit('decision', () => true, 'No hire')).toMatchObject({ mark: 'edited' });
    // A row taken out, or one added, changes what the file says about the interview.
    expect(itemsMark(rewrite(csv, (_, rows) => rows.splice(2, 1)))).toMatchObject({ mark: 'edited' });
  });

  it('reads as edited when a category score is changed 4.00 → 1.00 in the interviews file', () => {
    const edited = rewrite(interviewsExport(), (_, rows) => {
      expect(rows[0]!.score_design).toBe('4.50');
      rows[0]!.score_design = '1.00';
    });
    expect(interviewsMark(edited)).toMatchObject({ mark: 'edited' });
  });

  it('reads a draft relabelled "submitted" with a made-up seal as edited, whatever the seal looks like', () => {
    const draft = buildScorecard();
    draft.interview.status = 'draft';
    delete draft.interview.seal;
    const csv = itemsExport(draft);
    expect(itemsMark(csv)).toEqual({ mark: 'unsealed', detail: 'a draft: not sealed' });
    for (const madeUp of ['ab'.repeat(32), `fs1:${'0'.repeat(64)}`, 'sealed'])
      expect(
        itemsMark(
          rewrite(csv, (_, rows) => {
            for (const row of rows) Object.assign(row, { status: 'submitted', seal: madeUp });
          }),
        ),
        madeUp,
      ).toMatchObject({ mark: 'edited' });
  });

  it('a submitted scorecard whose seal was removed is "not sealed"', () => {
    const csv = rewrite(itemsExport(), (_, rows) => rows.forEach((r) => (r.seal = '')));
    expect(itemsMark(csv)).toMatchObject({ mark: 'unsealed', detail: expect.stringMatching(/marked submitted but carries no seal/) });
  });

  it('stays intact through what an honest spreadsheet round trip does', () => {
    const csv = itemsExport();
    // Sorted by another column, columns moved, a column of one's own added: the cells are the same.
    const reordered = rewrite(csv, (header, rows) => {
      header.reverse().push('my remarks');
      rows.reverse().forEach((r) => (r['my remarks'] = 'ask about caching'));
    });
    expect(itemsMark(reordered)).toMatchObject({ mark: 'intact' });
    for (const resave of [excelSemicolons, excelUnicodeText])
      expect(itemsMark(decodeCsvBytes(resave(csv)).text), resave.name).toMatchObject({ mark: 'intact' });
    // Windows-1252 holds José Núñez but not 李: a card in Western text survives it.
    const western = buildScorecard();
    western.candidate = { ...western.candidate, name: 'José Núñez' };
    western.answers = western.answers.map((a) => ({ ...a, notes: a.notes.replace(/李|🚀/gu, '') }));
    western.interview.seal = sha256HexSync(canonicalScorecard(western.interview, western.answers));
    expect(itemsMark(decodeCsvBytes(excelWindows1252(itemsExport(western))).text)).toMatchObject({ mark: 'intact' });
    // 4.50 → "4,5" and 3 → "3.00": numbers as a spreadsheet rewrites them are the same numbers.
    const numbers = rewrite(interviewsExport(), (_, rows) => {
      rows[0]!.score_design = '4,5';
      rows[0]!.kit_version = '3.00';
    });
    expect(interviewsMark(numbers)).toMatchObject({ mark: 'intact' });
  });

  it('an export of a stored scorecard that no longer matches its own seal reads as edited', async () => {
    const card = buildScorecard();
    card.answers[0]!.score = 1;
    expect(await sealStatus(card)).toBe('tampered');
    const csv = itemsExport(card);
    expect(parseCsv(csv).rows[0]!.seal).toBe(BROKEN_SEAL);
    expect(itemsMark(csv)).toMatchObject({ mark: 'edited' });
  });

  it('drafts carry no seal', () => {
    const draft = buildScorecard();
    draft.interview.status = 'draft';
    expect(parseCsv(itemsExport(draft)).rows.every((r) => r.seal === '')).toBe(true);
  });

  it('covers the cells in a documented canonical form (docs/seal.md), fs2 and fs1', () => {
    const rows: Record<string, string>[] = [
      { interview_id: 'i', question_id: 'q2', score: '4.00', seal: 'x', notes: '' },
      { question_id: 'q1', interview_id: 'i', score: '5', 'my remarks': 'not covered' },
    ];
    const covered = (c: string) => c !== 'seal' && c !== 'my remarks';
    // fs2: what every row holds alike once, each row's own cells, rows ordered by their text.
    expect(fileSealContent('items', rows, covered)).toBe(
      '["panelist-file-seal",2,"items",{"interview_id":"i"},[{"question_id":"q1","score":"5"},{"question_id":"q2","score":"4"}]]',
    );
    expect(fileSealContent('items', rows, covered, 1)).toBe(
      '["panelist-file-seal",1,"items",["{\\"interview_id\\":\\"i\\",\\"question_id\\":\\"q1\\",\\"score\\":\\"5\\"}","{\\"interview_id\\":\\"i\\",\\"question_id\\":\\"q2\\",\\"score\\":\\"4\\"}"]]',
    );
    // A cell alike on all but one row (or empty on one) stays with each row; one row has everything in common.
    const uneven = [
      { a: '1', b: 'x' },
      { a: '1.0', b: '' },
      { a: '1', b: 'x' },
    ];
    expect(fileSealContent('items', uneven, () => true)).toBe('["panelist-file-seal",2,"items",{"a":"1"},[{"b":"x"},{"b":"x"},{}]]');
    expect(fileSealContent('interviews', [{ a: '1', b: 'x' }], () => true)).toBe(
      '["panelist-file-seal",2,"interviews",{"a":"1","b":"x"},[{}]]',
    );
  });

  it('an fs2 seal catches what moving cells between the common part and the rows could hide', () => {
    const csv = itemsExport();
    expect(parseCsv(csv).rows[0]!.seal).toMatch(/^fs2:/);
    // The interview's own cells are sealed once: changing one row's copy, or every copy, is an edit.
    const oneCopy = rewrite(csv, (_, rows) => (rows[1]!.decision = 'No hire'));
    expect(itemsMark(oneCopy)).toMatchObject({ mark: 'edited' });
    const everyCopy = rewrite(csv, (_, rows) => rows.forEach((r) => (r.overall_notes = 'changed')));
    expect(itemsMark(everyCopy)).toMatchObject({ mark: 'edited' });
    // A row's own cell made equal to the others' (all rows now alike in it) is an edit too.
    const alike = rewrite(csv, (_, rows) => rows.forEach((r) => (r.section = rows[0]!.section!)));
    expect(itemsMark(alike)).toMatchObject({ mark: 'edited' });
    // The same digest under the older prefix is checked as fs1, and fails.
    const relabelled = rewrite(csv, (_, rows) => rows.forEach((r) => (r.seal = r.seal!.replace(/^fs2:/, 'fs1:'))));
    expect(itemsMark(relabelled)).toMatchObject({ mark: 'edited', detail: expect.stringMatching(/no longer match its seal/) });
  });

  it('files exported with fs1 seals (before fs2) still check: intact as exported, edited when changed', () => {
    const items = readFileSync(join(FILES, 'items-fs1.csv'), 'utf8');
    const interviews = readFileSync(join(FILES, 'interviews-fs1.csv'), 'utf8');
    expect(parseCsv(items).rows[0]!.seal).toMatch(/^fs1:[0-9a-f]{64}$/);
    expect(itemsMark(items)).toMatchObject({ mark: 'intact' });
    expect(interviewsMark(interviews)).toMatchObject({ mark: 'intact' });
    expect(itemsMark(decodeCsvBytes(excelSemicolons(items)).text)).toMatchObject({ mark: 'intact' });
    const edited = rewrite(items, (_, rows) => (rows.find((r) => r.score === '4')!.score = '1'));
    expect(itemsMark(edited)).toMatchObject({ mark: 'edited' });
    const category = rewrite(interviews, (_, rows) => (rows[0]!.score_design = '1.00'));
    expect(interviewsMark(category)).toMatchObject({ mark: 'edited' });
    // Today's export of the same scorecard carries the same cells under an fs2 seal.
    expect(parseCsv(itemsExport()).rows.map(({ seal: _, ...cells }) => cells)).toEqual(
      parseCsv(items).rows.map(({ seal: _, ...cells }) => cells),
    );
  });

  it('leaves the store seal as it was: a seal made by crypto.subtle before still verifies, and exports a file seal', async () => {
    const card = buildScorecard();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalScorecard(card.interview, card.answers)));
    card.interview.seal = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(await computeSeal(card.interview, card.answers)).toBe(card.interview.seal);
    expect(storeSealIntact(card.interview, card.answers)).toBe(true);
    expect(await sealStatus(card)).toBe('intact');
    expect(itemsMark(itemsExport(card))).toMatchObject({ mark: 'intact' });
  });
});
