import { describe, expect, it } from 'vitest';
import { BackupError, backupFilename, type KitRow } from '@/utils/domain/backup';
import { BackupLineReader, BackupWriter, documentEvents, type BackupEvent } from '@/utils/domain/backup-file';
import { BackupChecker, decideKit, decideScorecard, type RestoreTarget } from '@/utils/domain/backup-check';
import { AnswerSchema, CandidateSchema, InterviewSchema, type Interview } from '@/utils/domain/interview/schema';
import { testKit } from '../support/store';

const kit: KitRow = { ...testKit, builtIn: false, archived: false };
const candidate = CandidateSchema.parse({ id: 'c1', name: 'José 李', createdAt: 1 });
const interview = (over: Partial<Interview> = {}) =>
  InterviewSchema.parse({
    id: 'i1',
    candidateId: 'c1',
    kitId: 'test-kit',
    kitVersion: 1,
    roundId: 'screen',
    interviewer: 'Sam',
    platform: 'meet',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  });
const answer = AnswerSchema.parse({ id: 'i1:orm', interviewId: 'i1', questionId: 'orm', score: 2, notes: 'two\nlines', updatedAt: 3 });
const at = new Date('2025-01-06T09:00:00Z');

function written(fill: (w: BackupWriter) => void): string {
  let text = '';
  const writer = new BackupWriter((piece) => (text += piece));
  writer.begin(at);
  fill(writer);
  writer.end();
  return text;
}

const sample = () =>
  written((w) => {
    w.section('kits');
    w.row(kit);
    w.section('candidates');
    w.row(candidate);
    w.section('scorecards');
    w.row({ interview: interview(), answers: [answer] });
    w.row({ interview: interview({ id: 'i2' }), answers: [] });
    w.section('settings');
  });

function read(text: string): BackupEvent[] {
  const reader = new BackupLineReader();
  const events = text
    .split('\n')
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .flatMap((line) => reader.read(line) ?? []);
  reader.finish();
  return events;
}

describe('the backup file layout', () => {
  it('is one JSON document with one record per line, and reads back row by row', () => {
    const text = sample();
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{"format":"panelist-backup","version":2,"exportedAt":"2025-01-06T09:00:00.000Z",',
      '"kits":[',
      expect.stringMatching(/^\{"archived":false,"builtIn":false,.*\}$/),
      '],',
    ]);
    expect(JSON.parse(text)).toMatchObject({ version: 2, counts: { kits: 1, candidates: 1, scorecards: 2, settings: 0 }, settings: [] });
    const events = read(text);
    expect(events.filter((e) => e.kind === 'row').map((e) => (e.kind === 'row' ? [e.section, e.index, e.line] : null))).toEqual([
      ['kits', 0, 3],
      ['candidates', 0, 6],
      ['scorecards', 0, 9],
      ['scorecards', 1, 10],
    ]);
    expect(events.at(-1)).toEqual({ kind: 'end', counts: { kits: 1, candidates: 1, scorecards: 2, settings: 0 } });
    expect(BackupLineReader.isLineLayout(text.split('\n')[0]!)).toBe(true);
    expect(backupFilename(at)).toBe('panelist-backup-2025-01-06-09-00-00.json');
  });

  it('names the line of anything out of place', () => {
    const lines = sample().split('\n');
    const swap = (n: number, text: string) => lines.map((line, i) => (i === n ? text : line)).join('\n');
    const fails = (text: string) => {
      try {
        read(text);
      } catch (error) {
        expect(error).toBeInstanceOf(BackupError);
        return (error as Error).message;
      }
      throw new Error('expected the file to be refused');
    };
    expect(fails(swap(2, '{"id": oops'))).toMatch(/^Line 3: record 0 of "kits" is not valid JSON/);
    expect(fails(swap(4, 'junk'))).toBe('Line 5: expected a section such as "candidates":[ or the closing "counts".');
    expect(fails(swap(4, '"meetings":['))).toBe('Line 5: "meetings" is not a section this Panelist reads.');
    expect(fails(swap(0, '{"format":"panelist-backup","version":2,"exportedAt":"yesterday",'))).toMatch(
      /^exportedAt: expected an ISO 8601/,
    );
    expect(fails(swap(4, '"kits":['))).toBe('Line 5: section "kits" is out of order or repeated.');
    expect(fails(lines.slice(0, 9).join('\n'))).toMatch(/^The file ends at line 9 before its closing "counts": it is incomplete/);
    expect(fails(`${lines.join('\n')}\nmore`)).toBe(`Line ${lines.length + 1}: nothing after the closing "counts".`);
    expect(fails(swap(0, '{"format":"panelist-backup","version":3,"exportedAt":"x",'))).toMatch(/newer Panelist \(format version 3\)/);
  });

  it('reads a whole document too: a version-1 file, its answers joined to their interviews', () => {
    const v1 = JSON.stringify({
      format: 'panelist-backup',
      version: 1,
      exportedAt: '2024-05-01T08:00:00.000Z',
      kits: [kit],
      candidates: [candidate],
      interviews: [interview(), interview({ id: 'i2' })],
      answers: [answer],
      settings: [],
    });
    const rows = documentEvents(v1).flatMap((e) => (e.kind === 'row' && e.section === 'scorecards' ? [e.raw] : []));
    expect(rows).toEqual([
      { interview: interview(), answers: [answer] },
      { interview: interview({ id: 'i2' }), answers: [] },
    ]);
    expect(() => documentEvents('{"kits":[]}')).toThrow('The file is not a Panelist backup.');
    expect(() => documentEvents('{"format":')).toThrow(/^The file is not valid JSON/);
  });
});

describe('checking a backup before anything is written', () => {
  const target = (over: Partial<RestoreTarget> = {}): RestoreTarget => ({
    builtIn: new Map([['middleware-architect', 2]]),
    localKits: new Map(),
    mode: 'merge',
    ...over,
  });
  const problems = (rows: [Parameters<BackupChecker['row']>[0], unknown][], t = target()) => {
    const checker = new BackupChecker(t);
    const index: Record<string, number> = {};
    for (const [section, raw] of rows) checker.row(section, raw, (index[section] = (index[section] ?? -1) + 1));
    try {
      checker.finish();
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts a whole backup and refuses duplicates and rows that point at nothing', () => {
    const card = { interview: interview(), answers: [answer] };
    expect(
      problems([
        ['kits', kit],
        ['candidates', candidate],
        ['scorecards', card],
      ]),
    ).toBe('');
    expect(
      problems([
        ['kits', kit],
        ['candidates', candidate],
        ['candidates', candidate],
      ]),
    ).toBe('candidates[1]: candidate "José 李" appears twice in the file');
    expect(
      problems([
        ['kits', kit],
        ['scorecards', card],
      ]),
    ).toBe('interviews[0].candidateId: interview "i1" needs candidate "c1", which is not in the backup');
    expect(
      problems([
        ['candidates', candidate],
        ['scorecards', card],
      ]),
    ).toBe('interviews[0].kitId: interview "i1" needs kit "test-kit" version 1, which is not in the backup');
    expect(
      problems([
        ['kits', kit],
        ['candidates', candidate],
        ['scorecards', { ...card, answers: [{ ...answer, id: 'x' }] }],
      ]),
    ).toBe('interviews[0].answers[0].id: expected "i1:orm"');
  });

  it('refuses a kit posing as built in and an interview whose round is missing from the kit it will run with', () => {
    expect(problems([['kits', { ...kit, builtIn: true }]])).toBe(
      'kits[0]: kit "test-kit" version 1 says it is built into Panelist, but Panelist has no built-in kit "test-kit"',
    );
    expect(problems([['kits', { ...kit, id: 'middleware-architect', version: 3, builtIn: true }]])).toMatch(/is at version 2$/);
    expect(problems([['kits', { ...kit, id: 'middleware-architect', version: 1, builtIn: true }]])).toBe('');
    const card = { interview: interview({ roundId: 'takehome' }), answers: [] };
    const rows: [Parameters<BackupChecker['row']>[0], unknown][] = [
      ['kits', kit],
      ['candidates', candidate],
      ['scorecards', card],
    ];
    expect(problems(rows)).toBe('');
    // Merging into a store whose copy of the kit lacks that round: the store's copy is the one kept.
    const localKits = new Map([['test-kit@1', { rounds: new Set(['screen']), builtIn: false }]]);
    expect(problems(rows, target({ localKits }))).toBe(
      'interviews[0].roundId: interview "i1" (José 李) is for round "takehome", which kit "test-kit" version 1 does not have',
    );
    expect(problems(rows, target({ localKits, mode: 'replace' }))).toBe('');
  });
});

describe('merge decisions', () => {
  const card = (over: Partial<Interview>) => ({ interview: interview(over), answers: [] });

  it('by revision, never by clock; a submitted scorecard is never replaced by a draft or by an edited seal', () => {
    expect(decideScorecard(undefined, card({}), null)).toEqual({ action: 'add' });
    expect(decideScorecard(interview({ revision: 3 }), card({ revision: 4, updatedAt: 0 }), null)).toEqual({ action: 'take' });
    expect(decideScorecard(interview({ revision: 4, updatedAt: 0 }), card({ revision: 3, updatedAt: 9e12 }), null)).toEqual({
      action: 'keep',
      reason: 'newer-here',
    });
    expect(decideScorecard(interview({ revision: 3 }), card({ revision: 3 }), null)).toEqual({ action: 'same' });
    expect(decideScorecard(interview({ revision: 3 }), card({ revision: 3, overallNotes: 'x' }), null)).toEqual({
      action: 'keep',
      reason: 'differs',
    });
    const submitted = interview({ revision: 3, status: 'submitted', seal: 'ab' });
    expect(decideScorecard(submitted, card({ revision: 9 }), null)).toEqual({ action: 'keep', reason: 'submitted-here' });
    expect(decideScorecard(submitted, card({ revision: 9, status: 'submitted' }), 'tampered')).toEqual({
      action: 'keep',
      reason: 'sealed-here',
    });
    expect(decideScorecard(submitted, card({ revision: 9, status: 'submitted' }), 'intact')).toEqual({ action: 'take' });
  });

  it('keeps a kit version this store holds (its interviews ran with it), adding only new ones', () => {
    expect(decideKit(undefined, kit)).toEqual({ action: 'add' });
    expect(decideKit({ ...kit, archived: true }, kit)).toEqual({ action: 'same' });
    expect(decideKit(kit, { ...kit, title: 'Renamed' })).toEqual({ action: 'keep', reason: 'differs' });
    expect(decideKit({ ...kit, builtIn: true }, { ...kit, title: 'Renamed' })).toEqual({ action: 'keep', reason: 'built-in' });
  });
});
