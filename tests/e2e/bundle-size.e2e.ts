import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The content script is injected into every Meet, Zoom and Teams page: its size is paid by the
// call page on every load. Budget from the performance issue: 8 KB gzipped.
const CONTENT_SCRIPT_BUDGET_GZ = 8 * 1024;
const out = process.env.PANELIST_OUT_DIR ?? '.output';

describe('content script size', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    it(`stays within ${CONTENT_SCRIPT_BUDGET_GZ} bytes gzipped in the ${target} build`, () => {
      const file = resolve(out, target, 'content-scripts/call.js');
      const gz = gzipSync(readFileSync(file), { level: 9 }).length;
      console.log(`${target} content script: ${gz} bytes gzipped (budget ${CONTENT_SCRIPT_BUDGET_GZ})`);
      expect(gz).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZ);
    });
  }
});

// The desk opens on history: what it evaluates before the first rows show is paid on every open.
// Schemas (zod) are built when their module is evaluated, so they load only with the screens that
// check data (the kit library, backup, debrief), never with the desk's shell or its history screen.
const SCHEMA_LIBRARY = 'ZodError';

/** The files a module loads before it runs: its static imports, followed through every chunk. */
function staticGraph(dir: string, start: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(resolve(dir, file), 'utf8');
    seen.set(file, code);
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(`chunks/${match[1]}`);
  };
  start.forEach(visit);
  return seen;
}

function chunk(dir: string, prefix: string): string {
  const name = readdirSync(resolve(dir, 'chunks')).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!name) throw new Error(`no ${prefix} chunk in ${dir}/chunks`);
  return `chunks/${name}`;
}

describe("the desk's first load", () => {
  const dir = resolve(out, 'chrome-mv3');
  const html = () => readFileSync(resolve(dir, 'options.html'), 'utf8');
  const entry = () => [...html().matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]!);

  it('loads no schema library for the shell and the history screen', () => {
    const graph = staticGraph(dir, [...entry(), chunk(dir, 'HistoryScreen')]);
    expect(graph.size).toBeGreaterThan(2);
    expect([...graph].filter(([, code]) => code.includes(SCHEMA_LIBRARY)).map(([file]) => file)).toEqual([]);
  });

  it('finds the schema library where a screen does check data (the kit library)', () => {
    const graph = staticGraph(dir, [chunk(dir, 'KitLibrary')]);
    expect([...graph.values()].some((code) => code.includes(SCHEMA_LIBRARY))).toBe(true);
  });
});
