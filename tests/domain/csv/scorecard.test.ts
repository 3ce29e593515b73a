import { describe, expect, it } from 'vitest';
import {
  INTERVIEW_COLUMNS,
  ITEM_COLUMNS,
  ITEM_SCORE_COLUMNS,
  fileNamePart,
  formatExportClock,
  interviewColumns,
  interviewRow,
  itemRows,
  parseCsv,
  scorecardFileName,
  toCsv,
} from '@/utils/domain/csv';
import { A_FILE_SEAL, TRICKY_NOTE, buildKit, buildScorecard } from './fixture';

const OVERALL = '+ Overall: "calm", precise;\nwould pair well with the platform team';

describe('scorecard file names', () => {
  it('say whose scorecard it is: candidate, round, interviewer and the interview’s date', () => {
    expect(scorecardFileName('items', buildScorecard())).toBe('panelist-items-josé-李-núñez-deep-dive-ana-the-reviewer-2025-03-04.csv');
    const card = buildScorecard();
    card.candidate = { ...card.candidate, name: 'Ana Lima' };
    card.interview = { ...card.interview, interviewer: 'Sam Rivera' };
    expect(scorecardFileName('interviews', card)).toBe('panelist-interviews-ana-lima-deep-dive-sam-rivera-2025-03-04.csv');
  });

  it('hold nothing any OS refuses or a shell trips on, and stay short', () => {
    for (const name of ['CON', 'a/b\\c', 'x:y*z?"<>|', ' .hidden. ', 'tab\tand\nnewline', '..', 'A'.repeat(400), '李'.repeat(200)]) {
      const part = fileNamePart(name);
      expect(
        [...part].filter((c) => '<>:"/\\|?*'.includes(c) || c.charCodeAt(0) < 32),
        name,
      ).toEqual([]);
      expect(part, name).not.toMatch(/^[.-]|[.-]$/);
      expect(new TextEncoder().encode(part).length, name).toBeLessThanOrEqual(60);
    }
    expect(fileNamePart('a/b\\c')).toBe('a-b-c');
    expect(fileNamePart('..')).toBe('');
    const card = buildScorecard();
    card.candidate = { ...card.candidate, name: '???' };
    expect(scorecardFileName('items', card)).toBe('panelist-items-deep-dive-ana-the-reviewer-2025-03-04.csv');
    card.candidate = { ...card.candidate, name: '李'.repeat(300) };
    card.interview = { ...card.interview, interviewer: 'é'.repeat(300) };
    expect(new TextEncoder().encode(scorecardFileName('items', card)).length).toBeLessThan(255);
  });
});

describe('interviewColumns', () => {
  it('expands the category placeholder into one score column per kit category, in kit order', () => {
    const columns = interviewColumns(buildKit());
    const at = columns.indexOf('status') + 1;
    expect(columns.slice(at, at + 4)).toEqual(['score_design', 'score_code', 'score_comms', 'weighted_total']);
    expect(columns).toHaveLength(INTERVIEW_COLUMNS.length - 1 + 3);
    expect(columns.some((c) => c.includes('<'))).toBe(false);
  });

  it('has no category columns for a kit without categories', () => {
    const kit = { ...buildKit(), categories: [] };
    expect(interviewColumns(kit)).toEqual(INTERVIEW_COLUMNS.filter((c) => !c.startsWith('score_')));
  });
});

describe('formatExportClock', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [65_000, '1:05'],
    [760_400, '12:40'],
    [4_503_999, '75:03'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatExportClock(ms)).toBe(text);
  });
});

describe('itemRows', () => {
  const card = buildScorecard();
  const rows = itemRows(card).map((cells) => Object.fromEntries(ITEM_COLUMNS.map((c, i) => [c, cells[i]])));

  it('gives every row exactly one cell per column', () => {
    for (const cells of itemRows(card)) expect(cells).toHaveLength(ITEM_COLUMNS.length);
  });

  it('lists every question of the round in kit order, then orphan answers, then category ratings', () => {
    expect(rows.map((r) => r.question_id)).toEqual([
      'q-cache',
      'q-queue',
      'q-tests',
      'q-logistics',
      'q-removed',
      'category:design',
      'category:comms',
    ]);
    expect(rows.some((r) => r.question_id === 'q-intro')).toBe(false);
  });

  it('fills a scored question from its answer', () => {
    expect(rows[0]).toEqual({
      interview_id: 'iv-1',
      candidate: 'José 李 Núñez',
      kit: 'backend-lead',
      kit_version: 3,
      round: 'r2',
      interviewer: 'Ana, "the" reviewer',
      date: '2025-03-04T09:30:05.000Z',
      section: 'Architecture, part 1',
      question_id: 'q-cache',
      question: 'Caching',
      category: 'design',
      score: 4,
      not_asked: 'no',
      expected_points_covered: '2 of 5',
      points_covered: 'Invalidation, on write | =cmd|calc',
      notes: TRICKY_NOTE,
      status: 'submitted',
      seal: expect.stringMatching(A_FILE_SEAL),
      decision: 'Strong hire',
      decision_reason: '@team: strong on design;\nweak on tests',
      red_flags: '12:40 Blamed the team, twice | 75:03 Late "again"',
      green_flags: '1:05 + Asked about SLOs',
      criteria_scores: '',
      question_score: '4.00',
      overall_notes: OVERALL,
      weighted_total: '3.85',
      threshold: 3.5,
      threshold_met: 'yes',
      failed_minimums: 'comms code',
    });
  });

  it('gives a question scored per criterion its criteria and their weighted mean, after the older columns', () => {
    expect(rows[2]).toMatchObject({ question_id: 'q-tests', score: null, criteria_scores: 'unit=2 | load=4', question_score: '2.50' });
    expect(ITEM_COLUMNS.slice(0, 22).at(-1)).toBe('green_flags');
    expect(ITEM_COLUMNS.slice(22)).toEqual([...ITEM_SCORE_COLUMNS]);
  });

  it('repeats the overall notes and the totals on every row, category rows too', () => {
    for (const row of rows)
      expect([row.overall_notes, row.weighted_total, row.threshold_met, row.failed_minimums]).toEqual([
        OVERALL,
        '3.85',
        'yes',
        'comms code',
      ]);
    expect(rows[5]).toMatchObject({ question_id: 'category:design', question_score: '5.00', criteria_scores: '' });
  });

  it('repeats the decision, its reason and the flags on every row, as the interviews row gives them', () => {
    const summary = Object.fromEntries(interviewColumns(card.kit).map((c, i) => [c, interviewRow(card)[i]]));
    const decisionColumns = ['decision', 'decision_reason', 'red_flags', 'green_flags'] as const;
    for (const row of rows) for (const column of decisionColumns) expect(row[column]).toBe(summary[column]);
    expect(rows.at(-1)).toMatchObject({ question_id: 'category:comms', decision: 'Strong hire' });
  });

  it('leaves the decision columns empty while nothing is decided', () => {
    const draft = buildScorecard();
    delete draft.interview.decisionId;
    draft.interview.decisionReason = '';
    draft.interview.flags = [];
    const first = Object.fromEntries(ITEM_COLUMNS.map((c, i) => [c, itemRows(draft)[0]![i]]));
    expect(first).toMatchObject({ decision: '', decision_reason: '', red_flags: '', green_flags: '' });
  });

  it('keeps unanswered questions with an empty score and 0 points covered', () => {
    expect(rows[1]).toMatchObject({
      question: 'Design a queue',
      score: null,
      not_asked: 'no',
      expected_points_covered: '0 of 2',
      points_covered: '',
      notes: '',
    });
    expect(rows[3]).toMatchObject({ section: 'Wrap-up', score: null, not_asked: 'yes', expected_points_covered: '', category: '' });
  });

  it('writes explicit category ratings as category rows', () => {
    expect(rows[5]).toMatchObject({ section: '', question_id: 'category:design', question: 'System design', category: 'design', score: 5 });
    expect(rows[6]).toMatchObject({ question_id: 'category:comms', question: 'Communication', score: 4 });
  });

  it('dates a never-started interview by its creation', () => {
    const unstarted = buildScorecard();
    delete unstarted.interview.startedAt;
    expect(itemRows(unstarted)[0]?.[ITEM_COLUMNS.indexOf('date')]).toBe('2025-03-04T09:00:00.000Z');
  });
});

describe('interviewRow', () => {
  it('summarises the interview under interviewColumns(kit)', () => {
    const card = buildScorecard();
    const columns = interviewColumns(card.kit);
    const cells = interviewRow(card);
    expect(cells).toHaveLength(columns.length);
    expect(Object.fromEntries(columns.map((c, i) => [c, cells[i]]))).toEqual({
      interview_id: 'iv-1',
      candidate: 'José 李 Núñez',
      kit: 'backend-lead',
      kit_version: 3,
      round: 'r2',
      interviewer: 'Ana, "the" reviewer',
      date: '2025-03-04T09:30:05.000Z',
      status: 'submitted',
      score_design: '4.50',
      score_code: '2.00',
      score_comms: '',
      weighted_total: '3.85',
      threshold: 3.5,
      threshold_met: 'yes',
      failed_minimums: 'comms code',
      decision: 'Strong hire',
      decision_reason: '@team: strong on design;\nweak on tests',
      red_flags: '12:40 Blamed the team, twice | 75:03 Late "again"',
      green_flags: '1:05 + Asked about SLOs',
      submitted_at: '2025-03-04T10:45:00.000Z',
      seal: expect.stringMatching(A_FILE_SEAL),
      overall_notes: OVERALL,
      criteria_scores: 'q-tests/unit=2 | q-tests/load=4',
    });
  });

  it('leaves undecided values empty for a draft', () => {
    const card = buildScorecard();
    card.interview.status = 'draft';
    delete card.interview.decisionId;
    delete card.interview.submittedAt;
    delete card.interview.seal;
    card.weightedTotal = null;
    card.meetsThreshold = null;
    card.interview.flags = [];
    const columns = interviewColumns(card.kit);
    const row = Object.fromEntries(columns.map((c, i) => [c, interviewRow(card)[i]]));
    expect(row).toMatchObject({
      status: 'draft',
      weighted_total: '',
      threshold_met: '',
      decision: '',
      red_flags: '',
      green_flags: '',
      submitted_at: '',
      seal: '',
    });
    card.meetsThreshold = false;
    expect(interviewRow(card)[columns.indexOf('threshold_met')]).toBe('no');
  });
});

describe('export → parse round trip', () => {
  const card = buildScorecard();
  const stringify = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell));

  it('gives back every item value exactly', () => {
    const rows = itemRows(card);
    const parsed = parseCsv(toCsv(ITEM_COLUMNS, rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual([...ITEM_COLUMNS]);
    expect(parsed.rows).toEqual(rows.map((cells) => Object.fromEntries(ITEM_COLUMNS.map((c, i) => [c, stringify(cells[i])]))));
    expect(parsed.rows[0]?.notes).toBe(TRICKY_NOTE);
    expect(parsed.rows[2]?.notes).toBe("'=already quoted\tand -3");
    expect(parsed.rows.every((r) => r.decision_reason === '@team: strong on design;\nweak on tests')).toBe(true);
    expect(parsed.rows[0]?.red_flags).toBe('12:40 Blamed the team, twice | 75:03 Late "again"');
  });

  it('gives back every interview value exactly', () => {
    const columns = interviewColumns(card.kit);
    const csv = toCsv(columns, [interviewRow(card)]);
    // The decision reason starts with "@", so the file itself must carry it neutralised.
    expect(csv).toContain(`"'@team: strong on design;\nweak on tests"`);
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([Object.fromEntries(columns.map((c, i) => [c, stringify(interviewRow(card)[i])]))]);
    expect(parsed.rows[0]?.green_flags).toBe('1:05 + Asked about SLOs');
  });

  it('never leaves a formula-leading text cell unneutralised in the file', () => {
    const csv = toCsv(ITEM_COLUMNS, itemRows(card));
    // Cell-leading: the orphan answer's note gains the apostrophe (and is quoted for its commas).
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"") was asked in an older kit",`);
    // Mid-cell (after a newline inside the tricky note) is not a formula and stays verbatim.
    expect(csv).toContain(`\n=HYPERLINK(""http://evil.example"",""click"")",`);
    const cellStarts = csv.match(/(?:^|,|\r\n)"?[=+\-@]/g) ?? [];
    expect(cellStarts).toEqual([]);
  });
});
