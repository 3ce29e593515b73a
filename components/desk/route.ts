import { useCallback, useEffect, useState } from 'react';

/**
 * The desk's screens live in the URL hash (`#/history?open=<id>`), so the browser's back
 * button, a reload and a bookmark all land on the same screen.
 */
export const SCREENS = ['kits', 'history', 'candidates', 'debrief', 'backup'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  params: Record<string, string>;
}

export type Navigate = (screen: Screen, params?: Record<string, string | undefined>) => void;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const screen = (SCREENS as readonly string[]).includes(path) ? (path as Screen) : 'kits';
  return { screen, params: Object.fromEntries(new URLSearchParams(query)) };
}

export function routeHash(screen: Screen, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return `#/${screen}${query ? `?${query}` : ''}`;
}

export function useHashRoute(): [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback<Navigate>((screen, params) => {
    const hash = routeHash(screen, params);
    if (window.location.hash !== hash) window.location.hash = hash;
    // jsdom and some embedders do not fire hashchange synchronously; follow the URL now.
    setRoute(parseRoute(hash));
  }, []);
  return [route, navigate];
}
