import type { Box } from './types';

/**
 * Small DOM helpers shared by the adapters. Call sites obfuscate class names, so everything
 * here works from roles, aria labels, data attributes and geometry.
 */

/** The first element matching any selector, tried in order of how much we trust it. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Icon-font ligatures (e.g. Material "call_end") read the same in every UI language. */
export function buttonWithIcon(root: ParentNode, ligature: string): Element | null {
  for (const icon of root.querySelectorAll('button i, button [aria-hidden="true"]')) {
    if (icon.textContent?.trim() === ligature) return icon.closest('button');
  }
  return null;
}

/** Text of the first element matching, trimmed; '' when there is none. */
export function textOf(root: ParentNode, selectors: readonly string[]): string {
  return firstMatch(root, selectors)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function toBox(rect: DOMRect | Box, dx = 0, dy = 0): Box {
  return { top: rect.top + dy, left: rect.left + dx, width: rect.width, height: rect.height };
}

/**
 * The control bar that holds `control`: climb from the leave button through its ancestors while
 * they still look like a bar (no taller than a fifth of the viewport, at least 96 px tall allowed),
 * keeping the widest one. Geometry survives class-name churn where selectors do not.
 */
export function barAround(control: Element): Box | null {
  const win = control.ownerDocument.defaultView;
  if (!win) return null;
  const maxHeight = Math.max(96, win.innerHeight / 5);
  let best = control.getBoundingClientRect();
  if (best.width === 0 && best.height === 0) return null; // not rendered (hidden or display:none)
  for (let node = control.parentElement; node && node !== control.ownerDocument.body; node = node.parentElement) {
    const rect = node.getBoundingClientRect();
    if (rect.height > maxHeight) break;
    if (rect.width >= best.width) best = rect;
  }
  return toBox(best);
}

/**
 * A box measured inside a same-origin child frame, moved into the top page's viewport by the
 * frame element's own position (the Zoom web client renders its meeting in iframe#webclient).
 */
export function boxInParentViewport(box: Box | null, frame: Element | null): Box | null {
  if (!box) return null;
  if (!frame) return box;
  const frameRect = frame.getBoundingClientRect();
  return toBox(box, frameRect.left + frame.clientLeft, frameRect.top + frame.clientTop);
}
