import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_LAYOUT, HostToPanelSchema, type CallInfo, type HostToPanel, type PanelLayout, type PanelToHost } from '@/utils/host/frame';
import { acceptConnect, type FrameHello } from '@/utils/host/channel';

export type HostCommand = Extract<HostToPanel, { type: 'command' }>['command'];

export interface HostFrame {
  /** True when the panel runs in the call page's iframe; false in the side panel or a tab. */
  framed: boolean;
  /** The call as the host page sees it; platform 'other' when there is no host. */
  call: CallInfo;
  /**
   * The host has told the panel about the call (it does right after the panel's 'ready'), or there
   * is no host, or it has not answered within CALL_WAIT_MS: until then `call` is only a placeholder.
   */
  callKnown: boolean;
  layout: PanelLayout;
  /** The window is too small for the panel beside the call's controls. */
  cramped: boolean;
  setLayout(layout: PanelLayout): void;
  close(): void;
}

/** How the panel sends its key to its host: through the background, which the call page cannot reach. */
export type SayHello = (hello: FrameHello) => void;

const NO_CALL: CallInfo = { platform: 'other', inCall: false, meetingCode: '', meetingUrl: '', title: '' };
/** Until the host's port arrives, the hello is repeated (a background that was starting may have missed it). */
const HELLO_AGAIN_MS = 1500;
/** A host that has not said which call this is by then (its hellos lost, say) must not keep the panel waiting. */
const CALL_WAIT_MS = 2500;

/** The window hosting this page, or null when the page is not framed (side panel, a tab). */
export function defaultHostWindow(): Window | null {
  return window.parent && window.parent !== window ? window.parent : null;
}

const helloByRuntime: SayHello = (hello) => {
  void browser.runtime.sendMessage(hello).catch(() => {
    // The background was not there to relay it: the next hello will be.
  });
};

/**
 * The panel's side of the frame protocol (utils/host/channel.ts). It makes a key, sends it to its
 * host through the background, and adopts the MessagePort the host then posts into this frame
 * with that key. From then on the port is the only way in: it says 'ready', takes call facts,
 * layout and commands (each checked against its schema), and sends layout changes and 'close'
 * back. Window messages are never obeyed, so a call page's script that posts to this frame
 * (it is the parent window too) steers nothing. `hostWindow` is the parent window; tests pass a
 * stand-in, and may give a stand-in for the background (`sayHello`) and their own `callWaitMs`.
 */
export function useHostFrame(
  onCommand?: (command: HostCommand) => void,
  hostWindow: Window | null = defaultHostWindow(),
  { sayHello = helloByRuntime, callWaitMs = CALL_WAIT_MS }: { sayHello?: SayHello; callWaitMs?: number } = {},
): HostFrame {
  const [host] = useState(hostWindow);
  const framed = host !== null;
  const [call, setCall] = useState<CallInfo>(NO_CALL);
  const [callKnown, setCallKnown] = useState(!framed);
  const [layout, setLayoutState] = useState<PanelLayout>(DEFAULT_LAYOUT);
  const [cramped, setCramped] = useState(false);
  const commandRef = useRef(onCommand);
  commandRef.current = onCommand;
  const port = useRef<MessagePort | null>(null);
  /** What the panel said before its host's port arrived, sent right after 'ready'. */
  const outbox = useRef<PanelToHost[]>([]);
  const [hello] = useState(() => sayHello);

  const post = useCallback((message: PanelToHost) => {
    if (port.current) port.current.postMessage(message);
    else outbox.current.push(message);
  }, []);

  useEffect(() => {
    if (!host) return;
    const key = crypto.randomUUID();
    const sendHello = () => hello({ panelist: 1, type: 'frame-hello', key });
    const again = setInterval(sendHello, HELLO_AGAIN_MS);
    const waitOver = setTimeout(() => setCallKnown(true), callWaitMs);
    const fromHost = (event: MessageEvent) => {
      const parsed = HostToPanelSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'call') {
        setCall(message.call);
        setCallKnown(true);
        clearTimeout(waitOver);
      } else if (message.type === 'layout') setLayoutState(message.layout);
      else if (message.type === 'fit') setCramped(message.cramped);
      else commandRef.current?.(message.command);
    };
    const onWindowMessage = (event: MessageEvent) => {
      if (port.current || event.source !== host) return;
      const adopted = acceptConnect(event.data, event.ports ?? [], key);
      if (!adopted) return;
      port.current = adopted;
      adopted.onmessage = fromHost;
      adopted.postMessage({ panelist: 1, type: 'ready' } satisfies PanelToHost);
      for (const queued of outbox.current.splice(0)) adopted.postMessage(queued);
      clearInterval(again);
    };
    window.addEventListener('message', onWindowMessage);
    sendHello();
    return () => {
      clearInterval(again);
      clearTimeout(waitOver);
      window.removeEventListener('message', onWindowMessage);
      port.current?.close();
      port.current = null;
    };
  }, [host, hello, callWaitMs]);

  const setLayout = useCallback(
    (next: PanelLayout) => {
      setLayoutState(next);
      post({ panelist: 1, type: 'layout', layout: next });
    },
    [post],
  );
  const close = useCallback(() => post({ panelist: 1, type: 'close' }), [post]);

  return { framed, call, callKnown, layout, cramped, setLayout, close };
}
