import { describe, expect, it } from 'vitest';
import { HostToPanelSchema, type CallInfo } from '@/utils/host/frame';
import { hostStatus, hostStep, initialHost, LEAVE_AFTER, type HostEvent, type HostState } from '@/utils/host/host-state';
import type { CallPhase } from '@/utils/platforms';

// The call page's content script feeds the same state machine as practice mode: these are the
// transitions only a real call page has (a lobby, a call that starts and ends, a page that reloads the frame).

const CALL: CallInfo = { platform: 'meet', inCall: false, meetingCode: 'abc-defg-hij', meetingUrl: '', title: 'Phone screen' };
const ready: HostEvent = { type: 'panel', message: { panelist: 1, type: 'ready' } };
const seen = (phase: CallPhase, call: Partial<CallInfo> = {}): HostEvent => ({ type: 'seen', phase, call: { ...CALL, ...call } });
const toggle: HostEvent = { type: 'tab', message: { panelist: 1, type: 'toggle-panel' } };

function run(state: HostState, ...events: HostEvent[]) {
  const posts = [];
  for (const event of events) {
    const step = hostStep(state, event);
    state = step.state;
    posts.push(...step.post);
  }
  for (const message of posts) expect(HostToPanelSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
  return { state, posts };
}

const onLanding = () => initialHost(CALL, 'none', false);

describe('the call page host', () => {
  it('stays away from the landing page and the lobby, and appears when the call starts', () => {
    let { state } = run(onLanding(), seen('none'), seen('lobby'), seen('lobby'));
    expect(state).toMatchObject({ shown: false, phase: 'lobby' });
    ({ state } = run(state, seen('call')));
    expect(state).toMatchObject({ shown: true, ready: false, phase: 'call' });
    const { posts } = run(state, ready);
    expect(posts).toContainEqual({ panelist: 1, type: 'call', call: { ...CALL, inCall: true } });
  });

  it('brings a panel the user hid in the lobby back once when the call really starts, and then keeps it hidden', () => {
    let { state } = run(onLanding(), seen('lobby'), toggle, ready);
    expect(state.shown).toBe(true);
    ({ state } = run(state, toggle, seen('lobby')));
    expect(state.shown).toBe(false);
    ({ state } = run(state, seen('call')));
    expect(state.shown).toBe(true);
    ({ state } = run(state, ready, toggle, seen('call'), seen('call'), seen('call')));
    expect(state.shown).toBe(false);
  });

  it('does not read a blink of the leave control as the call ending and restarting', () => {
    let { state } = run(onLanding(), seen('call'), ready, toggle);
    const blinks = Array.from({ length: LEAVE_AFTER - 1 }, () => seen('none'));
    ({ state } = run(state, ...blinks, seen('call')));
    expect(state).toMatchObject({ shown: false, phase: 'call', missed: 0 });
  });

  it('never hides the panel when the call ends, and tells it the call ended', () => {
    const { state: inCall } = run(onLanding(), seen('call'), ready);
    const ending = Array.from({ length: LEAVE_AFTER }, () => seen('none'));
    const { state, posts } = run(inCall, ...ending);
    expect(state).toMatchObject({ shown: true, phase: 'none' });
    expect(posts).toEqual([{ panelist: 1, type: 'call', call: { ...CALL, inCall: false } }]);
    // A new call on the same page (rejoining) shows a panel the user closed after the last one.
    const { state: closed } = run(state, { type: 'panel', message: { panelist: 1, type: 'close' } });
    expect(run(closed, seen('call')).state.shown).toBe(true);
  });

  it('posts each change of the call facts once', () => {
    const { state } = run(onLanding(), seen('call'), ready);
    expect(run(state, seen('call'), seen('call')).posts).toEqual([]);
    expect(run(state, seen('call', { title: 'Renamed' }), seen('call', { title: 'Renamed' })).posts).toEqual([
      { panelist: 1, type: 'call', call: { ...CALL, inCall: true, title: 'Renamed' } },
    ]);
  });

  it('opens by hand where no call is found, and the popup hears what the page looks like', () => {
    const { state } = run(onLanding(), seen('none'), toggle);
    expect(hostStatus(state)).toEqual({
      platform: 'meet',
      inCall: false,
      shown: true,
      layout: state.layout,
      phase: 'none',
      cramped: false,
    });
  });

  it('waits for a reloaded or replaced frame to say ready again, and then tells it everything again', () => {
    const { state } = run(onLanding(), seen('call'), ready, { type: 'reloaded' });
    expect(state.ready).toBe(false);
    const command = { panelist: 1, type: 'command', command: 'toggle-timer' } as const;
    const held = run(state, { type: 'tab', message: command });
    expect(held.posts).toEqual([]);
    expect(run(held.state, ready).posts.map((m) => m.type)).toEqual(['layout', 'call', 'command']);
  });

  it('tells the panel when the window gets too small for it beside the controls, and when it no longer is', () => {
    const { state, posts } = run(onLanding(), seen('call'), { type: 'fit', cramped: true }, ready);
    expect(posts).toContainEqual({ panelist: 1, type: 'fit', cramped: true });
    expect(hostStatus(state).cramped).toBe(true);
    expect(run(state, { type: 'fit', cramped: true }).posts).toEqual([]);
    expect(run(state, { type: 'fit', cramped: false }).posts).toEqual([{ panelist: 1, type: 'fit', cramped: false }]);
  });
});
