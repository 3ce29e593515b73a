import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '@/utils/host/frame';
import { boxesOverlap, controlsArea, CONTROLS_GAP, fitPanel, MIN_CALL_WIDTH, PILL, placePanel, reservedBox } from '@/utils/host/placement';
import { readLayout, readTabToHost } from '@/utils/host/frame-guards';
import { layoutKey } from '@/utils/host/host-state';
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

describe('stored layout and tab messages', () => {
  it('keys the layout per platform and validates what was stored', () => {
    expect(layoutKey('zoom')).toBe('layout:zoom');
    expect(readLayout({ collapsed: true, side: 'left', width: 320 })).toEqual({ collapsed: true, side: 'left', width: 320 });
    expect(readLayout({ collapsed: true, side: 'top', width: 320 })).toBeNull();
    expect(readLayout(undefined)).toBeNull();
  });

  it('accepts only the toggle, command and status messages', () => {
    expect(readTabToHost({ panelist: 1, type: 'toggle-panel' })).toEqual({ panelist: 1, type: 'toggle-panel' });
    expect(readTabToHost({ panelist: 1, type: 'command', command: 'next-section' })).toEqual({
      panelist: 1,
      type: 'command',
      command: 'next-section',
    });
    expect(readTabToHost({ panelist: 1, type: 'command', command: 'format-disk' })).toBeNull();
    expect(readTabToHost({ panelist: 1, name: 'getKit' })).toBeNull();
  });
});

describe('adapterFor', () => {
  it('picks one adapter per call site and none elsewhere', () => {
    expect(adapterFor('https://meet.google.com/abc-defg-hij')?.platform).toBe('meet');
    expect(adapterFor('https://us02web.zoom.us/wc/join/123456789')?.platform).toBe('zoom');
    expect(adapterFor('https://teams.live.com/v2/')?.platform).toBe('teams');
    expect(adapterFor('https://teams.cloud.microsoft/v2/')?.platform).toBe('teams');
    expect(adapterFor('https://teams.live.com/light-meetings/launch?p=1')?.platform).toBe('teams');
    expect(adapterFor('https://acme.zoom.us/wc/join/123456789')?.platform).toBe('zoom');
    expect(adapterFor('https://zoom.us/j/123456789')).toBeNull();
    expect(adapterFor('https://example.com/abc-defg-hij')).toBeNull();
  });
});

describe('fitting the panel to a real window', () => {
  const MEET_STRIP = { edge: 'bottom', size: 96 } as const;
  const TEAMS_STRIP = { edge: 'top', size: 120 } as const;

  it('keeps clear of the reserved strip when nothing could be measured (opened by hand)', () => {
    const viewport = { width: 1024, height: 700 };
    const bottom = fitPanel(DEFAULT_LAYOUT, viewport, controlsArea(MEET_STRIP, viewport, null));
    expect(bottom.box).toEqual({ top: 0, left: 644, width: 380, height: 700 - 96 - CONTROLS_GAP });
    expect(bottom.cramped).toBe(false);
    const top = fitPanel(DEFAULT_LAYOUT, viewport, controlsArea(TEAMS_STRIP, viewport, null));
    expect(top.box.top).toBe(120 + CONTROLS_GAP);
    expect(boxesOverlap(top.box, reservedBox(TEAMS_STRIP, viewport))).toBe(false);
  });

  it('stretches the strip over a measured bar on the same edge, and believes a bar measured on the other one', () => {
    const viewport = { width: 1024, height: 768 };
    // A centre cluster of Meet's bar, narrower than the window and taller than the strip: the whole band is kept clear.
    const cluster = { top: 660, left: 300, width: 420, height: 100 };
    expect(controlsArea(MEET_STRIP, viewport, cluster)).toEqual({ top: 660, left: 0, width: 1024, height: 108 });
    const topBar = { top: 48, left: 0, width: 1024, height: 56 };
    expect(controlsArea(MEET_STRIP, viewport, topBar)).toEqual(topBar);
  });

  it('never covers the controls at 1024×700 or more, docked either side, expanded or collapsed', () => {
    for (const viewport of [
      { width: 1024, height: 700 },
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ])
      for (const strip of [MEET_STRIP, TEAMS_STRIP])
        for (const layout of [
          DEFAULT_LAYOUT,
          { collapsed: false, side: 'left', width: 720 },
          { ...DEFAULT_LAYOUT, collapsed: true },
        ] as const) {
          const area = controlsArea(strip, viewport, null);
          const { box, cramped } = fitPanel(layout, viewport, area);
          expect(boxesOverlap(box, area), JSON.stringify({ viewport, strip, layout })).toBe(false);
          expect(cramped).toBe(false);
          expect(viewport.width - box.width).toBeGreaterThanOrEqual(MIN_CALL_WIDTH);
        }
  });

  it('narrows the panel to leave the call room, and says when the window is too small for both', () => {
    const narrow = fitPanel({ ...DEFAULT_LAYOUT, width: 720 }, { width: 900, height: 700 }, null);
    expect(narrow.box.width).toBe(900 - MIN_CALL_WIDTH);
    expect(narrow.cramped).toBe(false);
    const tooNarrow = fitPanel(DEFAULT_LAYOUT, { width: 500, height: 700 }, null);
    expect(tooNarrow.box.width).toBe(280);
    expect(tooNarrow.cramped).toBe(true);
    const viewport = { width: 1024, height: 300 };
    const tooShort = fitPanel(DEFAULT_LAYOUT, viewport, controlsArea(MEET_STRIP, viewport, null));
    expect(tooShort.cramped).toBe(true);
    expect(boxesOverlap(tooShort.box, controlsArea(MEET_STRIP, viewport, null))).toBe(false);
  });
});
