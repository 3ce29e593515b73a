import { browser } from 'wxt/browser';
import type { CallInfo } from '@/utils/host/frame';
import { readLayout, readPanelToHost, readTabToHost, type FrameKey, type PanelStatus } from '@/utils/host/frame-guards';
import type { PanelToHost } from '@/utils/host/frame';
import type { FrameConnect } from '@/utils/host/channel';
import type { CoveredNotice } from '@/utils/host/commands';
import { hostStatus, hostStep, initialHost, layoutKey, type HostEvent, type HostStep } from '@/utils/host/host-state';
import { controlsArea, fitPanel } from '@/utils/host/placement';
import { boxOnScreen, viewportOf } from '@/utils/platforms/dom';
import type { Bar, CallPhase, PlatformAdapter } from '@/utils/platforms';
import { mountFrame, type PanelFrame } from './frame';

/**
 * The call page's glue around the host state machine (utils/host/host-state.ts): the iframe,
 * the DOM reads and the once-a-second timer. Everything it decides comes from hostStep.
 *
 * Cost on the call page: one check per second. While in a call the check re-tests the leave
 * control found last time (`isConnected`, O(1)) and the bar element found last time (one
 * getBoundingClientRect) instead of querying the page's large DOM; the meeting's facts are read
 * again only when the URL, the tab title or the phase changes.
 */

const CHECK_EVERY_MS = 1000;
/** Checks in a row the panel must stay covered before the user is told. */
const COVERED_AFTER = 2;
/** Checks after a call starts during which its facts are still read every time. */
const FRESH_CHECKS = 5;

/** What the page shows now, read cheaply: the phase and the meeting's facts, and the control bar. */
function createCallReader(adapter: PlatformAdapter, noCall: CallInfo) {
  let control: Element | null = null;
  let phase: CallPhase = 'none';
  let call = noCall;
  let readAt = '';
  let bar: Bar | null = null;
  let titleAt = '';
  /** Checks since the phase or the URL last changed. */
  let freshChecks = 0;
  return {
    read(): { phase: CallPhase; call: CallInfo } {
      const url = location.href;
      const stillInCall = phase === 'call' && control?.isConnected && control.ownerDocument.defaultView && url === readAt;
      if (!stillInCall) {
        const reading = adapter.read(document, new URL(url));
        if (reading.phase !== phase || url !== readAt) {
          bar = null;
          freshChecks = 0;
        }
        control = reading.control;
        phase = reading.phase;
        readAt = url;
      }
      // The meeting's facts: on every check outside a call, and in one only when the tab title changes
      // or during the first checks after the call started (its title may render a moment later).
      if (phase !== 'call' || freshChecks < FRESH_CHECKS || document.title !== titleAt) {
        call = { ...noCall, ...adapter.meetingInfo(document, new URL(url)) };
        titleAt = document.title;
      }
      freshChecks++;
      return { phase, call };
    },
    bar(): Bar | null {
      if (!bar || !bar.element.isConnected || !bar.element.ownerDocument.defaultView) bar = adapter.findBar(document);
      return bar;
    },
  };
}

/**
 * The one channel the panel listens to: a MessagePort posted into our own iframe, to the panel's
 * origin only, after the key exchange through the background. Window messages are never read.
 */
function createPanelChannel(
  origins: readonly string[],
  frameWindow: () => Window | null | undefined,
  onReady: () => void,
  onMessage: (message: PanelToHost) => void,
) {
  let port: MessagePort | null = null;
  const close = () => {
    port?.close();
    port = null;
  };
  return {
    close,
    post: (message: unknown) => port?.postMessage(message),
    offer({ key, origin }: FrameKey): void {
      const target = frameWindow();
      if (!target || !origins.includes(origin)) return;
      const channel = new MessageChannel();
      const mine = channel.port1;
      mine.onmessage = (event: MessageEvent) => {
        const message = readPanelToHost(event.data);
        if (!message) return;
        if (message.type === 'ready') {
          if (port !== mine) close();
          port = mine;
          onReady();
        }
        if (port === mine) onMessage(message);
      };
      target.postMessage({ panelist: 1, type: 'connect', key } satisfies FrameConnect, origin, [channel.port2]);
    },
  };
}

export function startHost(adapter: PlatformAdapter): void {
  const platform = adapter.platform;
  const noCall: CallInfo = { platform, inCall: false, meetingCode: '', meetingUrl: '', title: '' };
  let state = initialHost(noCall, 'none', false);
  let frame: PanelFrame | null = null;
  let coveredChecks = 0;
  let covered = false;
  const panelSrc = browser.runtime.getURL('/panel.html');
  /** Origins the panel document may have: Chrome frames a use_dynamic_url page under the static id. */
  const panelOrigins = [browser.runtime.getURL('/').replace(/\/$/, ''), `chrome-extension://${browser.runtime.id}`];
  const reader = createCallReader(adapter, noCall);
  const dispatch = (event: HostEvent) => apply(hostStep(state, event));
  const channel = createPanelChannel(
    panelOrigins,
    () => frame?.iframe.contentWindow,
    () => frame?.confirm(),
    (message) => dispatch({ type: 'panel', message }),
  );
  const closePort = channel.close;

  function apply(step: HostStep): void {
    state = step.state;
    if (state.shown && !frame) {
      frame = mountFrame(panelSrc, () => {
        closePort();
        dispatch({ type: 'reloaded' });
      });
    } else if (!state.shown && frame) {
      frame.remove();
      frame = null;
      closePort();
      coveredChecks = 0;
      tellCovered(false);
    }
    for (const message of step.post) channel.post(message);
    if (step.remember) void browser.storage.local.set({ [layoutKey(platform)]: step.remember });
    place();
  }

  function place(): void {
    if (!frame) return;
    const viewport = viewportOf(document);
    const bar = reader.bar();
    const area = controlsArea(adapter.reserved, viewport, bar && boxOnScreen(bar, viewport));
    const fit = fitPanel(state.layout, viewport, area);
    frame.place(fit.box, state.layout.collapsed);
    if (fit.cramped !== state.cramped) dispatch({ type: 'fit', cramped: fit.cramped });
  }

  function tellCovered(now: boolean): void {
    if (now === covered) return;
    covered = now;
    void browser.runtime.sendMessage({ panelist: 1, type: 'covered', covered } satisfies CoveredNotice).catch(() => {});
  }

  /** The per-second check. Shows the panel when a call starts; never hides it when one ends. */
  function check(): void {
    if (!browser.runtime?.id) return stop(); // Panelist was updated or removed: this script is an orphan.
    const { phase, call } = reader.read();
    dispatch({ type: 'seen', phase, call });
    if (frame) {
      const visible = frame.guard();
      coveredChecks = visible ? 0 : coveredChecks + 1;
      tellCovered(coveredChecks >= COVERED_AFTER);
    }
  }

  function status(diagnose: boolean): PanelStatus {
    const base = hostStatus(state);
    const signals = diagnose ? adapter.read(document, new URL(location.href), true).signals : undefined;
    return { ...base, covered, ...(signals ? { signals } : {}) };
  }

  // sendResponse rather than a returned promise: without the polyfill (see wxt.config.ts) that
  // is the form both Chrome and Firefox answer.
  const onTabMessage = (raw: unknown, _sender: unknown, sendResponse: (status: PanelStatus) => void) => {
    const message = readTabToHost(raw);
    if (!message) return false;
    if (message.type === 'frame-key') {
      channel.offer(message);
      return false;
    }
    dispatch({ type: 'tab', message });
    check();
    sendResponse(status(message.type === 'panel-status'));
    return false;
  };
  const onResize = () => place();
  const timer = setInterval(check, CHECK_EVERY_MS);
  function stop(): void {
    clearInterval(timer);
    removeEventListener('resize', onResize);
    frame?.remove();
    frame = null;
    try {
      browser.runtime.onMessage.removeListener(onTabMessage);
    } catch {
      // An orphaned script may not reach the API any more.
    }
  }

  browser.runtime.onMessage.addListener(onTabMessage);
  addEventListener('resize', onResize);
  void browser.storage.local.get(layoutKey(platform)).then((stored) => {
    dispatch({ type: 'stored-layout', layout: readLayout(stored[layoutKey(platform)]) });
  });
  check();
}
