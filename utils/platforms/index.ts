import { meet } from './meet';
import { teams } from './teams';
import { zoom } from './zoom';
import type { PlatformAdapter } from './types';

export type { Bar, Box, CallPhase, MeetingInfo, PlatformAdapter, Reading, ReservedArea, SignalTable } from './types';
export const ADAPTERS: readonly PlatformAdapter[] = [meet, zoom, teams];

/** The adapter for a call site, or null for any other page. */
export function adapterFor(url: URL | string): PlatformAdapter | null {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return ADAPTERS.find((adapter) => adapter.matches(parsed)) ?? null;
}
