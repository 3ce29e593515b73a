import type { CallPhase } from '../platforms/types';
import type { PanelLayout, PanelToHost } from './frame';

/**
 * Zod-free checks of the messages the content script receives. The content script runs inside
 * every call page, so it must stay a few kilobytes: zod alone would add ~30 KB gzipped to it.
 * tests/host/frame-guards.test.ts proves these agree with the zod schemas in frame.ts, which
 * the panel (an extension page, where size does not matter) keeps using.
 */

export const LAYOUT_WIDTH = { min: 280, max: 720 } as const;
export const DEFAULT_LAYOUT: PanelLayout = { collapsed: false, side: 'right', width: 380 };

export type TabCommand = 'toggle-timer' | 'next-section';

/**
 * The panel's key for its host, as the background relays it to the tab's top frame (see
 * utils/host/channel.ts): the host answers with a MessagePort posted straight into its own iframe.
 */
export interface FrameKey {
  panelist: 1;
  type: 'frame-key';
  key: string;
  /** The panel document's origin, the only one the port may be posted to. */
  origin: string;
}

/** background or popup → content script (the toolbar button, keyboard commands, a status probe, the frame key). */
export type TabToHost =
  | { panelist: 1; type: 'toggle-panel' }
  | { panelist: 1; type: 'command'; command: TabCommand }
  | { panelist: 1; type: 'panel-status' }
  | FrameKey;

/** The content script's (or practice page's) answer to every TabToHost message. */
export interface PanelStatus {
  platform: string;
  inCall: boolean;
  shown: boolean;
  layout: PanelLayout;
  /** What the page looks like: no call, a lobby or waiting room, or the call itself. */
  phase?: CallPhase;
  /** The detection signals that matched (`<kind> <signal>`, never page text): the popup's diagnostic. */
  signals?: string[];
  /** Something on the page covers the panel and could not be lifted off it. */
  covered?: boolean;
  /** The window is too small for the panel beside the call's controls. */
  cramped?: boolean;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOurs = (value: unknown): value is Loose => isObject(value) && value.panelist === 1;
/** Keys are crypto.randomUUID() strings; anything else is not one. */
export const isKey = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value);

/** A layout as the panel sends it or as it was stored, or null when it is not one. */
export function readLayout(value: unknown): PanelLayout | null {
  if (!isObject(value)) return null;
  const { collapsed, side, width } = value;
  if (typeof collapsed !== 'boolean') return null;
  if (side !== 'left' && side !== 'right') return null;
  if (typeof width !== 'number' || !Number.isFinite(width) || width < LAYOUT_WIDTH.min || width > LAYOUT_WIDTH.max) return null;
  return { collapsed, side, width };
}

export function readPanelToHost(value: unknown): PanelToHost | null {
  if (!isOurs(value)) return null;
  switch (value.type) {
    case 'ready':
      return { panelist: 1, type: 'ready' };
    case 'close':
      return { panelist: 1, type: 'close' };
    case 'layout': {
      const layout = readLayout(value.layout);
      return layout ? { panelist: 1, type: 'layout', layout } : null;
    }
    default:
      return null;
  }
}

export function readTabToHost(value: unknown): TabToHost | null {
  if (!isOurs(value)) return null;
  switch (value.type) {
    case 'toggle-panel':
      return { panelist: 1, type: 'toggle-panel' };
    case 'panel-status':
      return { panelist: 1, type: 'panel-status' };
    case 'command':
      return value.command === 'toggle-timer' || value.command === 'next-section'
        ? { panelist: 1, type: 'command', command: value.command }
        : null;
    case 'frame-key':
      return isKey(value.key) && typeof value.origin === 'string'
        ? { panelist: 1, type: 'frame-key', key: value.key, origin: value.origin }
        : null;
    default:
      return null;
  }
}
