import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: pure domain, Dexie on fake-indexeddb, React in jsdom.
// The real-browser suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // The one timeout policy for unit and component tests (no file sets its own): generous, because
    // a loaded 2-core machine can be many times slower than a quiet one. Tests wait for a state,
    // never for time, so a passing test ends as soon as the state is right; a timeout only bounds a
    // test that is already failing. Testing Library's own waits are set in tests/setup.ts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
