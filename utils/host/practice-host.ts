import { DEFAULT_LAYOUT, type CallInfo, type HostToPanel, type PanelLayout, type PanelToHost } from './frame';
import { layoutKey, type PanelStatus, type TabToHost } from './placement';

/**
 * Host side of the panel in practice mode, with no DOM: the practice page plays the part the
 * content script plays on a real call page (it frames panel.html, tells it about the "call",
 * applies its layout and answers the toolbar button), so the panel runs exactly as it would
 * in a call. The page glue (components/practice/usePracticeHost.ts) only moves messages.
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

export interface PracticeHostState {
  /** Whether the panel frame is on the page at all (its ✕ removes it; the toolbar button brings it back). */
  shown: boolean;
  /** Whether the framed panel has said 'ready' since it was last (re)loaded. */
  ready: boolean;
  layout: PanelLayout;
  /** Keyboard commands that arrived before the panel was ready. */
  pending: HostToPanel[];
}

export const initialPracticeHost = (layout: PanelLayout = DEFAULT_LAYOUT): PracticeHostState => ({
  shown: true,
  ready: false,
  layout,
  pending: [],
});

/** What the page must do after a message: the new state, messages to post into the panel, and a layout to remember. */
export interface HostStep {
  state: PracticeHostState;
  post: HostToPanel[];
  /** Set when the user changed the layout and it should be stored. */
  remember?: PanelLayout;
}

/** A message from the (already trusted) panel frame. */
export function onPanelMessage(state: PracticeHostState, message: PanelToHost): HostStep {
  switch (message.type) {
    case 'ready':
      // A (re)loaded panel knows nothing yet: layout first, then the call, then any queued commands.
      return {
        state: { ...state, ready: true, pending: [] },
        post: [{ panelist: 1, type: 'layout', layout: state.layout }, { panelist: 1, type: 'call', call: PRACTICE_CALL }, ...state.pending],
      };
    case 'layout':
      return { state: { ...state, layout: message.layout }, post: [], remember: message.layout };
    case 'close':
      return { state: { ...state, shown: false, ready: false, pending: [] }, post: [] };
  }
}

/** Show or hide the panel, as the toolbar button, the popup or the page's own control asks. */
export function togglePanel(state: PracticeHostState): PracticeHostState {
  return state.shown ? { ...state, shown: false, ready: false, pending: [] } : { ...state, shown: true, ready: false };
}

/** A message from the background or the popup (TabToHost), and the status the sender gets back. */
export function onTabMessage(state: PracticeHostState, message: TabToHost): HostStep & { status: PanelStatus } {
  let next = state;
  const post: HostToPanel[] = [];
  if (message.type === 'toggle-panel') next = togglePanel(state);
  else if (message.type === 'command') {
    const command: HostToPanel = { panelist: 1, type: 'command', command: message.command };
    // A timer command is meant for the panel: bring it back if it was closed, deliver once it is ready.
    if (!state.shown) next = { ...state, shown: true, ready: false, pending: [command] };
    else if (state.ready) post.push(command);
    else next = { ...state, pending: [...state.pending, command] };
  }
  return { state: next, post, status: { platform: PRACTICE_CALL.platform, inCall: true, shown: next.shown, layout: next.layout } };
}

/**
 * A layout remembered from an earlier visit, applied unless the user already changed the
 * layout in this one (their latest choice wins). Returns the message to post, if the panel is listening.
 */
export function onStoredLayout(state: PracticeHostState, stored: PanelLayout | null, touched: boolean): HostStep {
  if (!stored || touched) return { state, post: [] };
  return { state: { ...state, layout: stored }, post: state.ready ? [{ panelist: 1, type: 'layout', layout: stored }] : [] };
}
