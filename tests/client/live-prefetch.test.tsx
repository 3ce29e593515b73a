// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prefetch, prefetched, subscribe } from '@/utils/client/live';
import { useStoreQuery } from '@/components/hooks/useStore';
import { firstHistoryPage } from '@/components/desk/history/filters';
import { DeskApp } from '@/components/desk/DeskApp';
import { parseRoute } from '@/components/desk/route';
import { prefetchScreenData, preloadScreen } from '@/components/desk/screens';
import type { InterviewRow } from '@/utils/protocol';
import { makeStore, startScreening, type TestStore } from '../support/store';
import { connectLivePorts } from '../support/live-ports';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
let sent: { name: string; payload: unknown }[];
/** As the page sends them (`sent` is as the store receives them), with the page's text at that moment. */
let asks: { name: string; payload: unknown; shown: string }[];
const page = firstHistoryPage({})!;
const unsubscribes: (() => void)[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  store = await makeStore();
  sent = [];
  asks = [];
  connectLivePorts(store, {
    onSubscribe: (name, payload) => sent.push({ name, payload }),
    onAsk: (name, payload) => asks.push({ name, payload, shown: document.body.textContent ?? '' }),
  });
  for (const name of ['Ada Lovelace', 'Grace Hopper']) {
    store.clock.now += 60_000;
    await startScreening(store, { candidateName: name });
  }
});
afterEach(() => {
  cleanup();
  unsubscribes.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

/** Follow a query until `stop`; every answer is kept (the first page comes twice when the store then keeps its totals). */
function follow(payload = page) {
  const answers: { rows: InterviewRow[] }[] = [];
  unsubscribes.push(
    subscribe(
      'interviews.page',
      payload,
      (data) => answers.push(data),
      (error) => answers.push({ rows: [], error } as never),
    ),
  );
  return answers;
}
const names = (data: { rows: InterviewRow[] } | undefined) => data?.rows.map((r) => r.candidate.name);

describe('prefetching a query before its view follows it', () => {
  it('asks the store once: the view takes the prefetched subscription and its answer over', async () => {
    await prefetch('interviews.page', page);
    expect(names(prefetched('interviews.page', page))).toEqual(['Grace Hopper', 'Ada Lovelace']);
    const answers = follow();
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    expect(names(answers[0])).toEqual(['Grace Hopper', 'Ada Lovelace']);
    expect(sent.filter((s) => s.name === 'interviews.page')).toHaveLength(1);
    // Taken: it is no longer waiting for a view.
    expect(prefetched('interviews.page', page)).toBeUndefined();
  });

  it('keeps the taken subscription live: a change reaches the view that took it', async () => {
    await prefetch('interviews.page', page);
    const answers = follow();
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    store.clock.now += 60_000;
    await startScreening(store, { candidateName: 'Katherine Johnson' });
    await vi.waitFor(() => expect(names(answers.at(-1))).toEqual(['Katherine Johnson', 'Grace Hopper', 'Ada Lovelace']));
    expect(sent.filter((s) => s.name === 'interviews.page')).toHaveLength(1);
  });

  it('is not taken by a view that asks for something else', async () => {
    await prefetch('interviews.page', page);
    const other = { ...page, limit: 1 };
    const answers = follow(other);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(names(answers[0])).toEqual(['Grace Hopper']);
    expect(sent.filter((s) => s.name === 'interviews.page').map((s) => s.payload)).toEqual([page, other]);
    expect(prefetched('interviews.page', page)).toBeDefined();
    // Taken now, so that it is stopped with the test's other views.
    follow();
  });

  it('is dropped when no view takes it in time, and a later view asks again', async () => {
    await prefetch('interviews.page', page, 1);
    await vi.waitFor(() => expect(prefetched('interviews.page', page)).toBeUndefined());
    const answers = follow();
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    // Its own subscription (the dropped one may not even have reached the store).
    expect(sent.at(-1)).toEqual({ name: 'interviews.page', payload: page });
    expect(names(answers[0])).toEqual(['Grace Hopper', 'Ada Lovelace']);
  });

  it("gives a view's first render the answer when it is already in", async () => {
    await prefetch('interviews.page', page);
    const firstRender: (string[] | undefined)[] = [];
    function Rows() {
      const query = useStoreQuery('interviews.page', page);
      if (firstRender.length === 0) firstRender.push(names(query.data));
      return <p>{query.loading ? 'loading' : names(query.data)?.join(', ')}</p>;
    }
    const view = render(<Rows />);
    expect(firstRender).toEqual([['Grace Hopper', 'Ada Lovelace']]);
    expect(screen.getByText('Grace Hopper, Ada Lovelace')).toBeTruthy();
    await act(async () => {
      await Promise.resolve();
    });
    expect(sent.filter((s) => s.name === 'interviews.page')).toHaveLength(1);
    view.unmount();
  });

  it('opens history on the page the desk asked for as it started (one request, not two)', async () => {
    window.location.hash = '#/history';
    prefetchScreenData(parseRoute(window.location.hash));
    await preloadScreen('history');
    const desk = render(<DeskApp />);
    expect(await screen.findByText('Grace Hopper')).toBeTruthy();
    expect(sent.filter((s) => s.name === 'interviews.page')).toEqual([{ name: 'interviews.page', payload: page }]);
    desk.unmount();
  });

  it("asks for a candidate's page as their link changes the hash, before React renders it, and the screen takes it over", async () => {
    window.location.hash = '#/history';
    await preloadScreen('history');
    const desk = render(<DeskApp />);
    expect(await screen.findByText('Grace Hopper')).toBeTruthy();
    const { rows } = (await store.call('interviews.page', page)) as { rows: InterviewRow[] };
    const ada = rows.find((r) => r.candidate.name === 'Ada Lovelace')!.candidate.id;
    const adaPage = firstHistoryPage({ candidate: ada })!;
    const asked = (payload: unknown, list = sent) =>
      list.filter((s) => s.name === 'interviews.page' && JSON.stringify(s.payload) === JSON.stringify(payload));
    // Heard after the desk's own listener, and before React has rendered the new route.
    const atHashChange: number[] = [];
    const hear = () => atHashChange.push(asked(adaPage, asks).length);
    window.addEventListener('hashchange', hear);
    await act(async () => {
      window.location.hash = `#/history?candidate=${encodeURIComponent(ada)}`;
      await vi.waitFor(() => expect(atHashChange).toHaveLength(1));
    });
    window.removeEventListener('hashchange', hear);
    expect(atHashChange).toEqual([1]);
    await vi.waitFor(() => expect(screen.queryByText('Grace Hopper')).toBeNull());
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(asked(adaPage)).toHaveLength(1);
    desk.unmount();
  });

  it('renders a view once when its payload changes, keeping the last answer until the new one comes', async () => {
    const { rows } = (await store.call('interviews.page', page)) as { rows: InterviewRow[] };
    const ada = rows.find((r) => r.candidate.name === 'Ada Lovelace')!.candidate.id;
    const renders: string[] = [];
    function Rows({ payload }: { payload: typeof page }) {
      const query = useStoreQuery('interviews.page', payload);
      renders.push(`${query.loading ? 'loading' : 'shown'}: ${names(query.data)?.join(', ') ?? ''}`);
      return <p>{names(query.data)?.join(', ')}</p>;
    }
    const view = render(<Rows payload={page} />);
    expect(await screen.findByText('Grace Hopper, Ada Lovelace')).toBeTruthy();
    renders.length = 0;
    view.rerender(<Rows payload={firstHistoryPage({ candidate: ada })!} />);
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(renders).toEqual(['loading: Grace Hopper, Ada Lovelace', 'shown: Ada Lovelace']);
    view.unmount();
  });

  it("asks for the history filters' choices only once the first rows are shown", async () => {
    window.location.hash = '#/history';
    await preloadScreen('history');
    const desk = render(<DeskApp />);
    expect(await screen.findByText('Grace Hopper')).toBeTruthy();
    const rowsShownAtAsk = () => new Map(asks.map((a) => [a.name, a.shown.includes('Grace Hopper')]));
    await vi.waitFor(() => expect(rowsShownAtAsk().has('interviews.interviewers')).toBe(true));
    expect(Object.fromEntries(rowsShownAtAsk())).toMatchObject({
      'interviews.page': false,
      'kits.summaries': true,
      'interviews.interviewers': true,
    });
    expect(await screen.findByRole('option', { name: 'Sam' })).toBeTruthy();
    desk.unmount();
  });
});
