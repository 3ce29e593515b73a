import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { browser } from 'wxt/browser';
import type { HostToPanel, PanelLayout } from '@/utils/host/frame';
import { acceptPanelMessage, parseStoredLayout, parseTabToHost, type PanelStatus } from '@/utils/host/placement';
import {
  initialPracticeHost,
  onPanelMessage,
  onStoredLayout,
  onTabMessage,
  PRACTICE_LAYOUT_KEY,
  togglePanel,
  type HostStep,
  type PracticeHostState,
} from '@/utils/host/practice-host';

export interface PracticeHost {
  state: PracticeHostState;
  /** Attach to the panel's iframe. */
  frameRef: RefObject<HTMLIFrameElement | null>;
  toggle(): void;
}

/**
 * The practice page's side of the frame protocol (utils/host/practice-host.ts holds the rules): it
 * listens to the panel iframe, to the toolbar button and keyboard commands (sent to this tab
 * like to a call page's content script) and remembers the layout the user picks.
 */
export function usePracticeHost(): PracticeHost {
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const stateRef = useRef<PracticeHostState>(initialPracticeHost());
  const [state, setState] = useState(stateRef.current);
  const layoutTouched = useRef(false);

  const apply = useCallback((step: HostStep) => {
    stateRef.current = step.state;
    setState(step.state);
    // The panel is the same extension origin as this page: post to that origin and no other.
    const target = frameRef.current?.contentWindow;
    for (const message of step.post) target?.postMessage(message satisfies HostToPanel, location.origin);
    if (step.remember) {
      layoutTouched.current = true;
      void browser.storage.local.set({ [PRACTICE_LAYOUT_KEY]: step.remember satisfies PanelLayout }).catch(() => {
        // Remembering the layout is a convenience; the practice round does not depend on it.
      });
    }
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const message = acceptPanelMessage(event, frameRef.current?.contentWindow, [location.origin]);
      if (message) apply(onPanelMessage(stateRef.current, message));
    };
    window.addEventListener('message', onMessage);

    // Store requests from the panel reach every extension page too: answer only what is ours.
    const onRuntimeMessage = (raw: unknown): Promise<PanelStatus> | undefined => {
      const message = parseTabToHost(raw);
      if (!message) return undefined;
      const step = onTabMessage(stateRef.current, message);
      apply(step);
      return Promise.resolve(step.status);
    };
    browser.runtime.onMessage.addListener(onRuntimeMessage);

    let live = true;
    browser.storage.local
      .get(PRACTICE_LAYOUT_KEY)
      .then((stored) => {
        if (live) apply(onStoredLayout(stateRef.current, parseStoredLayout(stored[PRACTICE_LAYOUT_KEY]), layoutTouched.current));
      })
      .catch(() => {
        // No remembered layout: the default one stays.
      });

    return () => {
      live = false;
      window.removeEventListener('message', onMessage);
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
    };
  }, [apply]);

  const toggle = useCallback(() => apply({ state: togglePanel(stateRef.current), post: [] }), [apply]);
  return { state, frameRef, toggle };
}
