import { describe, expect, it, vi } from 'vitest';
import { CSV_BOM, ITEM_COLUMNS, parseCsv, parseItemsCsv } from '@/utils/domain/csv';
import { InterviewSchema } from '@/utils/domain/interview/schema';
import { EXPORT_BATCH_SIZE } from '@/utils/store/export-csv';
import { completeScorecard, makeStore, startScreening, testKit } from '../support/store';

describe('export.csv', () => {
  it('one scorecard as item rows: every question of the round plus its category ratings, with the seal', async () => {
    const store = await makeStore();
    const { interview } = await startScreening(store, { candidateName: 'José 李' });
    await completeScorecard(store, interview.id);
    await store.call('answers.put', { interviewId: interview.id, questionId: 'intro', patch: { notes: '=HYPERLINK("x")' } });
    await store.call('interviews.update', { id: interview.id, patch: { categoryRatings: { comms: 4 } } });
    await store.call('interviews.submit', { id: interview.id });
    await startScreening(store, { candidateName: 'Someone Else' });

    const out = await store.call('export.csv', { shape: 'items', ids: [interview.id] });
    expect(out.csv.startsWith(CSV_BOM)).toBe(true);
    expect(out.filename).toMatch(/^panelist-items-.*\.csv$/);
    const parsed = parseCsv(out.csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual([...ITEM_COLUMNS]);
    expect(out.rows).toBe(parsed.rows.length);
    expect(parsed.rows.map((r) => r.question_id)).toEqual(['orm', 'intro', 'close', 'category:comms']);
    const orm = parsed.rows[0]!;
    expect(orm).toMatchObject({
      candidate: 'José 李',
      score: '5',
      notes: 'Named both, with trade-offs',
      status: 'submitted',
      seal: expect.stringMatching(/^fs2:[0-9a-f]{64}$/),
    });
    expect(parsed.rows[1]!.notes).toBe('=HYPERLINK("x")');
    // The file's seal checks against the file itself (docs/seal.md).
    expect(parseItemsCsv(out.csv).seals.get(interview.id)).toMatchObject({ mark: 'intact' });
    expect(out.csv).toContain("'=HYPERLINK");
  });

  it('interview rows for a filter or for everything, with category scores, total and decision', async () => {
    const store = await makeStore();
    const a = await startScreening(store);
    await completeScorecard(store, a.interview.id);
    await store.call('interviews.submit', { id: a.interview.id });
    store.clock.now += 1000;
    const b = await startScreening(store, { candidateName: 'Bob Stone' });

    const all = parseCsv((await store.call('export.csv', { shape: 'interviews' })).csv);
    expect(all.rows.map((r) => r.interview_id)).toEqual([a.interview.id, b.interview.id]);
    expect(all.header).toEqual(expect.arrayContaining(['score_django', 'score_comms', 'weighted_total', 'decision']));
    expect(all.rows[0]).toMatchObject({
      candidate: 'Ana Lima',
      score_django: '5.00',
      score_comms: '3.00',
      decision: 'Yes',
      status: 'submitted',
    });

    const drafts = await store.call('export.csv', { shape: 'interviews', filter: { status: 'draft' } });
    expect(drafts.rows).toBe(1);
    expect(parseCsv(drafts.csv).rows[0]!.candidate).toBe('Bob Stone');
  });

  it('lays out interviews of kits with different categories under one union header', async () => {
    const store = await makeStore({
      kits: [
        testKit,
        {
          ...testKit,
          id: 'other',
          categories: [{ id: 'design', name: 'System Design', weightPct: 100, minScore: 3, notes: '' }],
          rounds: testKit.rounds.map((r) => ({ ...r, categoryIds: [] })),
        },
      ],
    });
    await startScreening(store);
    store.clock.now += 1;
    await startScreening(store, { kitId: 'other' });
    const parsed = parseCsv((await store.call('export.csv', { shape: 'interviews' })).csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.header.filter((h) => h.startsWith('score_'))).toEqual(['score_django', 'score_comms', 'score_design']);
    expect(parsed.rows.map((r) => r.kit)).toEqual(['test-kit', 'other']);
  });

  it(`reads in batches of ${EXPORT_BATCH_SIZE} interviews, one short read transaction each`, async () => {
    const store = await makeStore();
    const { interview, candidate } = await startScreening(store);
    const many = Array.from({ length: 2 * EXPORT_BATCH_SIZE + 49 }, (_, n) =>
      InterviewSchema.parse({
        ...interview,
        id: `bulk-${String(n).padStart(4, '0')}`,
        candidateId: candidate.id,
        createdAt: interview.createdAt + n + 1,
      }),
    );
    await store.db.interviews.bulkPut(many);
    const transaction = vi.spyOn(store.db, 'transaction');
    const out = await store.call('export.csv', { shape: 'interviews' });
    expect(out.rows).toBe(many.length + 1);
    const batchReads = transaction.mock.calls.filter((call) => call[0] === 'r' && Array.isArray(call[1]) && call[1].length === 4);
    expect(batchReads).toHaveLength(3);
  });
});
