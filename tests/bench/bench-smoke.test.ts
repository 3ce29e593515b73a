import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupKits, createDataset, writeBackupFile, QUESTIONS_PER_ROUND, BENCH_KIT_ID } from '../../bench/data/generate';
import { measureContentScript } from '../../bench/measure/content-size';
import { largeGuide, measureImport, SHIPPED_GUIDE } from '../../bench/measure/markdown-import';
import { debriefRow } from '../../bench/measure/debrief';
import { clockSeconds, expectedClock } from '../../bench/measure/timer-truth';
import { formatMarkdown, formatTable, type BenchRow } from '../../bench/lib/report';
import { median, p95 } from '../../bench/lib/stats';
import { importMarkdownGuide } from '../../utils/domain/import/markdown';
import { BUILTIN_KITS } from '../../utils/domain/kit/builtin';
import { verifySeal } from '../../utils/domain/seal';
import { makeStore } from '../support/store';
import { restoreInto } from '../support/backup';

/**
 * Keeps the benchmark's code from rotting without running it: the data generator, a cheap
 * measurement or two and the report writer. Nothing here asserts on a timing.
 */

const SMALL = { interviews: 25, candidates: 8, seed: 42 };

function allChunks(options = SMALL, size = 10) {
  const dataset = createDataset(options);
  return { dataset, chunks: [...dataset.chunks(size)] };
}

describe('bench data set', () => {
  it('is the same for the same seed and different for another', () => {
    const json = (x: ReturnType<typeof allChunks>) => JSON.stringify([backupKits(x.dataset.kits), x.dataset.candidates, x.chunks]);
    expect(json(allChunks())).toEqual(json(allChunks()));
    expect(json(allChunks())).not.toEqual(json(allChunks({ ...SMALL, seed: 43 })));
  });

  it('gives every interview a full round of answers, and every submitted scorecard a real seal', async () => {
    const { chunks } = allChunks();
    expect(chunks.map((c) => c.interviews.length)).toEqual([10, 10, 5]);
    for (const chunk of chunks) {
      expect(chunk.answers).toHaveLength(chunk.interviews.length * QUESTIONS_PER_ROUND);
      expect(new Set(chunk.interviews.map((i) => i.kitId))).toEqual(new Set([BENCH_KIT_ID]));
      for (const interview of chunk.interviews.filter((i) => i.status === 'submitted'))
        expect(await verifySeal({ interview, answers: chunk.answers.filter((a) => a.interviewId === interview.id) })).toBe(true);
    }
  });

  it('writes one backup file that the desk restores, and the history the bench measures finds every interview', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panelist-bench-smoke-'));
    try {
      const path = join(dir, 'backup.json');
      const written = writeBackupFile(path, SMALL, 10);
      expect(written.counts).toMatchObject({ scorecards: SMALL.interviews });
      const store = await makeStore({ kits: BUILTIN_KITS });
      const { preview } = await restoreInto(store, new File([readFileSync(path)], 'backup.json'), 'merge');
      expect(preview.summary.noted).toEqual({});
      expect(await store.db.interviews.count()).toBe(SMALL.interviews);
      expect(await store.db.answers.count()).toBe(SMALL.interviews * QUESTIONS_PER_ROUND);
      const page = await store.call('interviews.list', { offset: 0, limit: 50 });
      expect(page.total).toBe(SMALL.interviews);
      const filtered = await store.call('interviews.list', { candidateId: written.busiest.id, offset: 0, limit: 50 });
      expect(filtered.rows.map((r) => r.candidate.name)).toEqual(Array(written.busiest.interviews).fill(written.busiest.name));
      store.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bench measurements', () => {
  it('sizes a built content script gzipped and names the libraries bundled in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'panelist-bench-smoke-'));
    try {
      mkdirSync(join(dir, 'content-scripts'));
      writeFileSync(
        join(dir, 'content-scripts', 'call.js'),
        `var x=1;${'function check(){return document.querySelector("button")}'.repeat(200)}throw new ZodError()`,
      );
      const size = measureContentScript(dir);
      expect(size.gzipBytes).toBeGreaterThan(0);
      expect(size.gzipBytes).toBeLessThan(size.rawBytes);
      expect(size.contains).toEqual(['zod']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("builds the large guide from the shipped guide's rounds, renumbered, and the importer reads every one", () => {
    const shipped = readFileSync(SHIPPED_GUIDE, 'utf8');
    const big = largeGuide(shipped, 60 * 1024);
    expect(big.length).toBeGreaterThanOrEqual(60 * 1024);
    const numbers = [...big.matchAll(/^## Round (\d+):/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const result = importMarkdownGuide(big);
    expect(result.parsed.ok && result.parsed.kit.rounds.length).toBe(numbers.length);
    const timing = measureImport(importMarkdownGuide, shipped, 1, 0);
    expect(timing.bytes).toBe(Buffer.byteLength(shipped));
    expect(Number.isFinite(timing.medianMs)).toBe(true);
  });

  it('reads a shown clock the way the panel writes it', () => {
    expect(expectedClock(61_999, 0, 0)).toBe('1:01 left');
    expect(expectedClock(0, 5_400, 0)).toBe('+0:05 over');
    expect(expectedClock(null, 0, 3_723_000)).toBe('1:02:03 elapsed');
    expect(clockSeconds('1:01 left')).toBe(61);
    expect(clockSeconds('+0:05 over')).toBe(-5);
    expect(clockSeconds('1:02:03 left')).toBe(3723);
    expect(clockSeconds('soon')).toBeNaN();
  });
});

describe('bench report', () => {
  const rows: BenchRow[] = [
    { key: 'a', figure: 'size', measured: '7.1 KB gz', budget: '≤ 8 KB gz', pass: true, notes: 'gzip -9' },
    { key: 'b', figure: 'save | p95', measured: '30 ms', budget: '≤ 25 ms', pass: false, ratio: '8× ping' },
    { key: 'c', figure: 'history', measured: 'not measured: no desk', budget: '≤ 150 ms', pass: null },
  ];

  it('prints one line per figure with its verdict, and notes by row number', () => {
    const table = formatTable(rows).split('\n');
    expect(table[2]).toMatch(/^1\s+size\s+7\.1 KB gz\s+≤ 8 KB gz\s+pass/);
    expect(table[3]).toMatch(/FAIL\s+8× ping$/);
    expect(table[4]).toMatch(/not measured: no desk .*—/);
    expect(table).toContain('  1. gzip -9');
  });

  it('writes Markdown with pipes escaped', () => {
    const md = formatMarkdown(rows, {
      date: '2025-01-01T00:00:00Z',
      machine: '2 × CPU',
      chromium: 'Chromium 1',
      node: 'v20',
      durationS: 300,
      load: 'load 1.0',
    });
    expect(md).toContain('| 2 | save \\| p95 | 30 ms | ≤ 25 ms | FAIL | 8× ping |');
    expect(md).toContain('- (1) gzip -9');
  });

  it('quotes nearest-rank medians and p95s: values that were measured', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2);
    expect(p95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(95);
  });
});

describe('bench debrief row', () => {
  it('reads all eight full-round files into eight scorecards of the built-in kit', async () => {
    const row = await debriefRow(true);
    expect(row.measured).not.toMatch(/^not measured/);
    expect(row.values).toMatchObject({ scorecards: 8 });
  });
});
