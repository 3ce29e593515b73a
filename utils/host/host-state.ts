import type { CallInfo, HostToPanel, PanelLayout, PanelToHost } from './frame';
import { DEFAULT_LAYOUT, type PanelStatus, type TabToHost } from './frame-guards';
import type { CallPhase } from '../platforms/types';

/**
 * The host side of the panel, with no DOM: whether the panel is on the page, whether its frame has
 * said 'ready', its layout, the commands waiting for it, and what it was last told about the call.
 * Both hosts feed events into it and only carry out the steps it returns: the call page's content
 * script (entrypoints/call.content) and practice mode (components/practice/usePracticeHost.ts).
 *
 * The panel shows itself once when a call really starts (also after the user hid it in the lobby)
 * and never hides itself when the call ends, so an interview in progress is not lost. In between,
 * the user's choice sticks.
 */

export interface HostState {
  /** Whether the panel frame is on the page at all (its ✕ removes it; the toolbar button brings it back). */
  shown: boolean;
  /** Whether the framed panel has said 'ready' since it was last (re)loaded. */
  ready: boolean;
  layout: PanelLayout;
  /** The user changed the layout during this visit: a remembered one arriving late does not override it. */
  layoutTouched: boolean;
  /** Keyboard commands that arrived before the panel was ready. */
  pending: HostToPanel[];
  phase: CallPhase;
  /** Checks in a row that saw no call while in one (a call ends only after LEAVE_AFTER of them). */
  missed: number;
  /** The call as the host last saw it. */
  call: CallInfo;
  /** `call` as last posted to the panel, serialised, so each change is posted once. */
  posted: string;
  /** The window is too small for the panel beside the call's controls. */
  cramped: boolean;
}

/**
 * A call ends after this many checks in a row without it. Call pages rebuild their bars (and
 * Zoom hides its footer) mid-call; a blink must not read as the call ending and a new one
 * starting, which would bring back a panel the user hid.
 */
export const LEAVE_AFTER = 3;

export type HostEvent =
  /** A message from the (already trusted) panel frame. */
  | { type: 'panel'; message: PanelToHost }
  /** A message from the background or the popup. */
  | { type: 'tab'; message: TabToHost }
  /** The page's own show/hide control (practice mode's call bar). */
  | { type: 'toggle' }
  /** What one check of the page saw. */
  | { type: 'seen'; phase: CallPhase; call: CallInfo }
  /** The layout remembered from an earlier visit (null when none is stored or it is no longer valid). */
  | { type: 'stored-layout'; layout: PanelLayout | null }
  /** The panel frame was reloaded or replaced: it knows nothing until it says 'ready' again. */
  | { type: 'reloaded' }
  /** Where the panel was placed turned out cramped, or stopped being so. */
  | { type: 'fit'; cramped: boolean };

/** What the host must do after an event: the new state, messages to post into the panel, a layout to remember. */
export interface HostStep {
  state: HostState;
  post: HostToPanel[];
  /** Set when the user changed the layout and it should be stored. */
  remember?: PanelLayout;
}

/** Storage key of the remembered layout; one per platform because call UIs differ. */
export function layoutKey(platform: string): string {
  return `layout:${platform}`;
}

export function initialHost(call: CallInfo, phase: CallPhase, shown: boolean, layout: PanelLayout = DEFAULT_LAYOUT): HostState {
  return { shown, ready: false, layout, layoutTouched: false, pending: [], phase, missed: 0, call, posted: '', cramped: false };
}

const hidden = (state: HostState): HostState => ({ ...state, shown: false, ready: false, pending: [] });
const layoutMessage = (layout: PanelLayout): HostToPanel => ({ panelist: 1, type: 'layout', layout });

/** The call message, if the panel is listening and has not been told this yet. */
function callUpdate(state: HostState): HostStep {
  const serialised = JSON.stringify(state.call);
  if (!state.ready || serialised === state.posted) return { state, post: [] };
  return { state: { ...state, posted: serialised }, post: [{ panelist: 1, type: 'call', call: state.call }] };
}

function onPanel(state: HostState, message: PanelToHost): HostStep {
  switch (message.type) {
    case 'ready': {
      // A (re)loaded panel knows nothing yet: layout first, then the call and the fit, then any queued commands.
      const next = { ...state, ready: true, pending: [], posted: JSON.stringify(state.call) };
      const post: HostToPanel[] = [layoutMessage(state.layout), { panelist: 1, type: 'call', call: state.call }];
      if (state.cramped) post.push({ panelist: 1, type: 'fit', cramped: true });
      return { state: next, post: [...post, ...state.pending] };
    }
    case 'layout':
      return { state: { ...state, layout: message.layout, layoutTouched: true }, post: [], remember: message.layout };
    case 'close':
      return { state: hidden(state), post: [] };
  }
}

/** Show or hide the panel, as the toolbar button, the popup or the page's own control asks. */
function toggled(state: HostState): HostState {
  return state.shown ? hidden(state) : { ...state, shown: true, ready: false };
}

function onTab(state: HostState, message: TabToHost): HostStep {
  if (message.type === 'toggle-panel') return { state: toggled(state), post: [] };
  if (message.type !== 'command') return { state, post: [] };
  const command: HostToPanel = { panelist: 1, type: 'command', command: message.command };
  // A timer command is meant for the panel: bring it back if it was closed, deliver once it is ready.
  if (!state.shown) return { state: { ...state, shown: true, ready: false, pending: [command] }, post: [] };
  if (state.ready) return { state, post: [command] };
  return { state: { ...state, pending: [...state.pending, command] }, post: [] };
}

function onSeen(state: HostState, phase: CallPhase, call: CallInfo): HostStep {
  const leaving = state.phase === 'call' && phase !== 'call' && state.missed + 1 < LEAVE_AFTER;
  if (leaving) return { state: { ...state, missed: state.missed + 1 }, post: [] };
  const starts = phase === 'call' && state.phase !== 'call';
  const next: HostState = { ...state, phase, missed: 0, call: { ...call, inCall: phase === 'call' } };
  if (starts && !state.shown) return { state: { ...next, shown: true, ready: false }, post: [] };
  return callUpdate(next);
}

/** The one transition function: every host event, every host. */
export function hostStep(state: HostState, event: HostEvent): HostStep {
  switch (event.type) {
    case 'panel':
      return onPanel(state, event.message);
    case 'tab':
      return onTab(state, event.message);
    case 'toggle':
      return { state: toggled(state), post: [] };
    case 'seen':
      return onSeen(state, event.phase, event.call);
    case 'stored-layout':
      if (!event.layout || state.layoutTouched) return { state, post: [] };
      return { state: { ...state, layout: event.layout }, post: state.ready ? [layoutMessage(event.layout)] : [] };
    case 'reloaded':
      return { state: { ...state, ready: false }, post: [] };
    case 'fit':
      if (event.cramped === state.cramped) return { state, post: [] };
      return {
        state: { ...state, cramped: event.cramped },
        post: state.ready ? [{ panelist: 1, type: 'fit', cramped: event.cramped }] : [],
      };
  }
}

/** What the host answers the popup and the background. */
export function hostStatus(state: HostState): PanelStatus {
  return {
    platform: state.call.platform,
    inCall: state.phase === 'call',
    shown: state.shown,
    layout: state.layout,
    phase: state.phase,
    cramped: state.cramped,
  };
}
