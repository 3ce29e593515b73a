import type { Platform } from '../domain/interview/schema';

/** A rectangle in CSS pixels, relative to the top-level page's viewport. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface MeetingInfo {
  /** The platform's own meeting id (Meet code, Zoom number, Teams thread) or '' when unreadable. */
  meetingCode: string;
  /** A link that identifies the meeting, or '' when the page does not expose one. */
  meetingUrl: string;
  /** The meeting's human title, or '' when the page only shows a generic one. */
  title: string;
}

/**
 * Where the page is, as far as the panel cares: `none` (landing page, app shell, after the call),
 * `lobby` (pre-join screen, waiting room: the panel waits) or `call` (the call really runs).
 */
export type CallPhase = 'none' | 'lobby' | 'call';

/**
 * Everything one call site looks like, as lists of signals tried in order: CSS selectors, or
 * `icon:<ligature>` for an icon-font glyph (Material's `call_end` reads the same in every UI
 * language). Structural signals (ids, `data-*`, `jsname`, icons, containers) come first, English
 * labels after them, localised labels last as extra hints. The next change to a site is a
 * one-line edit here.
 */
export interface SignalTable {
  /** The leave / hang-up / end control. In a call, and on some waiting screens too. */
  leave: readonly string[];
  /** Only there once the call really runs: participant tiles, media, the present/share control. */
  inCall: readonly string[];
  /** Waiting rooms and lobby notices. They rule the call out even next to a leave control. */
  waiting: readonly string[];
  /** The pre-join screen (a lobby without a leave control). */
  prejoin: readonly string[];
  /** The call's control bar, where the site marks it; otherwise it is found around the leave control. */
  bar: readonly string[];
}

export type SignalKind = keyof SignalTable;

/**
 * Where the call's controls sit when they cannot be measured (the panel was opened by hand on a
 * page Panelist cannot read, or the bar is hidden or sliding): a strip along one edge.
 */
export interface ReservedArea {
  edge: 'top' | 'bottom';
  /** Height of the strip in CSS pixels. */
  size: number;
}

/** What one read of the page found. */
export interface Reading {
  phase: CallPhase;
  /** The leave control; in a call, callers keep it and re-check `isConnected` instead of re-reading. */
  control: Element | null;
  /**
   * The signals that matched, as `<kind> <signal>` (our own selectors, never page text), for the
   * popup's diagnostic. Filled only when asked for: the per-second check does not need it.
   */
  signals: string[];
}

/** The control bar as found on the page: its element and, for Zoom, the frame it lives in. */
export interface Bar {
  element: Element;
  frame: Element | null;
}

/**
 * One call site. Pure functions over a Document and a URL so they can be tested on fixture HTML:
 * no browser.* APIs, no timers, no state.
 */
export interface PlatformAdapter {
  platform: Extract<Platform, 'meet' | 'zoom' | 'teams'>;
  signals: SignalTable;
  reserved: ReservedArea;
  /** Whether this adapter is responsible for the page at `url`. */
  matches(url: URL): boolean;
  /** One full read: the phase, the leave control and (with `diagnose`) which signals matched. */
  read(doc: Document, url: URL, diagnose?: boolean): Reading;
  /** The leave control while in a call, or null on landing pages, lobbies and waiting rooms. */
  callControl(doc: Document, url: URL): Element | null;
  /** In a call: not a landing page, not the lobby, pre-join screen or waiting room. */
  isCall(doc: Document, url: URL): boolean;
  meetingInfo(doc: Document, url: URL): MeetingInfo;
  /** The call's control bar element, or null when there is none to be found. */
  findBar(doc: Document): Bar | null;
  /** The call's own control bar (leave, mute…) as it is on screen now, in the viewport; null if unknown. */
  controlsRect(doc: Document): Box | null;
}
