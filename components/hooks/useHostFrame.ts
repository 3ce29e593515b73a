import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_LAYOUT, HostToPanelSchema, type CallInfo, type HostToPanel, type PanelLayout, type PanelToHost } from '@/utils/host/frame';

export type HostCommand = Extract<HostToPanel, { type: 'command' }>['command'];

export interface HostFrame {
  /** True when the panel runs in the call page's iframe; false in the side panel or a tab. */
  framed: boolean;
  /** The call as the host page sees it; platform 'other' when there is no host. */
  call: CallInfo;
  layout: PanelLayout;
  setLayout(layout: PanelLayout): void;
  close(): void;
}

const NO_CALL: CallInfo = { platform: 'other', inCall: false, meetingCode: '', meetingUrl: '', title: '' };

/** The window hosting this page, or null when the page is not framed (side panel, a tab). */
export function defaultHostWindow(): Window | null {
  return window.parent && window.parent !== window ? window.parent : null;
}

/** The host's origin when the browser tells us (Chromium), so our messages go to it alone. */
function parentOrigin(): string | null {
  const ancestors = (window.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return ancestors && ancestors.length > 0 ? ancestors[0]! : null;
}

/**
 * The panel's side of the frame protocol: says "ready", then takes call facts,
 * layout and commands from the parent window only, each checked against its
 * schema (anything else is ignored), and sends layout changes and "close" back.
 * `hostWindow` is the parent window; tests pass a stand-in.
 */
export function useHostFrame(onCommand?: (command: HostCommand) => void, hostWindow: Window | null = defaultHostWindow()): HostFrame {
  const [host] = useState(hostWindow);
  const framed = host !== null;
  const [call, setCall] = useState<CallInfo>(NO_CALL);
  const [layout, setLayoutState] = useState<PanelLayout>(DEFAULT_LAYOUT);
  const commandRef = useRef(onCommand);
  commandRef.current = onCommand;
  const targetOrigin = useRef<string>(parentOrigin() ?? '*');

  const post = useCallback(
    (message: PanelToHost) => {
      host?.postMessage(message, targetOrigin.current);
    },
    [host],
  );

  useEffect(() => {
    if (!host) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== host) return;
      const parsed = HostToPanelSchema.safeParse(event.data);
      if (!parsed.success) return;
      if (targetOrigin.current === '*' && event.origin && event.origin !== 'null') targetOrigin.current = event.origin;
      const message = parsed.data;
      if (message.type === 'call') setCall(message.call);
      else if (message.type === 'layout') setLayoutState(message.layout);
      else commandRef.current?.(message.command);
    };
    window.addEventListener('message', onMessage);
    post({ panelist: 1, type: 'ready' });
    return () => window.removeEventListener('message', onMessage);
  }, [host, post]);

  const setLayout = useCallback(
    (next: PanelLayout) => {
      setLayoutState(next);
      post({ panelist: 1, type: 'layout', layout: next });
    },
    [post],
  );
  const close = useCallback(() => post({ panelist: 1, type: 'close' }), [post]);

  return { framed, call, layout, setLayout, close };
}
