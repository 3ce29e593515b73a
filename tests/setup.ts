import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
// English messages for views that go through @wxt-dev/i18n (the fake browser has none).
import './i18n/english';

// Component tests wait on the real store (Dexie on fake-indexeddb) through the fake browser. On a
// loaded 2-core CI machine a round trip can pass Testing Library's 1 s default: wait longer.
// Nothing here is timed; the wait only ends sooner when the UI is right. This is the only place
// Testing Library's wait is set (the test timeouts are in vitest.config.ts).
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 10_000 });

// Web Workers run their task in the test's own thread (tests/support/workers.ts).
import { installWorkers } from './support/workers';
installWorkers();
