import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PanelistDb, SCHEMA_VERSIONS, type SchemaVersion } from '@/utils/store/database';
import { AnswerSchema, CandidateSchema, InterviewSchema } from '@/utils/domain/interview/schema';
import { freshDbName, testKit } from '../support/store';

/**
 * The version-1 schema exactly as release 1 shipped it. Frozen here on purpose: if the app's
 * declaration is ever edited in place instead of adding a version, this test still writes a
 * real v1 database and catches the mismatch.
 */
const V1_STORES = {
  kits: '[id+version], id',
  candidates: 'id, name, createdAt',
  interviews:
    'id, candidateId, kitId, roundId, status, createdAt, startedAt, interviewer, meetingCode, [candidateId+createdAt], [status+createdAt]',
  answers: 'id, interviewId',
  settings: 'key',
};

/** The test kit as release 1 stored it: kit schema 1, with the take-home round's weighted criteria beside the round. */
const V1_KIT = (() => {
  const { rounds, debriefAgenda: _agenda, guidance: _guidance, ...rest } = structuredClone(testKit);
  return {
    ...rest,
    schemaVersion: 1,
    decisionOptions: rest.decisionOptions.map(({ nextStep: _next, ...d }) => d),
    rounds: rounds.map(({ assessmentAreas: _areas, materials: _materials, ...round }) => ({
      ...round,
      evaluationCriteria:
        round.id === 'takehome'
          ? [
              { name: 'Code quality', weightPct: 60, points: ['tests'] },
              { name: 'Write-up', weightPct: 40, points: [] },
            ]
          : [],
    })),
  };
})();

const candidate = CandidateSchema.parse({ id: 'c1', name: 'Ana Lima', createdAt: 100 });
const interviews = [
  InterviewSchema.parse({
    id: 'i1',
    candidateId: 'c1',
    kitId: 'test-kit',
    kitVersion: 1,
    roundId: 'screen',
    interviewer: 'Sam',
    platform: 'meet',
    meetingCode: 'abc',
    createdAt: 200,
    startedAt: 210,
    updatedAt: 220,
  }),
  InterviewSchema.parse({
    id: 'i2',
    candidateId: 'c1',
    kitId: 'test-kit',
    kitVersion: 1,
    roundId: 'takehome',
    interviewer: 'Kim',
    platform: 'zoom',
    createdAt: 300,
    updatedAt: 300,
    status: 'submitted',
    seal: 'ab'.repeat(32),
    submittedAt: 300,
  }),
];
const answer = AnswerSchema.parse({ id: 'i1:orm', interviewId: 'i1', questionId: 'orm', score: 4, notes: 'good', updatedAt: 230 });

async function writeV1Database(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('kits').put({ ...V1_KIT, builtIn: true, archived: false });
  await v1.table('kits').put({ id: 'broken', version: 1, title: 'Broken', builtIn: false, archived: false });
  await v1.table('candidates').put(candidate);
  await v1.table('interviews').bulkPut(interviews);
  await v1.table('answers').put(answer);
  await v1.table('settings').put({ key: 'interviewerName', value: 'Sam' });
  v1.close();
}

describe('schema versions', () => {
  it('the app still declares version 1 as shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toMatchObject({ version: 1, stores: V1_STORES });
  });

  it('opens a database written by version 1 with the current code and finds every record through its indexes', async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const db = new PanelistDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.kits.get(['test-kit', 1])).toMatchObject({ id: 'test-kit', builtIn: true, schemaVersion: 2 });
    expect(await db.candidates.toArray()).toEqual([candidate]);
    expect(await db.interviews.orderBy('createdAt').toArray()).toEqual(interviews);
    expect(await db.interviews.where('[status+createdAt]').between(['submitted', 0], ['submitted', Infinity]).primaryKeys()).toEqual([
      'i2',
    ]);
    expect(await db.interviews.where('[candidateId+createdAt]').between(['c1', 0], ['c1', Infinity]).count()).toBe(2);
    expect(await db.interviews.where('meetingCode').equals('abc').primaryKeys()).toEqual(['i1']);
    expect(await db.answers.where('interviewId').equals('i1').toArray()).toEqual([answer]);
    expect(await db.settings.get('interviewerName')).toEqual({ key: 'interviewerName', value: 'Sam' });
    db.close();
  });

  it('upgrades stored kits to kit schema 2 in place, at the version interviews ran with, and leaves a broken one as it was', async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const db = new PanelistDb(name);
    await db.open();
    const kit = (await db.kits.get(['test-kit', 1]))!;
    const takehome = kit.rounds.find((r) => r.id === 'takehome')!;
    expect(takehome.sections[0]!.questions[0]!.criteria).toEqual([
      { id: 'code-quality', name: 'Code quality', weightPct: 60, points: ['tests'], anchors: [] },
      { id: 'write-up', name: 'Write-up', weightPct: 40, points: [], anchors: [] },
    ]);
    expect(kit.rounds.every((r) => !('evaluationCriteria' in r))).toBe(true);
    expect(kit.debriefAgenda).toEqual({ format: [], steps: [] });
    expect(await db.kits.get(['broken', 1])).toEqual({ id: 'broken', version: 1, title: 'Broken', builtIn: false, archived: false });
    db.close();
  });

  it("runs a later version's upgrade over earlier rows (the mechanism future versions use)", async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const next: SchemaVersion = {
      version: SCHEMA_VERSIONS.at(-1)!.version + 1,
      stores: { interviews: `${V1_STORES.interviews}, kitVersion` },
      upgrade: async (tx) => {
        await tx
          .table('interviews')
          .toCollection()
          .modify((row: { overallNotes: string }) => {
            row.overallNotes = `${row.overallNotes}(migrated)`;
          });
      },
    };
    const db = new PanelistDb(name, [...SCHEMA_VERSIONS, next]);
    await db.open();
    expect(db.verno).toBe(next.version);
    expect((await db.interviews.toArray()).map((i) => i.overallNotes)).toEqual(['(migrated)', '(migrated)']);
    expect(await db.interviews.where('kitVersion').equals(1).count()).toBe(2);
    expect(await db.answers.count()).toBe(1);
    db.close();
  });
});
