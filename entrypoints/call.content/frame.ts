import type { Box } from '@/utils/platforms';

/**
 * The panel's iframe on the call page, and what keeps it the user's: the call page's scripts
 * share this DOM and may hide it (display:none, opacity:0 over a decoy, pointer-events:none,
 * attributes such as `hidden` or `inert`), cover it, or point it at a look-alike.
 *
 * - Every style that decides whether it shows is set inline with !important (which beats any
 *   stylesheet rule) and written back whenever it differs; attributes that are not ours are
 *   removed. A MutationObserver does it at once, the per-second guard() as a backstop.
 * - A changed `src`, a navigation inside it that was not ours (the page can set
 *   `frames[i].location`), a removal, or a load after which no panel said 'ready' over its port
 *   in time (a page cannot forge that: see utils/host/channel.ts) all put the panel back, in a
 *   fresh iframe.
 * - It lives in the top layer (a manual popover), above every z-index the page can use. What
 *   can still cover it is the page's own top-layer content (a dialog, a popover, fullscreen):
 *   that may be the call's own UI, so the panel does not fight it but reports being covered
 *   (guard() returns false), and the user is told.
 */

export const PANEL_TITLE = 'Panelist interview panel';

/** The only attributes the iframe keeps (src and title are checked for their values too). */
const OURS = new Set(['src', 'title', 'style', 'popover', 'allow']);
/** Top-layer content of the page: not fought over, reported. */
const TOP_LAYER = ':modal,:popover-open,:fullscreen';
/** A load not followed by the panel's 'ready' within this long is not the panel: load it again. */
const READY_WITHIN_MS = 10_000;

export interface PanelFrame {
  iframe: HTMLIFrameElement;
  place(box: Box, collapsed: boolean): void;
  /** The panel in it said 'ready' over its port since the last load. */
  confirm(): void;
  /** Put back what the page changed; false when the panel is still not visible to the user. */
  guard(): boolean;
  remove(): void;
}

function css(box: Box | null, collapsed: boolean): string {
  const rules: Record<string, string> = {
    position: 'fixed',
    inset: 'auto',
    top: `${box?.top ?? 0}px`,
    left: `${box?.left ?? 0}px`,
    width: `${box?.width ?? 0}px`,
    height: `${box?.height ?? 0}px`,
    margin: '0',
    padding: '0',
    border: '0',
    'border-radius': collapsed ? '24px' : '0',
    'box-shadow': '0 4px 24px rgb(0 0 0 / 0.28)',
    background: 'transparent',
    'color-scheme': 'normal',
    'z-index': '2147483647',
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    'pointer-events': 'auto',
    transform: 'none',
    translate: 'none',
    scale: 'none',
    rotate: 'none',
    filter: 'none',
    'clip-path': 'none',
    mask: 'none',
    'mix-blend-mode': 'normal',
    'content-visibility': 'visible',
    'max-width': 'none',
    'max-height': 'none',
    'min-width': '0',
    'min-height': '0',
    overflow: 'hidden',
  };
  return Object.entries(rules)
    .map(([property, value]) => `${property}:${value}!important`)
    .join(';');
}

/** Visible at this point of the viewport: the topmost element there is the iframe. */
function topAt(iframe: HTMLIFrameElement, x: number, y: number): Element | null {
  const doc = iframe.ownerDocument;
  const view = doc.defaultView!;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return iframe;
  return doc.elementFromPoint(x, y);
}

function inTopLayer(element: Element): boolean {
  try {
    return element.closest(TOP_LAYER) !== null;
  } catch {
    return false; // a browser without one of these selectors
  }
}

/** What covers the panel's centre and two corners, other than the panel itself (empty: nothing). */
function coversOf(iframe: HTMLIFrameElement, box: Box): (Element | null)[] {
  const points: [number, number][] = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 4, box.top + 4],
    [box.left + box.width - 4, box.top + box.height - 4],
  ];
  return points.map(([x, y]) => topAt(iframe, x, y)).filter((element) => element !== iframe);
}

/** Chrome's IntersectionObserver v2 verdict, where there is one: occluded, faded, filtered or transformed is not visible. */
function visibilityWatch() {
  let seen: boolean | undefined;
  const io =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            const last = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
            if (last.isVisible !== undefined) seen = last.isVisible;
          },
          { threshold: [0, 1], delay: 500, trackVisibility: true } as IntersectionObserverInit,
        )
      : null;
  return {
    seen: () => seen,
    observe: (element: Element) => io?.observe(element),
    stop: () => {
      io?.disconnect();
      seen = undefined;
    },
  };
}

/**
 * Mount the panel iframe on <html> (call pages swap their body; the panel must outlive that).
 * `onLoad` runs after every load: whatever is in the frame must say 'ready' again. The panel is
 * put back in a new iframe element, never by navigating the one the page touched: a navigation
 * the page started there could still win the race against ours.
 */
export function mountFrame(src: string, onLoad: () => void): PanelFrame {
  const doc = document;
  let iframe = doc.createElement('iframe');
  /** Popovers (the top layer): Chrome 114, Firefox 125. */
  const canLift = 'showPopover' in iframe;
  let box: Box | null = null;
  let collapsed = false;
  let expectedCss = '';
  /** When the current element started loading, until the panel in it confirms; 0 once it has. */
  let unconfirmedSince = 0;

  const restyle = () => {
    iframe.style.cssText = css(box, collapsed);
    expectedCss = iframe.style.cssText;
  };
  const lift = () => {
    if (!canLift) return;
    if (iframe.getAttribute('popover') !== 'manual') iframe.setAttribute('popover', 'manual');
    try {
      if (iframe.matches(':popover-open')) iframe.hidePopover();
      iframe.showPopover();
    } catch {
      // Not connected yet, or the browser refused: the z-index still applies.
    }
  };
  const watcher = new MutationObserver(() => reassert());
  const visibility = visibilityWatch();

  /** A new element with the panel: its first load is the panel's; any later one is someone else navigating it. */
  const create = () => {
    const element = doc.createElement('iframe');
    let loads = 0;
    element.addEventListener('load', () => {
      if (element !== iframe) return;
      onLoad();
      if (loads++ > 0) replace();
    });
    iframe = element;
    unconfirmedSince = Date.now();
    restyle();
    element.setAttribute('title', PANEL_TITLE);
    element.setAttribute('src', src);
    doc.documentElement.append(element);
    lift();
    watcher.observe(element, { attributes: true });
    visibility.observe(element);
  };
  const replace = () => {
    watcher.disconnect();
    visibility.stop();
    iframe.remove();
    create();
  };
  /** Write back what the page changed; cheap when nothing did. */
  const reassert = () => {
    if (iframe.getAttribute('src') !== src || !iframe.isConnected || iframe.parentNode !== doc.documentElement) return replace();
    if (iframe.style.cssText !== expectedCss) restyle();
    for (const { name } of [...iframe.attributes]) if (!OURS.has(name)) iframe.removeAttribute(name);
    if (iframe.getAttribute('title') !== PANEL_TITLE) iframe.setAttribute('title', PANEL_TITLE);
    if (canLift && !iframe.matches(':popover-open')) lift();
  };

  create();

  return {
    get iframe() {
      return iframe;
    },
    place(next, isCollapsed) {
      const same =
        box &&
        next.top === box.top &&
        next.left === box.left &&
        next.width === box.width &&
        next.height === box.height &&
        isCollapsed === collapsed;
      if (same) return;
      box = next;
      collapsed = isCollapsed;
      restyle();
    },
    confirm() {
      unconfirmedSince = 0;
    },
    guard() {
      if (unconfirmedSince && Date.now() - unconfirmedSince > READY_WITHIN_MS) replace();
      reassert();
      watcher.takeRecords();
      // Chrome tracks occlusion itself (IntersectionObserver v2): no hit tests while it says visible.
      if (!box || visibility.seen() === true) return true;
      const covers = coversOf(iframe, box);
      if (covers.length === 0 && visibility.seen() !== false) return true;
      // Covered by something of the page that is not top-layer: back on top of it.
      if (covers.some((element) => !element || !inTopLayer(element))) lift();
      return false;
    },
    remove() {
      watcher.disconnect();
      visibility.stop();
      iframe.remove();
    },
  };
}
