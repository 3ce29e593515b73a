import type { BrowserContext, Page } from 'playwright-core';
import type { Launched } from '../../scripts/browsers/chromium';
import { initScript, storeRequest, timeRequests } from '../lib/browser';
import { fixed, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const HISTORY_OPEN_BUDGET_MS = 150;
export const HISTORY_FILTER_BUDGET_MS = 50;
/** Opening history at scale may cost this many times the same screen on a near-empty store, measured in the same run. */
export const HISTORY_OPEN_RATIO_BUDGET = 2;
const HISTORY_URL = (extensionId: string) => `chrome-extension://${extensionId}/options.html#/history`;

/** The store the history rows measure, as restored from the generated backup. */
export interface Restored {
  ms: number;
  interviews: number;
  answers: number;
  candidates: number;
  /** The candidate with the most interviews: the one the filter measurement looks for. */
  busiest: { id: string; name: string; interviews: number };
}

/**
 * In every options page: the first animation frame after the history table first has a row
 * (navigation start is time 0 of the page, so the mark is "open to first page shown").
 */
function markFirstRows(_: null): void {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/options.html') return;
  const w = window as unknown as { __benchRowsShown?: number };
  const observer = new MutationObserver(() => {
    if (w.__benchRowsShown !== undefined || !document.querySelector('table tbody tr')) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__benchRowsShown = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function installHistoryMarks(context: BrowserContext): Promise<void> {
  await context.addInitScript(initScript(markFirstRows, null));
}

/**
 * Fresh tabs on the history screen, after one unmeasured warm-up tab (kept apart: the first time
 * a page is shown, the store works its weighted totals out from the answers and keeps them);
 * null when the desk has no history table to show.
 */
export async function measureHistoryOpen(browser: Launched, runs: number): Promise<{ times: number[]; warmUp: number } | null> {
  const times: number[] = [];
  let warmUp = Number.NaN;
  for (let run = -1; run < runs; run++) {
    const page = await browser.context.newPage();
    await page.goto(HISTORY_URL(browser.extensionId));
    try {
      const handle = await page.waitForFunction(() => (window as unknown as { __benchRowsShown?: number }).__benchRowsShown, undefined, {
        timeout: 15_000,
        polling: 20,
      });
      const shown = (await handle.jsonValue()) as number;
      if (run >= 0) times.push(shown);
      else warmUp = shown;
    } catch {
      await page.close();
      return null;
    }
    await page.close();
  }
  return { times, warmUp };
}

/**
 * On an open history screen, follow a candidate's link (`#/history?candidate=<id>`, what the
 * candidates screen does) and time it until every row shown is that candidate's and the count
 * is right: the hash change, the store's filtered page and React's commit, to the next frame.
 */
export async function measureCandidateFilter(
  page: Page,
  candidate: { id: string; name: string; interviews: number },
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    await page.evaluate(() => (location.hash = '#/history'));
    await page.waitForFunction((name) => {
      const cells = Array.from(document.querySelectorAll('table tbody tr td:nth-child(3)'));
      return cells.length > 0 && cells.some((c) => c.textContent !== name);
    }, candidate.name);
    const ms = await page.evaluate(
      ({ id, name, expected }) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const done = () => {
            const cells = Array.from(document.querySelectorAll('table tbody tr td:nth-child(3)'));
            return cells.length === expected && cells.every((c) => c.textContent === name);
          };
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          });
          observer.observe(document, { childList: true, subtree: true, characterData: true });
          location.hash = `#/history?candidate=${encodeURIComponent(id)}`;
        }),
      { id: candidate.id, name: candidate.name, expected: Math.min(candidate.interviews, 50) },
    );
    if (run >= 0) times.push(ms);
  }
  return times;
}

export interface HistoryResult {
  restored: Restored;
  emptyOpenMs: number[] | null;
  openMs: number[] | null;
  /** The unmeasured first open at scale, which works the page's totals out and keeps them. */
  openWarmUpMs?: number;
  candidateMs: number[] | null;
  searchMs: number[] | null;
}

/**
 * The store's side of typing a name in the search box: the page request the screen sends for the
 * rows (its count follows once they are shown; the screen waits 250 ms after the last key, not counted).
 */
export async function measureNameSearch(page: Page, name: string, runs: number): Promise<number[]> {
  await storeRequest(page, 'interviews.page', { search: name, offset: 0, limit: 50 });
  return timeRequests(
    page,
    'interviews.page',
    Array.from({ length: runs }, () => ({ search: name, offset: 0, limit: 50 })),
  );
}

export function historyRow(result: HistoryResult): BenchRow {
  const { restored } = result;
  const scale = `${restored.interviews.toLocaleString('en')} interviews, ${restored.answers.toLocaleString('en')} answers, ${restored.candidates.toLocaleString('en')} candidates`;
  if (!result.openMs)
    return {
      key: 'historyAtScale',
      figure: 'history at scale: open; filter by candidate',
      measured: 'not measured: the options page shows no history table (components/desk history screen not in this build)',
      budget: `open ≤ ${HISTORY_OPEN_BUDGET_MS} ms and ≤ ${HISTORY_OPEN_RATIO_BUDGET}× near-empty; filters ≤ ${HISTORY_FILTER_BUDGET_MS} ms`,
      pass: null,
      notes: `Store restored with ${scale} in ${fixed(restored.ms / 1000, 1)} s.`,
    };
  const open = median(result.openMs);
  const candidate = result.candidateMs ? median(result.candidateMs) : Number.NaN;
  const search = result.searchMs ? median(result.searchMs) : Number.NaN;
  const empty = result.emptyOpenMs ? median(result.emptyOpenMs) : Number.NaN;
  return {
    key: 'historyAtScale',
    figure: 'history at scale: open; filter by candidate',
    measured: `open ${fixed(open, 0)} ms; by candidate ${fixed(candidate, 0)} ms (name search ${fixed(search, 0)} ms) medians`,
    budget: `open ≤ ${HISTORY_OPEN_BUDGET_MS} ms and ≤ ${HISTORY_OPEN_RATIO_BUDGET}× near-empty; filters ≤ ${HISTORY_FILTER_BUDGET_MS} ms`,
    pass:
      open <= HISTORY_OPEN_BUDGET_MS &&
      open / empty <= HISTORY_OPEN_RATIO_BUDGET &&
      candidate <= HISTORY_FILTER_BUDGET_MS &&
      search <= HISTORY_FILTER_BUDGET_MS,
    ratio: Number.isFinite(empty)
      ? `open ${fixed(open / empty, 2)}× the same screen with a near-empty store (${fixed(empty, 0)} ms)`
      : undefined,
    notes:
      `Store: ${scale} from the seeded generator (bench/data), restored from its backup file through the desk's Backup screen (${fixed(restored.ms / 1000, 1)} s). ` +
      `Open: a new tab on options.html#/history, navigation start to the first frame after the table has rows (50 per page; the pager's total follows in its own request), median of ${result.openMs.length} after a warm-up. ` +
      `The warm-up tab is the first to show that page since the restore: the store works its weighted totals out from their answers and keeps them (scoreTotals), which the tabs after it read instead (${fixed(result.openWarmUpMs ?? Number.NaN, 0)} ms for the warm-up). ` +
      `By candidate: on the open screen, the candidate link (#/history?candidate=<id>, ${restored.busiest.interviews} interviews) until every row is theirs, median of ${result.candidateMs?.length ?? 0}. ` +
      `Name search: the interviews.page request the search box sends for "${restored.busiest.name}", timed in the page (the box's 250 ms typing pause excluded), median of ${result.searchMs?.length ?? 0}.`,
    values: {
      openMs: open,
      openWarmUpMs: result.openWarmUpMs ?? Number.NaN,
      candidateMs: candidate,
      searchMs: search,
      emptyOpenMs: empty,
      restoreMs: restored.ms,
    },
  };
}
