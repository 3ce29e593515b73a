import type { PanelLayout } from './frame';
import { LAYOUT_WIDTH } from './frame-guards';
import type { Box, ReservedArea } from '../platforms/types';

/**
 * Where the in-call panel goes, with no DOM: docked to one side, never over the call's controls.
 * The controls are the bar the content script measured, joined with the platform's reserved strip
 * (where the bar is, or comes back to, when it cannot be measured).
 */

/** The collapsed panel: a pill at the docked edge, big enough for the running section timer. */
export const PILL = { width: 200, height: 48 } as const;
/** Air between the panel and the call's control bar. */
export const CONTROLS_GAP = 8;
/** The panel never gets shorter than the pill, even on a tiny window. */
const MIN_HEIGHT = PILL.height;
/** Below this height the expanded panel is too cramped to run an interview in. */
export const MIN_PANEL_HEIGHT = 240;
/** The call keeps at least this much width beside the panel; the panel shrinks (down to its minimum) to leave it. */
export const MIN_CALL_WIDTH = 320;

export interface Viewport {
  width: number;
  height: number;
}

/**
 * The panel's box: docked to `layout.side`, as tall as the viewport minus the call's control bar.
 * Controls in the lower half push the panel's bottom up; controls in the upper half (Teams puts
 * its call bar on top) push its top down. Controls outside the panel's column are ignored.
 */
export function placePanel(layout: PanelLayout, viewport: Viewport, controls: Box | null): Box {
  const width = Math.min(layout.collapsed ? PILL.width : layout.width, viewport.width);
  const left = layout.side === 'right' ? viewport.width - width : 0;
  let top = 0;
  let bottom = viewport.height;
  if (controls && overlaps(left, width, controls.left, controls.width)) {
    const controlsMiddle = controls.top + controls.height / 2;
    if (controlsMiddle >= viewport.height / 2) bottom = Math.min(bottom, controls.top - CONTROLS_GAP);
    else top = Math.max(top, controls.top + controls.height + CONTROLS_GAP);
  }
  if (layout.collapsed) return { top: top + CONTROLS_GAP, left, width, height: PILL.height };
  return { top, left, width, height: Math.max(MIN_HEIGHT, bottom - top) };
}

export interface Fit {
  box: Box;
  /** The window is too small for the panel beside the controls: the panel suggests the side panel. */
  cramped: boolean;
}

/**
 * placePanel for a real window: the expanded panel narrows (not below its minimum width) so the
 * call keeps MIN_CALL_WIDTH, and the result says when the window is too small for both, which
 * the panel then tells the user, offering the browser's side panel.
 */
export function fitPanel(layout: PanelLayout, viewport: Viewport, controls: Box | null): Fit {
  const width = layout.collapsed ? layout.width : Math.max(LAYOUT_WIDTH.min, Math.min(layout.width, viewport.width - MIN_CALL_WIDTH));
  const box = placePanel({ ...layout, width }, viewport, controls);
  const tooNarrow = !layout.collapsed && viewport.width - box.width < MIN_CALL_WIDTH;
  const tooShort = !layout.collapsed && box.height < MIN_PANEL_HEIGHT;
  return { box, cramped: tooNarrow || tooShort || (!!controls && boxesOverlap(box, controls)) };
}

/** The platform's reserved strip in this viewport. */
export function reservedBox(area: ReservedArea, viewport: Viewport): Box {
  const height = Math.min(area.size, viewport.height);
  return { top: area.edge === 'top' ? 0 : viewport.height - height, left: 0, width: viewport.width, height };
}

/**
 * The area the panel keeps clear of: the reserved strip, stretched to take in the measured bar
 * when the bar is on the same edge (a bar taller than expected, or a cluster narrower than the
 * window, still leaves the panel clear of the whole strip). A bar measured on the other edge is
 * believed over the reserved guess.
 */
export function controlsArea(area: ReservedArea, viewport: Viewport, measured: Box | null): Box {
  const strip = reservedBox(area, viewport);
  if (!measured) return strip;
  const measuredTop = measured.top + measured.height / 2 < viewport.height / 2;
  if (measuredTop !== (area.edge === 'top')) return measured;
  const top = Math.min(strip.top, measured.top);
  const bottom = Math.max(strip.top + strip.height, measured.top + measured.height);
  return { top, left: 0, width: viewport.width, height: bottom - top };
}

function overlaps(aStart: number, aSize: number, bStart: number, bSize: number): boolean {
  return aStart < bStart + bSize && bStart < aStart + aSize;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return overlaps(a.left, a.width, b.left, b.width) && overlaps(a.top, a.height, b.top, b.height);
}
