// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { answerId } from '@/utils/domain/interview/schema';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

// wxt/browser's test alias loads all of WXT (and esbuild, which refuses jsdom's TextEncoder); the fake browser alone is enough.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const ORM = 'phone-screen.part-a.q1';
const CELERY = 'phone-screen.part-a.q2';
const STRONG = '4 Strong — Meets all requirements, clear hire';

let store: ConnectedStore;
let id: string;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  id = await startPhoneScreen(store, Date.now());
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const storedAnswer = (questionId: string) => store.db.answers.get(answerId(id, questionId));
const saveState = () => screen.getByRole('status', { name: 'Save state' });

async function openPanel() {
  render(<PanelApp hostWindow={null} initialInterviewId={id} />);
  return screen.findByRole('radiogroup', { name: 'ORM Optimization' });
}

describe('question cards', () => {
  it('shows the question with its code, points and a rating group named after it, with the rubric in each option', async () => {
    const group = await openPanel();
    const card = screen.getByRole('article', { name: /ORM Optimization/ });
    expect(within(card).getByText(/What's wrong with this code/)).toBeInTheDocument();
    const code = within(card).getByLabelText('Code sample (python)');
    expect(code.textContent).toContain('users = User.objects.all()');
    expect(within(card).getByRole('checkbox', { name: 'Identifies N+1 queries' })).not.toBeChecked();
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(within(group).getByRole('radio', { name: STRONG })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: '1 Poor — Does not meet requirements, no hire' })).toBeInTheDocument();
    expect(within(card).getByLabelText('Evidence notes for ORM Optimization')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Rating for Django Expertise' })).toBeInTheDocument();
  });

  it('clicking a rating stores it', async () => {
    const user = userEvent.setup();
    const group = await openPanel();
    await user.click(within(group).getByRole('radio', { name: STRONG }));
    expect(within(group).getByRole('radio', { name: STRONG })).toBeChecked();
    await waitFor(async () => expect((await storedAnswer(ORM))?.score).toBe(4));
  });

  it('keys 1-5 rate the question whose card has focus, but not while typing in its notes', async () => {
    const user = userEvent.setup();
    await openPanel();
    const celery = screen.getByRole('article', { name: /Celery Architecture/ });
    celery.focus();
    await user.keyboard('3');
    const celeryGroup = within(celery).getByRole('radiogroup', { name: 'Celery Architecture' });
    expect(within(celeryGroup).getByRole('radio', { name: /^3 Adequate/ })).toBeChecked();
    expect(within(screen.getByRole('radiogroup', { name: 'ORM Optimization' })).queryByRole('radio', { checked: true })).toBeNull();

    // Focus on a checkbox inside the card still counts as the card having focus.
    await user.click(within(celery).getByRole('checkbox', { name: 'Priority queues' }));
    await user.keyboard('5');
    expect(within(celeryGroup).getByRole('radio', { name: /^5 Exceptional/ })).toBeChecked();

    await user.click(within(celery).getByLabelText('Evidence notes for Celery Architecture'));
    await user.keyboard('2 queues');
    expect(within(celeryGroup).getByRole('radio', { name: /^5 Exceptional/ })).toBeChecked();
    await waitFor(async () => expect(await storedAnswer(CELERY)).toMatchObject({ score: 5, notes: '2 queues', pointsTicked: [0] }));
  });

  it('ticking a point sends it at once', async () => {
    const user = userEvent.setup();
    await openPanel();
    const card = screen.getByRole('article', { name: /ORM Optimization/ });
    await user.click(within(card).getByRole('checkbox', { name: 'suggests select_related/prefetch_related' }));
    await waitFor(() =>
      expect(store.sentNamed('answers.put')).toEqual([{ interviewId: id, questionId: ORM, patch: { pointsTicked: [1] } }]),
    );
    await waitFor(() => expect(saveState()).toHaveTextContent('Saved'));
    expect(await storedAnswer(ORM)).toMatchObject({ pointsTicked: [1] });
  });

  it('typing notes is debounced: nothing is sent until 300 ms after the last keystroke, then one write with the full text', async () => {
    await openPanel();
    const notes = screen.getByLabelText('Evidence notes for ORM Optimization');
    // Fake only the timers the debounce uses (and performance.now, the queue's clock); IndexedDB keeps running on setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    try {
      const text = 'Spotted the N+1 at once';
      // One change per keystroke, as typing produces them (user-event's async helpers need real timers).
      for (let n = 1; n <= text.length; n++) fireEvent.change(notes, { target: { value: text.slice(0, n) } });
      const noteWrites = () => store.sentNamed('answers.put').filter((p) => p.patch.notes !== undefined);
      expect(noteWrites()).toEqual([]);
      expect(saveState()).toHaveTextContent('Saving…');
      expect(notes).toHaveValue(text);
      await act(() => vi.advanceTimersByTimeAsync(299));
      expect(noteWrites()).toEqual([]);
      await act(() => vi.advanceTimersByTimeAsync(1));
      vi.useRealTimers();
      await waitFor(() => expect(saveState()).toHaveTextContent('Saved'));
      expect(noteWrites()).toEqual([{ interviewId: id, questionId: ORM, patch: { notes: text } }]);
      expect(await storedAnswer(ORM)).toMatchObject({ notes: text });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps an edit the store did not receive, says so, and retries until it is saved', async () => {
    const user = userEvent.setup();
    const group = await openPanel();
    store.dropNext(1);
    await user.click(within(group).getByRole('radio', { name: STRONG }));
    await waitFor(() => expect(saveState()).toHaveTextContent(/^Not saved — Panelist's store did not answer.*, retrying$/));
    expect(within(group).getByRole('radio', { name: STRONG })).toBeChecked();
    await waitFor(() => expect(saveState()).toHaveTextContent('Saved'));
    expect((await storedAnswer(ORM))?.score).toBe(4);
  });

  it('shows a refusal and puts the control back to what is stored', async () => {
    const user = userEvent.setup();
    const group = await openPanel();
    store.refuseNext('invalid', 'questionId: no such question');
    await user.click(within(group).getByRole('radio', { name: STRONG }));
    await waitFor(() => expect(saveState()).toHaveTextContent('Not saved — questionId: no such question'));
    expect(saveState()).not.toHaveTextContent('retrying');
    await waitFor(() => expect(within(group).getByRole('radio', { name: STRONG })).not.toBeChecked());
    expect(await storedAnswer(ORM)).toBeUndefined();
  });

  it('"Not asked" clears and disables the rating; flags are stamped with the round clock', async () => {
    const user = userEvent.setup();
    const group = await openPanel();
    const card = screen.getByRole('article', { name: /ORM Optimization/ });
    await user.click(within(group).getByRole('radio', { name: STRONG }));
    await user.click(within(card).getByRole('checkbox', { name: /Not asked/ }));
    expect(within(group).getByRole('radio', { name: STRONG })).not.toBeChecked();
    expect(within(group).getByRole('radio', { name: STRONG })).toBeDisabled();

    await user.click(within(card).getByRole('button', { name: /Raise red flag/ }));
    await user.type(within(card).getByLabelText(/Red flag/), 'Blamed the ORM');
    await user.click(within(card).getByRole('button', { name: 'Add red flag' }));
    expect(within(card).getByText(/^Red flag at \d+:\d\d$/)).toBeInTheDocument();
    await waitFor(async () => {
      const stored = await store.db.interviews.get(id);
      expect(stored?.flags).toMatchObject([{ kind: 'red', text: 'Blamed the ORM', questionId: ORM }]);
    });
    await waitFor(async () => expect(await storedAnswer(ORM)).toMatchObject({ notAsked: true, score: null }));
  });

  it('keeps two views of one interview in step', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    await waitFor(() => expect(screen.getAllByRole('radiogroup', { name: 'ORM Optimization' })).toHaveLength(2));
    const [first, second] = screen.getAllByRole('radiogroup', { name: 'ORM Optimization' });
    await user.click(within(first!).getByRole('radio', { name: STRONG }));
    await waitFor(() => expect(within(second!).getByRole('radio', { name: STRONG })).toBeChecked());
  });
});
