import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { fixed, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const SHIPPED_GUIDE = 'docs/guides/middleware-architect-interview-guide.md';
const ONE_MB = 1024 * 1024;

type Importer = (markdown: string) => unknown;

/**
 * A guide of at least `bytes`: the shipped guide's rounds (from "## Round 1" up to the scoring
 * framework) repeated and renumbered between its own head and tail, so it is the real format,
 * only longer, and every round still parses as a round.
 */
export function largeGuide(shipped: string, bytes = ONE_MB): string {
  const start = shipped.indexOf('## Round 1:');
  const end = shipped.indexOf('## Interview Scoring Framework');
  if (start < 0 || end < start) throw new Error('the shipped guide no longer has "## Round 1:" … "## Interview Scoring Framework"');
  const head = shipped.slice(0, start);
  const rounds = shipped.slice(start, end);
  const tail = shipped.slice(end);
  const perCopy = (rounds.match(/^## Round \d+:/gm) ?? []).length;
  const parts: string[] = [];
  let size = head.length + tail.length;
  for (let copy = 0; size < bytes; copy++) {
    const renumbered = rounds.replace(/^## Round (\d+):/gm, (_, n: string) => `## Round ${copy * perCopy + Number(n)}:`);
    parts.push(renumbered);
    size += renumbered.length;
  }
  return head + parts.join('') + tail;
}

/** Wall time of `run(input)` over `repeats` runs after `warmups` unmeasured ones. */
export function timeRuns(run: () => unknown, repeats: number, warmups: number): { first: number; samples: number[] } {
  const t0 = performance.now();
  run();
  const first = performance.now() - t0;
  for (let i = 1; i < warmups; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return { first, samples };
}

/** The floor any Markdown importer pays: micromark + GFM into an mdast tree, nothing else. */
const parseOnly = (markdown: string) => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

export interface ImportTiming {
  bytes: number;
  firstMs: number;
  medianMs: number;
}

export function measureImport(importer: Importer, markdown: string, repeats: number, warmups: number): ImportTiming {
  const own = timeRuns(() => importer(markdown), repeats, warmups);
  return { bytes: Buffer.byteLength(markdown), firstMs: own.first, medianMs: median(own.samples) };
}

export async function markdownImportRows(quick = false): Promise<BenchRow[]> {
  let importer: Importer;
  try {
    ({ importMarkdownGuide: importer } = (await import('../../utils/domain/import/markdown')) as { importMarkdownGuide: Importer });
  } catch (error) {
    const why = `utils/domain/import/markdown.ts did not load (${(error as Error).message.split('\n')[0]})`;
    return [
      {
        key: 'importShipped',
        figure: 'Markdown import: the shipped guide',
        measured: `not measured: ${why}`,
        budget: '≤ 50 ms',
        pass: null,
      },
      { key: 'import1MB', figure: 'Markdown import: a 1 MB guide', measured: `not measured: ${why}`, budget: '≤ 1 s', pass: null },
    ];
  }
  const shipped = readFileSync(SHIPPED_GUIDE, 'utf8');
  const big = largeGuide(shipped);
  const small = measureImport(importer, shipped, quick ? 3 : 25, quick ? 1 : 5);
  const parseFloor = median(timeRuns(() => parseOnly(shipped), quick ? 3 : 25, 2).samples);
  const large = measureImport(importer, big, quick ? 1 : 3, 0);
  // Time proportional to size is the best an importer can do; more than that is the importer (or micromark) scaling badly.
  const linear = (small.medianMs * large.bytes) / small.bytes;
  return [
    {
      key: 'importShipped',
      figure: 'Markdown import: the shipped guide',
      measured: `${fixed(small.medianMs)} ms median (first call ${fixed(small.firstMs)} ms)`,
      budget: '≤ 50 ms',
      pass: small.medianMs <= 50,
      ratio: `${fixed(small.medianMs / parseFloor)}× Markdown parse alone (${fixed(parseFloor)} ms)`,
      notes: `importMarkdownGuide on ${SHIPPED_GUIDE} (${fixed(small.bytes / 1024)} KB) in Node; median of ${quick ? 3 : 25} after warm-up; the first call of the process (cold JIT, module set-up) is shown too. Baseline: mdast-util-from-markdown + GFM on the same text, the parse every importer built on it pays.`,
      values: { ...small, parseOnlyMs: parseFloor },
    },
    {
      key: 'import1MB',
      figure: 'Markdown import: a 1 MB guide',
      measured: `${fixed(large.medianMs, 0)} ms median`,
      budget: '≤ 1 s',
      pass: large.medianMs <= 1000,
      ratio: `${fixed(large.medianMs / linear, 2)}× the shipped guide's time scaled by size (${fixed(linear, 0)} ms)`,
      notes: `The shipped guide's eight rounds repeated and renumbered to ${fixed(large.bytes / ONE_MB, 2)} MB (${Math.round(large.bytes / small.bytes)}× its size) between its own head and tail; median of ${quick ? 1 : 3} in Node, the first of them cold. A ratio near 1 means the import time grows in proportion to the guide.`,
      values: { ...large, linearMs: linear },
    },
  ];
}
