import { useCallback, useEffect, useRef, useState } from 'react';

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

/**
 * The route in the hash, followed. `onRoute` hears each new route as soon as it is known, before
 * React renders it (the desk asks the store for the new screen's rows then); once per hash, whether
 * the change came from `navigate` or from the browser.
 */
export function useHashRoute(onRoute?: (route: Route) => void): [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  // The hash the route state was last set from: `navigate` follows its hash at once, and the
  // browser's hashchange for it that comes after is then nothing new (no second render).
  const heard = useRef(window.location.hash);
  const follow = useCallback(
    (hash: string) => {
      if (heard.current === hash) return;
      heard.current = hash;
      const next = parseRoute(hash);
      onRoute?.(next);
      setRoute(next);
    },
    [onRoute],
  );
  useEffect(() => {
    const onChange = () => follow(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [follow]);
  const navigate = useCallback<Navigate>(
    (screen, params) => {
      const hash = routeHash(screen, params);
      if (window.location.hash !== hash) window.location.hash = hash;
      // jsdom and some embedders do not fire hashchange synchronously; follow the URL now.
      follow(hash);
    },
    [follow],
  );
  return [route, navigate];
}
