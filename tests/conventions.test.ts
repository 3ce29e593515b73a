import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of docs/architecture.md, checked: a layer imports only what it may, views load
 * data one way, and tests keep one timeout policy. A failure names the file and the line.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function files(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** `file:line: text` for every line of `paths` that matches. */
function offending(paths: string[], line: RegExp): string[] {
  return paths.flatMap((path) =>
    readFileSync(join(ROOT, path), 'utf8')
      .split('\n')
      .flatMap((text, i) => (line.test(text) ? [`${path}:${i + 1}: ${text.trim()}`] : [])),
  );
}

const importsOf = (modules: string) => new RegExp(`^\\s*(import|export)\\b.*from\\s+['"](${modules})['"/]`);

describe('the layers', () => {
  it('keeps the domain pure: no browser, WXT, Dexie, React or DOM in utils/domain', () => {
    const domain = files('utils/domain');
    expect(offending(domain, importsOf('wxt|wxt/.*|webextension-polyfill|dexie|react|react-dom|#i18n'))).toEqual([]);
    expect(offending(domain, /\b(browser|chrome)\.(runtime|storage|tabs)\b|\bdocument\.[a-zA-Z]|\bwindow\.[a-zA-Z]/)).toEqual([]);
    expect(
      offending(domain, importsOf('(\\.\\./)+(store|client|host|platforms)|@/utils/(store|client|host|platforms)|@/components')),
    ).toEqual([]);
  });

  it('keeps platform adapters free of browser APIs and of the store', () => {
    const adapters = files('utils/platforms');
    expect(offending(adapters, importsOf('wxt|wxt/.*|dexie|react'))).toEqual([]);
    expect(offending(adapters, importsOf('(\\.\\./)+(store|client)|@/utils/(store|client)'))).toEqual([]);
  });

  it('opens the store only in the background (views reach it through utils/client)', () => {
    const views = [...files('components'), ...files('entrypoints').filter((f) => !f.startsWith(join('entrypoints', 'background')))];
    expect(offending(views, importsOf('@/utils/store(/(?!read-only)[^\'"]*)?|(\\.\\./)+utils/store(/(?!read-only)[^\'"]*)?'))).toEqual([]);
    expect(offending(views, importsOf('dexie'))).toEqual([]);
  });

  it('imports explicitly: no WXT auto-import globals are relied on', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/imports: false/);
  });
});

describe('how views get data', () => {
  it('has no hand-written store-loading effects: views use useStoreQuery', () => {
    const requesting = files('components').filter((path) => /\brequest\(/.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offending(requesting, /\blet live = true\b/)).toEqual([]);
  });
});

describe('tests', () => {
  it('keep one timeout policy: the Vitest configs and tests/setup.ts set it, no test file overrides it', () => {
    const policy = [relative(ROOT, fileURLToPath(import.meta.url)), join('tests', 'setup.ts')];
    const tests = files('tests').filter((f) => !policy.includes(f));
    expect(offending(tests, /vi\.setConfig\(|configure\(\{\s*asyncUtilTimeout|testTimeout:|hookTimeout:/)).toEqual([]);
    const unit = tests.filter((f) => !f.startsWith(join('tests', 'e2e')));
    expect(offending(unit, /waitFor\(.*\{\s*timeout:/)).toEqual([]);
  });
});
