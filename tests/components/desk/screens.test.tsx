// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { preloadScreen } from '@/components/desk/screens';
import { connectDesk, renderDesk } from '../../support/desk';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

beforeEach(async () => {
  await connectDesk();
});
afterEach(() => cleanup());

describe('desk screens', () => {
  it('show the screen whose chunk was loaded before the first render at once, with no loading fallback', async () => {
    await preloadScreen('candidates');
    renderDesk('#/candidates');
    // Synchronously: no Suspense fallback in between (React would hold one for 300 ms).
    expect(screen.getByRole('heading', { level: 2, name: 'Candidates' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('load a screen not loaded yet behind the loading line, then show it', async () => {
    renderDesk('#/backup');
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Backup' })).toBeTruthy();
  });
});
