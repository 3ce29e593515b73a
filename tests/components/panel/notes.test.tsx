// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { answerId } from '@/utils/domain/interview/schema';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const ORM = 'phone-screen.part-a.q1';
let store: ConnectedStore;
let id: string;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  // 12 minutes and 40 seconds into the round.
  id = await startPhoneScreen(store, Date.now() - (12 * 60 + 40) * 1000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const notes = () => screen.getByRole('textbox', { name: 'Evidence notes for ORM Optimization' }) as HTMLTextAreaElement;

/** Typing is saved after a pause: let it land before the test ends (and its window goes). */
const saved = () => waitFor(() => expect(screen.getByRole('status', { name: 'Save state' })).toHaveTextContent('Saved'));

async function openPanel() {
  render(<PanelApp hostWindow={null} initialInterviewId={id} />);
  await screen.findByRole('radiogroup', { name: 'ORM Optimization' });
}

describe('evidence notes', () => {
  it('stamp the round clock at the caret, from the button or Alt+T, each stamp on its own line', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.click(screen.getByRole('button', { name: 'Stamp time in the notes for ORM Optimization' }));
    expect(notes().value).toMatch(/^\[12:4\d\] $/);
    expect(notes()).toHaveFocus();
    await user.keyboard('Spotted the N+1');
    await user.keyboard('{Alt>}t{/Alt}');
    expect(notes().value).toMatch(/^\[12:4\d\] Spotted the N\+1\n\[12:4\d\] $/);
    await user.keyboard('select_related');
    await waitFor(async () => expect((await store.db.answers.get(answerId(id, ORM)))?.notes).toBe(notes().value));
    expect(notes()).toHaveAttribute('aria-keyshortcuts', 'Alt+T');
  });

  it('give focus back to their question on Escape, where 1-5 then score it', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.click(notes());
    await user.keyboard('Named both fixes');
    await user.keyboard('{Escape}');
    const card = screen.getByRole('article', { name: /ORM Optimization/ });
    expect(card).toHaveFocus();
    await user.keyboard('4');
    expect(within(card).getByRole('radio', { name: /^4 Strong/ })).toBeChecked();
    expect(notes().value).toBe('Named both fixes');
    await saved();
  });

  it('grow with their text', async () => {
    // jsdom lays nothing out: give textareas a content height to grow to.
    Object.defineProperty(HTMLTextAreaElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLTextAreaElement) {
        return 20 + 18 * this.value.split('\n').length;
      },
    });
    try {
      const user = userEvent.setup();
      await openPanel();
      await user.click(notes());
      await user.keyboard('one{Enter}two{Enter}three{Enter}four{Enter}five');
      expect(notes().style.height).toBe(`${20 + 18 * 5}px`);
      expect(notes()).toHaveAttribute('rows', '3');
      await saved();
    } finally {
      delete (HTMLTextAreaElement.prototype as unknown as { scrollHeight?: number }).scrollHeight;
    }
  });
});
