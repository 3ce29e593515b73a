// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeskApp } from '@/components/desk/DeskApp';
import { PanelApp } from '@/components/panel/PanelApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

/**
 * An interview stored by an older build with createdAt/startedAt 1e300 (the schema now refuses
 * that on arrival, but a store may already hold it): every screen that lists it still shows, with
 * "—" for the date it cannot show, instead of going blank on "Invalid time value".
 */
let store: ConnectedStore;
beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  const id = await startPhoneScreen(store, store.clock.now);
  await store.db.interviews.update(id, { createdAt: 1e300, startedAt: 1e300 });
  const candidate = (await store.db.interviews.get(id))!.candidateId;
  await store.db.candidates.update(candidate, { createdAt: 1e300 });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a stored moment out of range', () => {
  it('History lists the interview with no date', async () => {
    window.location.hash = '#/history';
    render(<DeskApp />);
    const cell = await screen.findByRole('cell', { name: 'Ana Lima' });
    expect(
      within(cell.closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('—');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Candidates lists the candidate and opens their interviews', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/candidates';
    render(<DeskApp />);
    await user.click(await screen.findByRole('link', { name: 'Ana Lima' }));
    expect(await screen.findByRole('heading', { name: /Ana Lima/ })).toBeVisible();
    expect(await screen.findByText(/Technical Phone Screen/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the popup lists it as unsubmitted', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url: 'https://example.com/', active: true }] as never);
    render(<PopupApp onDone={() => {}} />);
    expect(await screen.findByText(/Ana Lima/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the side panel offers to resume it', async () => {
    render(<PanelApp hostWindow={null} />);
    expect(await screen.findByText(/Ana Lima/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
