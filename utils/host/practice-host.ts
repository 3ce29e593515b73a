import type { CallInfo, PanelLayout } from './frame';
import { DEFAULT_LAYOUT } from './frame-guards';
import { initialHost, layoutKey, type HostState } from './host-state';

/**
 * Practice mode as a host: the practice page plays the part the content script plays on a real
 * call page (it frames panel.html, tells it about the "call", applies its layout and answers the
 * toolbar button), through the same state machine (host-state.ts), so the panel runs exactly as
 * it would in a call. The page glue (components/practice/usePracticeHost.ts) only moves messages.
 */

/** The "call" practice mode reports: always in a call, with a fixed meeting code so a reload offers the same scorecard back. */
export const PRACTICE_CALL: CallInfo = {
  platform: 'practice',
  inCall: true,
  meetingCode: 'practice',
  meetingUrl: '',
  title: 'Practice interview',
};

/** Where the practice page remembers the panel's layout (per platform, like on the call sites). */
export const PRACTICE_LAYOUT_KEY = layoutKey(PRACTICE_CALL.platform);

/** Practice mode opens in its call, with the panel shown. */
export const initialPracticeHost = (layout: PanelLayout = DEFAULT_LAYOUT): HostState => initialHost(PRACTICE_CALL, 'call', true, layout);
