import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
// English messages for views that go through @wxt-dev/i18n (the fake browser has none).
import './i18n/english';
