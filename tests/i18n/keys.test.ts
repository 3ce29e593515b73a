import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { i18n } from '#i18n';
import { ENGLISH_FILE, getMessageFrom } from './english';

/**
 * locales/en.yml and the code agree: every key the code asks for exists, every
 * message is asked for somewhere, and keys are always literal so this scan
 * (and the generated types) can see them.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];
const SOURCE_FILE = /\.(ts|tsx|html)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

const files = [...SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))), join(ROOT, 'wxt.config.ts')].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** `i18n.t('a.b')` in code, and `__MSG_a_b__` in the manifest (browser names: dots as underscores). */
function usedKeys() {
  const literal = new Map<string, string[]>();
  const dynamic: string[] = [];
  const manifest = new Set<string>();
  for (const { path, text } of files) {
    for (const call of text.matchAll(/\bi18n\.t\(\s*(['"])?([^'",)]*)/g)) {
      if (!call[1]) dynamic.push(`${path}: i18n.t(${call[2]}…`);
      else literal.set(call[2]!, [...(literal.get(call[2]!) ?? []), path]);
    }
    for (const ref of text.matchAll(/__MSG_(\w+?)__/g)) manifest.add(ref[1]!);
  }
  return { literal, dynamic, manifest };
}

const english = parseMessagesText(readFileSync(ENGLISH_FILE, 'utf8'), 'YAML').filter((m) => !m.key[0]!.startsWith('@@'));
const englishKeys = english.map((m) => m.key.join('.'));
const browserName = (key: string) => key.replaceAll('.', '_');

describe('locales/en.yml', () => {
  const { literal, dynamic, manifest } = usedKeys();

  it('has every key the code uses', () => {
    const known = new Set(englishKeys);
    const missing = [...literal].filter(([key]) => !known.has(key)).map(([key, where]) => `${key} (${where.join(', ')})`);
    expect(missing).toEqual([]);
    const knownNames = new Set(englishKeys.map(browserName));
    expect([...manifest].filter((name) => !knownNames.has(name))).toEqual([]);
  });

  it('has no message the code never uses', () => {
    const unused = englishKeys.filter((key) => !literal.has(key) && !manifest.has(browserName(key)));
    expect(unused).toEqual([]);
  });

  it('is only ever asked for literal keys, which this scan and the generated types can check', () => {
    expect(dynamic).toEqual([]);
    // The scan must be seeing the code at all.
    expect(literal.size).toBeGreaterThan(100);
  });

  it('names keys <screen>.<part>.<what> in lowerCamelCase, so no two map to the same browser name', () => {
    const badNames = englishKeys.filter((key) => !/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/.test(key));
    expect(badNames).toEqual([]);
    expect(new Set(englishKeys.map(browserName)).size).toBe(englishKeys.length);
  });

  it("has no text between two $ that Chrome's loader would take for an undefined $placeholder$", () => {
    // Chrome refuses to load an extension whose message uses "$name$" without declaring it.
    const texts = english.flatMap((m) => (m.type === 'plural' ? Object.values(m.plurals) : m.type === 'simple' ? [m.message] : []));
    expect(texts.filter((text) => /\$[A-Za-z0-9_@]+\$/.test(text))).toEqual([]);
  });
});

describe('i18n.t under the unit tests', () => {
  it('resolves English with substitutions and plurals, as in the browser', () => {
    expect(i18n.t('panel.question.notesFor', ['ORM Optimization'])).toBe('Evidence notes for ORM Optimization');
    expect(i18n.t('panel.resume.heading', 1)).toBe('Unfinished interview');
    expect(i18n.t('panel.resume.heading', 3)).toBe('Unfinished interviews');
    expect(i18n.t('panel.timer.minutesLeft', 1, ['1', 'Intro'])).toBe('1 minute left in Intro.');
    expect(i18n.t('panel.timer.minutesLeft', 2, ['2', 'Intro'])).toBe('2 minutes left in Intro.');
  });

  it('fills $1..$9, reads $$ as $, and refuses names that do not exist', () => {
    const get = getMessageFrom({ price: 'Costs $$$1 ($2)', plain: 'Hi' });
    expect(get('price', ['5', 'net'])).toBe('Costs $5 (net)');
    expect(get('price', '5')).toBe('Costs $5 ()');
    expect(get('plain')).toBe('Hi');
    expect(() => get('nope')).toThrow(/no message "nope"/);
  });
});
