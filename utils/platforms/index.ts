import type { CallInfo } from '../host/frame';
import { meet } from './meet';
import { teams } from './teams';
import { zoom } from './zoom';
import type { PlatformAdapter } from './types';

export type { Box, MeetingInfo, PlatformAdapter } from './types';
export const ADAPTERS: readonly PlatformAdapter[] = [meet, zoom, teams];

/** The adapter for a call site, or null for any other page. */
export function adapterFor(url: URL | string): PlatformAdapter | null {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return ADAPTERS.find((adapter) => adapter.matches(parsed)) ?? null;
}

/** The facts the panel receives about the call (see utils/host/frame.ts). */
export function readCall(adapter: PlatformAdapter, doc: Document, url: URL): CallInfo {
  return { platform: adapter.platform, inCall: adapter.isCall(doc, url), ...adapter.meetingInfo(doc, url) };
}
