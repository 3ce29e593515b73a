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
 * Everything Panelist knows about one call site. Pure functions over a Document and a URL so
 * they can be tested on fixture HTML: no browser.* APIs, no timers, no state.
 */
export interface PlatformAdapter {
  platform: Extract<Platform, 'meet' | 'zoom' | 'teams'>;
  /** Whether this adapter is responsible for the page at `url`. */
  matches(url: URL): boolean;
  /**
   * The control that exists only while the user is inside a call (leave / hang up), or null on
   * landing pages and lobbies. Callers may keep it and re-check `isConnected` instead of querying.
   */
  callControl(doc: Document, url: URL): Element | null;
  /** In a call: not a landing page, not the lobby or pre-join screen. */
  isCall(doc: Document, url: URL): boolean;
  meetingInfo(doc: Document, url: URL): MeetingInfo;
  /** The call's own control bar (leave, mute…), which the panel must never cover; null if unknown. */
  controlsRect(doc: Document): Box | null;
}
