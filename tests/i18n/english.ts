import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * English for unit tests. WXT's fake browser has no `i18n.getMessage` (it
 * throws "not implemented"), so views that call `i18n.t` could not render.
 * tests/setup.ts installs this: the same messages the build writes to
 * _locales/en/messages.json, read from locales/en.yml, looked up and filled in
 * the way the browser does. Tests therefore find controls by the English text
 * users see, and a renamed message changes what the tests see too.
 */

// A path, not new URL(…, import.meta.url): under jsdom the global URL is jsdom's, which node:url refuses.
export const ENGLISH_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../locales/en.yml');

/** Browser message name (the key with dots as underscores) → message, exactly as the build emits them. */
export function englishMessages(): Record<string, string> {
  const parsed = parseMessagesText(readFileSync(ENGLISH_FILE, 'utf8'), 'YAML');
  return Object.fromEntries(Object.entries(generateChromeMessages(parsed)).map(([name, entry]) => [name, entry.message]));
}

/**
 * `browser.i18n.getMessage` over these messages: $1..$9 take the substitutions
 * (a missing one reads as nothing) and $$ is a literal $, as in Chrome and
 * Firefox. Unlike the browser, an unknown name throws: a test should fail on
 * it, not render an empty label.
 */
export function getMessageFrom(messages: Record<string, string>) {
  return (name: string, substitutions?: string | string[]): string => {
    const message = messages[name];
    if (message === undefined) throw new Error(`i18n: no message "${name}" in locales/en.yml`);
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (values[Number(what) - 1] ?? '')));
  };
}

fakeBrowser.i18n.getMessage = getMessageFrom(englishMessages()) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
