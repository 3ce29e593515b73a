import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// Host access is limited to the three call sites; nothing else is ever read.
export const CALL_SITE_MATCHES = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
];

export default defineConfig({
  // Tests and benchmarks may build into their own folder so parallel runs do not clash.
  outDir: process.env.PANELIST_OUT_DIR ?? '.output',
  // MV3 in Firefox too (WXT defaults Firefox to MV2): web_accessible_resources can then be limited
  // to the call sites, host access is the user's to revoke, and the background has the same
  // non-persistent lifecycle as Chrome's. See docs/permissions.md.
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
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
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: 'Panelist',
    description: 'Structured interviews beside your video call: questions, timers, rubric and scorecards.',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: CALL_SITE_MATCHES,
    web_accessible_resources: [
      { resources: ['panel.html'], matches: CALL_SITE_MATCHES, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // Without a popup the toolbar button toggles the in-call panel (utils/panel-toggle.ts); with one, the popup sends the same toggle.
    action: { default_title: 'Toggle the Panelist panel' },
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Show or hide the Panelist panel on the call page' },
      'toggle-timer': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Pause or resume the interview timer' },
      'next-section': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Move to the next interview section' },
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
