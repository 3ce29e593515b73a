import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CallInfo, HostToPanel, PanelLayout } from '@/utils/host/frame';
import { DEFAULT_LAYOUT } from '@/utils/host/frame-guards';
import { acceptPanelMessage, layoutKey, parseStoredLayout, parseTabToHost, placePanel, type PanelStatus } from '@/utils/host/placement';
import { adapterFor, type Box, type PlatformAdapter } from '@/utils/platforms';

/**
 * Places the in-call panel (panel.html in an iframe) on Meet, Zoom web and Teams web, and nothing
 * more: the panel itself talks to the background for everything it stores.
 *
 * Cost on the call page: one check per second. While in a call the check re-tests the leave
 * control found last time (`isConnected`, O(1)) instead of querying Meet's large DOM, and the
 * control bar is measured only when the call starts, the control changes or the window resizes.
 */
export default defineContentScript({
  matches: [
    'https://meet.google.com/*',
    'https://*.zoom.us/wc/*',
    'https://app.zoom.us/wc/*',
    'https://teams.microsoft.com/*',
    'https://teams.live.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location.href);
    if (adapter) new PanelHost(ctx, adapter).start();
  },
});

const PANEL_TITLE = 'Panelist interview panel';
const CHECK_EVERY_MS = 1000;

class PanelHost {
  private ui: IframeContentScriptUi<void> | null = null;
  private panelReady = false;
  private panelOrigin: string | null = null;
  /** Commands that arrived while the panel was still loading. */
  private pending: HostToPanel[] = [];
  private layout: PanelLayout = DEFAULT_LAYOUT;
  private layoutTouched = false;
  private inCall = false;
  private callControl: Element | null = null;
  private checkedHref = '';
  private controls: Box | null = null;
  private controlsStale = true;
  private sentCall = '';
  private placed = '';

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: PlatformAdapter,
  ) {}

  start(): void {
    void this.loadLayout();
    this.ctx.addEventListener(window, 'message', (event: MessageEvent) => this.onFrameMessage(event));
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.check());
    this.ctx.addEventListener(window, 'resize', () => {
      this.controlsStale = true;
      this.place();
    });
    // sendResponse + `return true` rather than returning a promise: without the polyfill (see
    // wxt.config.ts) that is the form both Chrome and Firefox answer.
    const onTabMessage = (raw: unknown, _sender: unknown, sendResponse: (status: PanelStatus) => void) => {
      const answer = this.onTabMessage(raw);
      if (!answer) return false;
      void answer.then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));
    this.ctx.setInterval(() => this.check(), CHECK_EVERY_MS);
    this.check();
  }

  /** The per-second check. Shows the panel when a call starts; never hides it when one ends. */
  private check(): void {
    const url = new URL(location.href);
    const stillThere =
      this.callControl?.isConnected && this.callControl.ownerDocument.defaultView !== null && url.href === this.checkedHref;
    if (!stillThere) {
      const control = this.adapter.callControl(document, url);
      if (control !== this.callControl) this.controlsStale = true;
      this.callControl = control;
      this.checkedHref = url.href;
    }
    const inCall = this.callControl !== null;
    if (inCall && !this.inCall && !this.ui) this.show();
    this.inCall = inCall;
    if (!this.ui) return;
    // The page may rebuild its DOM around us; put the panel back where it belongs.
    if (!this.ui.wrapper.isConnected) this.mount();
    this.sendCall(false);
    this.place();
  }

  private readCall(): CallInfo {
    const url = new URL(location.href);
    return { platform: this.adapter.platform, inCall: this.inCall, ...this.adapter.meetingInfo(document, url) };
  }

  private show(): void {
    this.ui = createIframeUi(this.ctx, {
      page: '/panel.html',
      position: 'overlay',
      zIndex: 2147483647,
      // On <html>, not <body>: call pages swap their body content, the panel must outlive that.
      anchor: 'html',
      onMount: (_wrapper, iframe) => {
        iframe.title = PANEL_TITLE;
        Object.assign(iframe.style, {
          position: 'fixed',
          border: '0',
          margin: '0',
          colorScheme: 'normal',
          background: 'transparent',
          boxShadow: '0 4px 24px rgb(0 0 0 / 0.28)',
        });
      },
    });
    this.mount();
  }

  private mount(): void {
    this.panelReady = false;
    this.panelOrigin = null;
    this.sentCall = '';
    this.placed = '';
    this.ui?.mount();
    this.place();
  }

  private hide(): void {
    this.ui?.remove();
    this.ui = null;
    this.panelReady = false;
    this.panelOrigin = null;
    this.pending = [];
  }

  private place(): void {
    if (!this.ui) return;
    if (this.controlsStale || (this.inCall && !this.controls)) {
      this.controls = this.inCall ? this.adapter.controlsRect(document) : this.controls;
      this.controlsStale = false;
    }
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const box = placePanel(this.layout, viewport, this.controls);
    const key = `${box.top},${box.left},${box.width},${box.height},${this.layout.collapsed}`;
    if (key === this.placed) return;
    this.placed = key;
    Object.assign(this.ui.iframe.style, {
      top: `${box.top}px`,
      left: `${box.left}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      borderRadius: this.layout.collapsed ? '24px' : '0',
    });
  }

  /**
   * Origins the panel may speak from. Chrome loads a `use_dynamic_url` resource from a per-session
   * id (the iframe's src) yet the framed document's origin is the static extension id, so accept
   * either; Firefox has one moz-extension origin.
   */
  private panelOrigins(): string[] {
    const origins = [new URL(browser.runtime.getURL('/')).origin, `chrome-extension://${browser.runtime.id}`];
    if (this.ui) origins.push(new URL(this.ui.iframe.src).origin);
    return origins;
  }

  /** Posts go to the exact origin the panel announced itself from in its 'ready'. */
  private post(message: HostToPanel): void {
    if (!this.ui || !this.panelOrigin) return;
    this.ui.iframe.contentWindow?.postMessage(message, this.panelOrigin);
  }

  /** Tell the panel about the call when it first loads and whenever a fact changes. */
  private sendCall(force: boolean): void {
    if (!this.panelReady) return;
    const call = this.readCall();
    const serialized = JSON.stringify(call);
    if (!force && serialized === this.sentCall) return;
    this.sentCall = serialized;
    this.post({ panelist: 1, type: 'call', call });
  }

  private onFrameMessage(event: MessageEvent): void {
    if (!this.ui) return;
    const message = acceptPanelMessage(event, this.ui.iframe.contentWindow, this.panelOrigins());
    if (!message) return;
    if (message.type === 'ready') {
      this.panelReady = true;
      this.panelOrigin = event.origin;
      this.post({ panelist: 1, type: 'layout', layout: this.layout });
      this.sendCall(true);
      for (const queued of this.pending.splice(0)) this.post(queued);
    } else if (message.type === 'layout') {
      this.layout = message.layout;
      this.layoutTouched = true;
      this.place();
      void browser.storage.local.set({ [layoutKey(this.adapter.platform)]: message.layout });
    } else {
      this.hide();
    }
  }

  private onTabMessage(raw: unknown): Promise<PanelStatus> | undefined {
    const message = parseTabToHost(raw);
    if (!message) return undefined;
    if (message.type === 'toggle-panel') {
      // Works whether or not a call was detected: the toolbar button is the fallback when a signal is missing.
      if (this.ui) this.hide();
      else this.show();
    } else if (message.type === 'command') {
      const command: HostToPanel = { panelist: 1, type: 'command', command: message.command };
      if (!this.ui) this.show();
      if (this.panelReady) this.post(command);
      else this.pending.push(command);
    }
    this.check();
    return Promise.resolve({ platform: this.adapter.platform, inCall: this.inCall, shown: this.ui !== null, layout: this.layout });
  }

  private async loadLayout(): Promise<void> {
    const key = layoutKey(this.adapter.platform);
    const stored = parseStoredLayout((await browser.storage.local.get(key))[key]);
    // A layout the user set while storage was loading wins over the remembered one.
    if (!stored || this.layoutTouched) return;
    this.layout = stored;
    this.place();
    if (this.panelReady) this.post({ panelist: 1, type: 'layout', layout: stored });
  }
}
