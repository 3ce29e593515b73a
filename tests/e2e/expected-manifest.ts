/**
 * The reviewed permission set (docs/permissions.md). Spelled out here rather than imported from
 * wxt.config.ts so that widening the manifest fails the end-to-end suite until the review and
 * this list are updated together.
 */
export const EXPECTED_PERMISSIONS = {
  chrome: ['storage', 'alarms', 'notifications', 'sidePanel'],
  // Firefox has a sidebar instead of a side panel; sidebar_action needs no permission.
  firefox: ['storage', 'alarms', 'notifications'],
} as const;

/** The call sites, and nothing else. */
export const EXPECTED_HOSTS = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
] as const;

export const EXPECTED_CSP = "script-src 'self'; object-src 'self'";
