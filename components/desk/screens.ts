import { lazy, type ComponentProps, type ComponentType } from 'react';
import { prefetch } from '@/utils/client/live';
import { firstHistoryPage } from './history/filters';
import type { Route, Screen } from './route';

/**
 * Each desk screen is its own chunk: History does not wait for the Markdown importer and the kit
 * editor (the kit library's), nor the debrief's chart and CSV reader. The page loads the chunk
 * of the screen it opens on before its first render (`preloadScreen`), so that screen renders at
 * once; a screen reached later loads behind Suspense (React holds a fallback it has shown for
 * at least 300 ms, which is why the first screen must not suspend), and the menu preloads a
 * screen when the pointer or focus comes to its link.
 */
const MODULES = {
  kits: () => import('./kits/KitLibrary').then((m) => m.KitLibrary),
  history: () => import('./history/HistoryScreen').then((m) => m.HistoryScreen),
  candidates: () => import('./candidates/CandidatesScreen').then((m) => m.CandidatesScreen),
  debrief: () => import('./debrief/DebriefScreen').then((m) => m.DebriefScreen),
  backup: () => import('./BackupPanel').then((m) => m.BackupPanel),
};

type Screens = { [S in Screen]: Awaited<ReturnType<(typeof MODULES)[S]>> };
type AnyScreen = ComponentType<ComponentProps<Screens[Screen]>>;

const loaded = new Map<Screen, Promise<AnyScreen>>();
const ready = new Map<Screen, AnyScreen>();

/** Start loading a screen's chunk (once); resolves when it is ready to render without suspending. */
export function preloadScreen(screen: Screen): Promise<unknown> {
  let loading = loaded.get(screen);
  if (!loading) {
    loading = (MODULES[screen]() as Promise<AnyScreen>).then((component) => {
      ready.set(screen, component);
      return component;
    });
    // A failed load is tried again next time (the lazy screen then shows the failure).
    loading.catch(() => loaded.delete(screen));
    loaded.set(screen, loading);
  }
  return loading;
}

const lazyScreens = new Map<Screen, AnyScreen>();

/**
 * The component to render for a screen: the loaded one when its chunk is already here, else a
 * lazy one. Ask once per mounted desk and keep the answer (`chosen`): the element type must not
 * change under a mounted screen, or React would remount it and lose what was typed.
 */
export function screenComponent<S extends Screen>(screen: S, chosen: Map<Screen, AnyScreen>): ComponentType<ComponentProps<Screens[S]>> {
  let component = chosen.get(screen);
  if (!component) {
    component = ready.get(screen);
    if (!component) {
      component = lazyScreens.get(screen) ?? lazy(() => preloadScreen(screen).then(() => ({ default: ready.get(screen)! })));
      lazyScreens.set(screen, component);
    }
    chosen.set(screen, component);
  }
  return component as unknown as ComponentType<ComponentProps<Screens[S]>>;
}

export type ChosenScreens = Map<Screen, AnyScreen>;

/**
 * Ask the store for the rows a route's screen shows first, as the page starts and at every route
 * change: the request is on its way while React loads and renders, and the screen's own query
 * takes it over (utils/client/live.ts `prefetch`). Only history's first page; other screens ask
 * as they render. A page the screen does not take (it still holds typed filters) is dropped.
 */
export function prefetchScreenData({ screen, params }: Route): void {
  if (screen !== 'history') return;
  const page = firstHistoryPage(params);
  if (page) void prefetch('interviews.page', page);
}
