import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { browser } from 'wxt/browser';
import type { HostToPanel, PanelLayout } from '@/utils/host/frame';
import { readLayout, readPanelToHost, readTabToHost, type FrameKey, type PanelStatus } from '@/utils/host/frame-guards';
import type { FrameConnect } from '@/utils/host/channel';
import { hostStatus, hostStep, type HostEvent, type HostState, type HostStep } from '@/utils/host/host-state';
import { initialPracticeHost, PRACTICE_LAYOUT_KEY } from '@/utils/host/practice-host';

export interface PracticeHost {
  state: HostState;
  /** Attach to the panel's iframe. */
  frameRef: RefObject<HTMLIFrameElement | null>;
  toggle(): void;
}

/**
 * The practice page's side of the frame protocol: it feeds the shared host state machine
 * (utils/host/host-state.ts) with what the panel frame says over its port, the toolbar button
 * and keyboard commands (sent to this tab like to a call page's content script) and the
 * remembered layout, and carries out its steps. It answers the panel's key exactly as the call
 * page's content script does (utils/host/channel.ts), so the panel runs here as it does in a call.
 */
export function usePracticeHost(): PracticeHost {
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const stateRef = useRef<HostState>(initialPracticeHost());
  const [state, setState] = useState(stateRef.current);
  /** The port of the panel frame that said 'ready'; null while there is none. */
  const port = useRef<MessagePort | null>(null);

  const apply = useCallback((step: HostStep) => {
    stateRef.current = step.state;
    setState(step.state);
    if (!step.state.shown) {
      port.current?.close();
      port.current = null;
    }
    for (const message of step.post) port.current?.postMessage(message satisfies HostToPanel);
    if (step.remember) {
      void browser.storage.local.set({ [PRACTICE_LAYOUT_KEY]: step.remember satisfies PanelLayout }).catch(() => {
        // Remembering the layout is a convenience; the practice round does not depend on it.
      });
    }
  }, []);
  const dispatch = useCallback((event: HostEvent) => apply(hostStep(stateRef.current, event)), [apply]);

  /** Hand the panel frame a port, posted to its window and origin only, with the key it sent. */
  const connect = useCallback(
    ({ key, origin }: FrameKey) => {
      const target = frameRef.current?.contentWindow;
      if (!target || origin !== location.origin) return;
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent) => {
        const message = readPanelToHost(event.data);
        if (!message) return;
        if (message.type === 'ready') {
          if (port.current !== channel.port1) port.current?.close();
          port.current = channel.port1;
        }
        if (port.current === channel.port1) dispatch({ type: 'panel', message });
      };
      target.postMessage({ panelist: 1, type: 'connect', key } satisfies FrameConnect, origin, [channel.port2]);
    },
    [dispatch],
  );

  useEffect(() => {
    // Store requests from the panel reach every extension page too: answer only what is ours.
    const onRuntimeMessage = (raw: unknown): Promise<PanelStatus> | undefined => {
      const message = readTabToHost(raw);
      if (!message) return undefined;
      if (message.type === 'frame-key') {
        connect(message);
        return undefined;
      }
      dispatch({ type: 'tab', message });
      return Promise.resolve(hostStatus(stateRef.current));
    };
    browser.runtime.onMessage.addListener(onRuntimeMessage);

    let live = true;
    browser.storage.local
      .get(PRACTICE_LAYOUT_KEY)
      .then((stored) => {
        if (live) dispatch({ type: 'stored-layout', layout: readLayout(stored[PRACTICE_LAYOUT_KEY]) });
      })
      .catch(() => {
        // No remembered layout: the default one stays.
      });

    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
      port.current?.close();
      port.current = null;
    };
  }, [connect, dispatch]);

  const toggle = useCallback(() => dispatch({ type: 'toggle' }), [dispatch]);
  return { state, frameRef, toggle };
}
