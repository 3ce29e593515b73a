import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const isDark = () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

/** True while the system asks for a dark theme (for the few things CSS cannot switch, like the code theme). */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
