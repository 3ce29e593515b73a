import { describe, expect, it } from 'vitest';
import { BackupError, backupFilename, parseBackup, serializeBackup, type BackupContents } from '@/utils/domain/backup';
import { AnswerSchema, CandidateSchema, InterviewSchema } from '@/utils/domain/interview/schema';
import { testKit } from '../support/store';

const contents = (): BackupContents => ({
  kits: [{ ...testKit, builtIn: true, archived: false }],
  candidates: [CandidateSchema.parse({ id: 'c1', name: 'José 李', createdAt: 1 })],
  interviews: [
    InterviewSchema.parse({
      id: 'i2',
      candidateId: 'c1',
      kitId: 'test-kit',
      kitVersion: 1,
      roundId: 'screen',
      interviewer: 'Sam',
      platform: 'teams',
      createdAt: 2,
      updatedAt: 2,
    }),
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
    }),
  ],
  answers: [AnswerSchema.parse({ id: 'i1:orm', interviewId: 'i1', questionId: 'orm', score: 2, updatedAt: 3 })],
  settings: [{ key: 'theme', value: { dark: true } }],
});
const at = new Date('2025-01-06T09:00:00Z');

const errorOf = (json: string) => {
  try {
    parseBackup(json);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return (error as Error).message;
  }
  throw new Error('expected the backup to be refused');
};

describe('backup format', () => {
  it('serialises deterministically and parses back to the same contents', () => {
    const json = serializeBackup(contents(), at);
    const parsed = parseBackup(json);
    expect(parsed).toMatchObject({ format: 'panelist-backup', version: 1, exportedAt: '2025-01-06T09:00:00.000Z' });
    expect(parsed.interviews.map((i) => i.id)).toEqual(['i1', 'i2']);
    const { format: _f, version: _v, exportedAt: _e, ...again } = parsed;
    expect(serializeBackup(again, at)).toBe(json);
    const shuffled = contents();
    shuffled.interviews.reverse();
    expect(serializeBackup(shuffled, at)).toBe(json);
    expect(backupFilename(at)).toBe('panelist-backup-2025-01-06-09-00-00.json');
  });

  it('names the path of every bad field', () => {
    const backup = JSON.parse(serializeBackup(contents(), at));
    backup.interviews[1].status = 'archived';
    backup.answers[0].score = 9;
    const message = errorOf(JSON.stringify(backup));
    expect(message).toMatch(/interviews\[1\]\.status: /);
    expect(message).toMatch(/answers\[0\]\.score: /);
  });

  it('refuses dangling references and duplicates', () => {
    const backup = JSON.parse(serializeBackup(contents(), at));
    backup.answers[0].interviewId = 'gone';
    backup.interviews[0].candidateId = 'nobody';
    backup.candidates.push(backup.candidates[0]);
    const message = errorOf(JSON.stringify(backup));
    expect(message).toMatch(/answers\[0\]\.interviewId: no interview "gone"/);
    expect(message).toMatch(/answers\[0\]\.id: expected "gone:orm"/);
    expect(message).toMatch(/interviews\[0\]\.candidateId: no candidate "nobody"/);
    expect(message).toMatch(/candidates\[1\]: duplicate record c1/);
  });

  it('says plainly when a file is not JSON, not a backup, or from a newer Panelist', () => {
    expect(errorOf('{"format":"panelist-backup",')).toMatch(/^The file is not valid JSON/);
    expect(errorOf('{"kits":[]}')).toBe('The file is not a Panelist backup.');
    expect(errorOf(JSON.stringify({ ...JSON.parse(serializeBackup(contents(), at)), version: 2 }))).toMatch(
      /newer Panelist \(format version 2\)/,
    );
  });
});
