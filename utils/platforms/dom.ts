import type { Bar, Box, CallPhase, Reading, SignalKind, SignalTable } from './types';

/**
 * The DOM side shared by the adapters. Call sites obfuscate class names and translate labels, so
 * everything here works from the signal tables (structure first), icon ligatures and geometry.
 */

/** Elements that draw an icon-font glyph: Material's `<i>`, and Google's symbol/icon font classes. */
const ICONS = 'i,.google-symbols,.google-material-icons,.material-icons,.material-symbols-outlined,[data-icon-name]';
const CLICKABLE = 'button,[role="button"]';

/** The button drawn with this icon-font ligature (the glyph's name is its text in every UI language). */
export function iconControl(root: ParentNode, ligature: string): Element | null {
  for (const icon of root.querySelectorAll(ICONS)) {
    if (icon.textContent?.trim() === ligature) return icon.closest(CLICKABLE);
  }
  return null;
}

/** The element a signal points at: a CSS selector, or `icon:<ligature>`. */
export function signalElement(root: ParentNode, signal: string): Element | null {
  return signal.startsWith('icon:') ? iconControl(root, signal.slice(5)) : root.querySelector(signal);
}

/** The first signal of a list that matches, with the element; null when none does. */
export function firstSignal(root: ParentNode, signals: readonly string[]): [Element, string] | null {
  for (const signal of signals) {
    const found = signalElement(root, signal);
    if (found) return [found, signal];
  }
  return null;
}

/** The first element matching any selector, tried in order of how much we trust it. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  return firstSignal(root, selectors)?.[0] ?? null;
}

/** Text of the first element matching, trimmed; '' when there is none. */
export function textOf(root: ParentNode, selectors: readonly string[]): string {
  return firstMatch(root, selectors)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The phase from one site's signals. A waiting notice rules the call out; a leave control counts
 * as a call only with something only a running call has (tiles, media, present/share), because
 * some waiting rooms show a leave control too. With `diagnose` every kind is looked up and
 * named; without it the read stops as soon as the phase is known.
 */
export function readPhase(table: SignalTable, root: ParentNode, diagnose: boolean): Reading {
  const signals: string[] = [];
  const look = (kind: SignalKind) => {
    const hit = firstSignal(root, table[kind]);
    if (hit) signals.push(`${kind} ${hit[1]}`);
    return hit?.[0] ?? null;
  };
  const waiting = look('waiting');
  const control = (!waiting || diagnose) && look('leave');
  const evidence = control && !waiting ? look('inCall') : diagnose && look('inCall');
  const prejoin = (!control || diagnose) && look('prejoin');
  if (diagnose) look('bar');
  const phase: CallPhase = waiting ? 'lobby' : control && evidence ? 'call' : control || prejoin ? 'lobby' : 'none';
  return { phase, control: phase === 'call' ? control || null : null, signals };
}

export const noCall = (signals: string[] = []): Reading => ({ phase: 'none', control: null, signals });

/** A rectangle as a plain box, moved by (dx, dy). */
export function toBox(rect: DOMRect | Box, dx = 0, dy = 0): Box {
  return { top: rect.top + dy, left: rect.left + dx, width: rect.width, height: rect.height };
}

/**
 * The control bar that holds `control`: climb from the leave control through its ancestors while
 * they still look like a bar (no taller than a fifth of the viewport, at least 96 px allowed),
 * keeping the widest one. Geometry survives class-name churn where selectors do not.
 */
export function barAround(control: Element): Element | null {
  const win = control.ownerDocument.defaultView;
  if (!win) return null;
  const maxHeight = Math.max(96, win.innerHeight / 5);
  let best = control;
  let bestRect = control.getBoundingClientRect();
  if (bestRect.width === 0 && bestRect.height === 0) return null; // not rendered (hidden or display:none)
  for (let node = control.parentElement; node && node !== control.ownerDocument.body; node = node.parentElement) {
    const rect = node.getBoundingClientRect();
    if (rect.height > maxHeight) break;
    if (rect.width >= bestRect.width) [best, bestRect] = [node, rect];
  }
  return best;
}

/** A bar selector's element, if it is rendered; else the bar around the leave control. */
export function barIn(root: ParentNode, table: SignalTable, frame: Element | null): Bar | null {
  for (const selector of table.bar) {
    const element = root.querySelector(selector);
    const rect = element?.getBoundingClientRect();
    if (element && rect && rect.width > 0 && rect.height > 0) return { element, frame };
  }
  const leave = firstMatch(root, table.leave);
  const element = leave && barAround(leave);
  return element ? { element, frame } : null;
}

/**
 * The bar's box in the top page's viewport (a bar inside Zoom's same-origin iframe#webclient is
 * moved by the frame's position), or null when it is not on screen: not rendered, or partly or
 * wholly outside the viewport, as a bar that slides away when the mouse is idle is. The caller
 * then keeps the platform's reserved strip, where the bar comes back.
 */
export function boxOnScreen(bar: Bar, viewport: { width: number; height: number }): Box | null {
  const rect = bar.element.getBoundingClientRect();
  const frameRect = bar.frame?.getBoundingClientRect();
  const box = frameRect ? toBox(rect, frameRect.left + bar.frame!.clientLeft, frameRect.top + bar.frame!.clientTop) : toBox(rect);
  const inside =
    box.width > 0 &&
    box.height > 0 &&
    box.top >= -1 &&
    box.left >= -1 &&
    box.top + box.height <= viewport.height + 1 &&
    box.left + box.width <= viewport.width + 1;
  return inside ? box : null;
}

/** The top page's viewport, as the panel is placed in it. */
export function viewportOf(doc: Document): { width: number; height: number } {
  const win = doc.defaultView;
  return { width: doc.documentElement.clientWidth || win?.innerWidth || 0, height: win?.innerHeight ?? 0 };
}
