import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

// Host access is limited to the three call sites; nothing else is ever read.
export const CALL_SITE_MATCHES = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
];

/** Inside worker bundles, packages that have a DOM build resolve to their DOM-free one (the "default" export, as in Node). */
function workerConditions(): Plugin {
  const require = createRequire(import.meta.url);
  const domFree = new Set(['decode-named-character-reference']);
  return {
    name: 'panelist:worker-dom-free',
    enforce: 'pre',
    resolveId: (source) => (domFree.has(source) ? require.resolve(source) : null),
  };
}

export default defineConfig({
  // No auto-imports: every file imports what it uses, so readers and tools see who uses whom.
  imports: false,
  // Tests and benchmarks may build into their own folder so parallel runs do not clash.
  outDir: process.env.PANELIST_OUT_DIR ?? '.output',
  // MV3 in Firefox too (WXT defaults Firefox to MV2): web_accessible_resources can then be limited
  // to the call sites, host access is the user's to revoke, and the background has the same
  // non-persistent lifecycle as Chrome's. See docs/permissions.md.
  manifestVersion: 3,
  // @wxt-dev/i18n turns locales/<lang>.yml into _locales/<lang>/messages.json (docs/i18n.md).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // The content script runs inside every call page and must stay a few kilobytes (budget: 8 KB
    // gzipped). It uses only promise-native APIs (storage, getURL, onMessage with sendResponse),
    // so it gets WXT's plain `browser` (the browser's own object) instead of the ~3 KB polyfill
    // that the extension's own pages keep.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const plain = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [plain, ...alias]
          : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))],
      };
    },
  },
  // Web Workers have no DOM: decode-named-character-reference (under micromark) would otherwise
  // pick its DOM build there and the import worker would fail to load (tests/e2e/kit-import.e2e.ts).
  vite: () => ({
    plugins: [tailwindcss()],
    worker: { plugins: () => [workerConditions()] },
    build: { sourcemap: process.env.PANELIST_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    // Texts the browser shows come from locales/<lang>.yml, as __MSG_<key with dots as underscores>__.
    default_locale: 'en',
    name: '__MSG_app_name__',
    description: '__MSG_manifest_description__',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: CALL_SITE_MATCHES,
    web_accessible_resources: [
      { resources: ['panel.html'], matches: CALL_SITE_MATCHES, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // The toolbar button opens the popup (entrypoints/popup); on a call its first control shows or hides the panel.
    action: { default_title: '__MSG_manifest_actionTitle__' },
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_manifest_commands_togglePanel__' },
      'toggle-timer': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_manifest_commands_toggleTimer__' },
      'next-section': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_manifest_commands_nextSection__' },
    },
    // Extension pages run only their own bundled scripts: no remote code, no eval, no plugins.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'panelist@panelist.dev',
              // 140 (an ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Everything stays in the browser: nothing is collected or sent anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
