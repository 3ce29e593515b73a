import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fixed, kb } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const CONTENT_SIZE_BUDGET_KB = 8;

/** Libraries whose code can be recognised in a minified bundle by strings they always carry. */
const MARKERS: Record<string, RegExp> = {
  zod: /\$ZodType|ZodError/,
  'webextension-polyfill': /This script should only be loaded in a browser extension/,
  react: /react\.element|__reactFiber/,
};

export interface ContentSize {
  rawBytes: number;
  gzipBytes: number;
  /** Which heavy libraries the bundle contains. */
  contains: string[];
}

/** The call-page content script as shipped: WXT's minified build, gzipped at level 9 (what a store or CDN would send). */
export function measureContentScript(buildDir: string, file = 'content-scripts/call.js'): ContentSize {
  const source = readFileSync(join(buildDir, file));
  const text = source.toString('utf8');
  return {
    rawBytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
    contains: Object.entries(MARKERS).flatMap(([name, marker]) => (marker.test(text) ? [name] : [])),
  };
}

export function contentSizeRow(size: ContentSize): BenchRow {
  const gzKb = kb(size.gzipBytes);
  return {
    key: 'contentScriptSize',
    figure: 'content script size injected into the call page',
    measured: `${fixed(gzKb)} KB gz (${fixed(kb(size.rawBytes))} KB minified)`,
    budget: `≤ ${CONTENT_SIZE_BUDGET_KB} KB gz`,
    pass: gzKb <= CONTENT_SIZE_BUDGET_KB,
    notes: `content-scripts/call.js of the production build, gzip -9 by node:zlib. Bundled libraries found: ${size.contains.join(', ') || 'none'}.`,
    values: { gzipBytes: size.gzipBytes, rawBytes: size.rawBytes },
  };
}
