import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '@/utils/host/frame';
import {
  acceptPanelMessage,
  boxesOverlap,
  CONTROLS_GAP,
  layoutKey,
  parseStoredLayout,
  parseTabToHost,
  PILL,
  placePanel,
} from '@/utils/host/placement';
import { adapterFor } from '@/utils/platforms';

const VIEWPORT = { width: 1280, height: 800 };
const BOTTOM_BAR = { top: 720, left: 0, width: 1280, height: 80 };
const TOP_BAR = { top: 48, left: 68, width: 1212, height: 56 };

describe('placePanel', () => {
  it('docks right at full height when the call has no known controls', () => {
    expect(placePanel(DEFAULT_LAYOUT, VIEWPORT, null)).toEqual({ top: 0, left: 900, width: 380, height: 800 });
  });

  it('stops above a bottom control bar, never over it', () => {
    const box = placePanel(DEFAULT_LAYOUT, VIEWPORT, BOTTOM_BAR);
    expect(box).toEqual({ top: 0, left: 900, width: 380, height: 720 - CONTROLS_GAP });
    expect(boxesOverlap(box, BOTTOM_BAR)).toBe(false);
  });

  it('starts below a control bar at the top (Teams)', () => {
    const box = placePanel(DEFAULT_LAYOUT, VIEWPORT, TOP_BAR);
    expect(box.top).toBe(48 + 56 + CONTROLS_GAP);
    expect(box.top + box.height).toBe(800);
    expect(boxesOverlap(box, TOP_BAR)).toBe(false);
  });

  it('ignores controls that are not in the panel column', () => {
    const leftCluster = { top: 720, left: 0, width: 400, height: 80 };
    expect(placePanel(DEFAULT_LAYOUT, VIEWPORT, leftCluster).height).toBe(800);
    expect(placePanel({ ...DEFAULT_LAYOUT, side: 'left' }, VIEWPORT, leftCluster).height).toBe(720 - CONTROLS_GAP);
  });

  it('docks left with the chosen width', () => {
    expect(placePanel({ collapsed: false, side: 'left', width: 500 }, VIEWPORT, BOTTOM_BAR)).toMatchObject({ left: 0, width: 500 });
  });

  it('collapses to a pill at the docked edge, clear of the controls', () => {
    const right = placePanel({ ...DEFAULT_LAYOUT, collapsed: true }, VIEWPORT, TOP_BAR);
    expect(right).toEqual({ top: 48 + 56 + 2 * CONTROLS_GAP, left: 1280 - PILL.width, width: PILL.width, height: PILL.height });
    expect(boxesOverlap(right, TOP_BAR)).toBe(false);
    expect(placePanel({ collapsed: true, side: 'left', width: 600 }, VIEWPORT, BOTTOM_BAR)).toMatchObject({ left: 0, width: PILL.width });
  });

  it('never gets wider than the window', () => {
    expect(placePanel({ ...DEFAULT_LAYOUT, width: 720 }, { width: 500, height: 600 }, null)).toEqual({
      top: 0,
      left: 0,
      width: 500,
      height: 600,
    });
  });
});

describe('acceptPanelMessage', () => {
  const panelWindow = { name: 'panel frame' };
  const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  const ready = { panelist: 1, type: 'ready' };

  it('accepts a valid message from the panel frame and the extension origin', () => {
    expect(acceptPanelMessage({ source: panelWindow, origin, data: ready }, panelWindow, [origin])).toEqual(ready);
    const layout = { panelist: 1, type: 'layout', layout: { collapsed: true, side: 'left', width: 400 } };
    expect(acceptPanelMessage({ source: panelWindow, origin, data: layout }, panelWindow, [origin])).toEqual(layout);
  });

  it('refuses the call page posting with our shape (wrong window)', () => {
    expect(acceptPanelMessage({ source: { other: true }, origin, data: ready }, panelWindow, [origin])).toBeNull();
  });

  it('refuses another origin even from the right window (navigated frame)', () => {
    expect(acceptPanelMessage({ source: panelWindow, origin: 'https://meet.google.com', data: ready }, panelWindow, [origin])).toBeNull();
  });

  it('refuses malformed messages and a missing panel', () => {
    const tooWide = { panelist: 1, type: 'layout', layout: { collapsed: false, side: 'right', width: 9000 } };
    expect(acceptPanelMessage({ source: panelWindow, origin, data: tooWide }, panelWindow, [origin])).toBeNull();
    expect(acceptPanelMessage({ source: panelWindow, origin, data: 'close' }, panelWindow, [origin])).toBeNull();
    expect(acceptPanelMessage({ source: null, origin, data: ready }, null, [origin])).toBeNull();
  });
});

describe('stored layout and tab messages', () => {
  it('keys the layout per platform and validates what was stored', () => {
    expect(layoutKey('zoom')).toBe('layout:zoom');
    expect(parseStoredLayout({ collapsed: true, side: 'left', width: 320 })).toEqual({ collapsed: true, side: 'left', width: 320 });
    expect(parseStoredLayout({ collapsed: true, side: 'top', width: 320 })).toBeNull();
    expect(parseStoredLayout(undefined)).toBeNull();
  });

  it('accepts only the toggle, command and status messages', () => {
    expect(parseTabToHost({ panelist: 1, type: 'toggle-panel' })).toEqual({ panelist: 1, type: 'toggle-panel' });
    expect(parseTabToHost({ panelist: 1, type: 'command', command: 'next-section' })).toEqual({
      panelist: 1,
      type: 'command',
      command: 'next-section',
    });
    expect(parseTabToHost({ panelist: 1, type: 'command', command: 'format-disk' })).toBeNull();
    expect(parseTabToHost({ panelist: 1, name: 'getKit' })).toBeNull();
  });
});

describe('adapterFor', () => {
  it('picks one adapter per call site and none elsewhere', () => {
    expect(adapterFor('https://meet.google.com/abc-defg-hij')?.platform).toBe('meet');
    expect(adapterFor('https://us02web.zoom.us/wc/join/123456789')?.platform).toBe('zoom');
    expect(adapterFor('https://teams.live.com/v2/')?.platform).toBe('teams');
    expect(adapterFor('https://zoom.us/j/123456789')).toBeNull();
    expect(adapterFor('https://example.com/abc-defg-hij')).toBeNull();
  });
});
