// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startScreening, type TestStore } from '../../support/store';
import { connectDesk, renderDesk } from '../../support/desk';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
// One screen that cannot render, whatever the reason: the desk around it must stay usable.
vi.mock('@/components/desk/candidates/CandidatesScreen', () => ({
  CandidatesScreen: () => {
    throw new RangeError('Invalid time value');
  },
}));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a desk screen that fails', () => {
  it('says which screen failed and why; the menu and the other screens keep working', async () => {
    await startScreening(store, { candidateName: 'Ana Lima' });
    const user = userEvent.setup();
    renderDesk('#/candidates');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Candidates could not be shown');
    expect(alert).toHaveTextContent('Invalid time value');
    await user.click(within(screen.getByRole('navigation', { name: /Desk/i })).getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('cell', { name: 'Ana Lima' })).toBeVisible();
    expect(screen.queryByText(/could not be shown/)).toBeNull();
  });
});
