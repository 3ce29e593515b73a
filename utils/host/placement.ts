import type { PanelLayout, PanelToHost } from './frame';
import { readLayout, readPanelToHost, readTabToHost, type TabToHost } from './frame-guards';
import type { Box } from '../platforms/types';

/**
 * Host-side logic of the in-call panel that needs no DOM: where the panel goes, which messages
 * from its frame are trusted, and what the background may ask the content script.
 */

/** The collapsed panel: a pill at the docked edge, big enough for the running section timer. */
export const PILL = { width: 200, height: 48 } as const;
/** Air between the panel and the call's control bar. */
export const CONTROLS_GAP = 8;
/** The panel never gets shorter than the pill, even on a tiny window. */
const MIN_HEIGHT = PILL.height;

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

function overlaps(aStart: number, aSize: number, bStart: number, bSize: number): boolean {
  return aStart < bStart + bSize && bStart < aStart + aSize;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return overlaps(a.left, a.width, b.left, b.width) && overlaps(a.top, a.height, b.top, b.height);
}

/** What a `message` event looked like, reduced to what the trust decision needs. */
export interface FrameMessage {
  source: unknown;
  origin: string;
  data: unknown;
}

/**
 * A panel message is trusted only if it comes from our own iframe's window AND from the extension's
 * origin (any page script can postMessage to the top window; neither check alone is enough).
 * Returns the parsed message or null.
 */
export function acceptPanelMessage(event: FrameMessage, panelWindow: unknown, panelOrigins: readonly string[]): PanelToHost | null {
  if (!panelWindow || event.source !== panelWindow) return null;
  if (!panelOrigins.includes(event.origin)) return null;
  return readPanelToHost(event.data);
}

/** Storage key of the remembered layout; one per platform because call UIs differ. */
export function layoutKey(platform: string): string {
  return `layout:${platform}`;
}

/** A stored layout, or null when missing or no longer valid (the caller then uses the default). */
export function parseStoredLayout(value: unknown): PanelLayout | null {
  return readLayout(value);
}

/** background or popup → content script; checked without zod to keep the content script small. */
export type { TabToHost };
export const parseTabToHost = readTabToHost;

/** The content script's answer to every TabToHost message. */
export interface PanelStatus {
  platform: string;
  inCall: boolean;
  shown: boolean;
  layout: PanelLayout;
}
