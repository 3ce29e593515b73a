import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, HostToPanelSchema, type PanelLayout } from '@/utils/host/frame';
import { hostStatus, hostStep, type HostState } from '@/utils/host/host-state';
import { initialPracticeHost, PRACTICE_CALL, PRACTICE_LAYOUT_KEY } from '@/utils/host/practice-host';
import type { TabToHost } from '@/utils/host/frame-guards';
import type { PanelToHost } from '@/utils/host/frame';

// Practice mode is one host of the shared state machine: the same assertions it always had.

const ready = { panelist: 1, type: 'ready' } as const;
const narrowLeft: PanelLayout = { collapsed: false, side: 'left', width: 320 };
const nextSection = { panelist: 1, type: 'command', command: 'next-section' } as const;

const onPanelMessage = (state: HostState, message: PanelToHost) => hostStep(state, { type: 'panel', message });
const onTabMessage = (state: HostState, message: TabToHost) => {
  const step = hostStep(state, { type: 'tab', message });
  return { ...step, status: hostStatus(step.state) };
};
const togglePanel = (state: HostState) => hostStep(state, { type: 'toggle' }).state;
const onStoredLayout = (state: HostState, layout: PanelLayout | null) => hostStep(state, { type: 'stored-layout', layout });

describe('practice host: the panel frame', () => {
  it("answers the panel's 'ready' with its layout and then the practice call, both valid host messages", () => {
    const { state, post } = onPanelMessage(initialPracticeHost(narrowLeft), ready);
    expect(state.ready).toBe(true);
    expect(post).toEqual([
      { panelist: 1, type: 'layout', layout: narrowLeft },
      {
        panelist: 1,
        type: 'call',
        call: { platform: 'practice', inCall: true, meetingCode: 'practice', meetingUrl: '', title: 'Practice interview' },
      },
    ]);
    for (const message of post) expect(HostToPanelSchema.safeParse(message).success).toBe(true);
  });

  it('applies a layout the panel asks for and says to remember it', () => {
    const collapsed = { ...DEFAULT_LAYOUT, collapsed: true };
    const step = onPanelMessage(initialPracticeHost(), { panelist: 1, type: 'layout', layout: collapsed });
    expect(step.state.layout).toEqual(collapsed);
    expect(step.remember).toEqual(collapsed);
    expect(step.post).toEqual([]);
  });

  it("removes the panel when it asks to close, and a reloaded panel is not 'ready' until it says so again", () => {
    const open = onPanelMessage(initialPracticeHost(), ready).state;
    const closed = onPanelMessage(open, { panelist: 1, type: 'close' }).state;
    expect(closed).toMatchObject({ shown: false, ready: false });
    const reopened = togglePanel(closed);
    expect(reopened).toMatchObject({ shown: true, ready: false });
  });

  it('remembers the layout per platform, under the practice platform', () => {
    expect(PRACTICE_LAYOUT_KEY).toBe('layout:practice');
    expect(PRACTICE_CALL.platform).toBe('practice');
  });
});

describe('practice host: toolbar button, popup and keyboard commands', () => {
  it('toggles the panel and reports the new state like a call page does', () => {
    const shown = onPanelMessage(initialPracticeHost(), ready).state;
    const hidden = onTabMessage(shown, { panelist: 1, type: 'toggle-panel' });
    expect(hidden.state.shown).toBe(false);
    expect(hidden.status).toMatchObject({ platform: 'practice', inCall: true, shown: false, layout: DEFAULT_LAYOUT });
    expect(onTabMessage(hidden.state, { panelist: 1, type: 'toggle-panel' }).status.shown).toBe(true);
  });

  it('answers a status probe without changing anything', () => {
    const state = initialPracticeHost(narrowLeft);
    const step = onTabMessage(state, { panelist: 1, type: 'panel-status' });
    expect(step.state).toBe(state);
    expect(step.post).toEqual([]);
    expect(step.status).toEqual({ platform: 'practice', inCall: true, shown: true, layout: narrowLeft, phase: 'call', cramped: false });
  });

  it('forwards a timer command to a ready panel at once', () => {
    const ready_ = onPanelMessage(initialPracticeHost(), ready).state;
    expect(onTabMessage(ready_, { panelist: 1, type: 'command', command: 'next-section' }).post).toEqual([nextSection]);
  });

  it('holds a command for a panel still loading, and delivers it after the layout and call on ready', () => {
    const loading = onTabMessage(initialPracticeHost(), { panelist: 1, type: 'command', command: 'next-section' });
    expect(loading.post).toEqual([]);
    const delivered = onPanelMessage(loading.state, ready);
    expect(delivered.post.map((m) => m.type)).toEqual(['layout', 'call', 'command']);
    expect(delivered.post[2]).toEqual(nextSection);
    expect(delivered.state.pending).toEqual([]);
  });

  it('brings a closed panel back for a timer command, so the command is not lost', () => {
    const closed = togglePanel(initialPracticeHost());
    const step = onTabMessage(closed, { panelist: 1, type: 'command', command: 'toggle-timer' });
    expect(step.state.shown).toBe(true);
    expect(step.status.shown).toBe(true);
    expect(onPanelMessage(step.state, ready).post).toContainEqual({ panelist: 1, type: 'command', command: 'toggle-timer' });
  });
});

describe('practice host: the remembered layout', () => {
  it('applies a stored layout, posting it only to a panel that is listening', () => {
    const loading = onStoredLayout(initialPracticeHost(), narrowLeft);
    expect(loading.state.layout).toEqual(narrowLeft);
    expect(loading.post).toEqual([]);
    const listening = onStoredLayout(onPanelMessage(initialPracticeHost(), ready).state, narrowLeft);
    expect(listening.post).toEqual([{ panelist: 1, type: 'layout', layout: narrowLeft }]);
  });

  it('keeps the layout the user already changed during this visit, and ignores a missing one', () => {
    const touched = onPanelMessage(initialPracticeHost(), { panelist: 1, type: 'layout', layout: DEFAULT_LAYOUT }).state;
    expect(onStoredLayout(touched, narrowLeft).state.layout).toEqual(DEFAULT_LAYOUT);
    const state = initialPracticeHost();
    expect(onStoredLayout(state, null).state).toBe(state);
  });
});
