// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { TimerBar } from '@/components/panel/TimerBar';
import type { TimerAction } from '@/components/hooks/useInterview';
import { CollapsedPill } from '@/components/panel/CollapsedPill';
import { MINUTE } from '../../support/panel-store';
import { renderInInterview } from '../../support/interview-frame';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const kit = BUILTIN_KITS[0]!;
const phoneScreen = kit.rounds.find((r) => r.id === 'phone-screen')!;
const T0 = Date.UTC(2025, 0, 6, 10, 0, 0);
let now = T0;
const clock = () => now;

/** Move the injected clock and let the timer's 1-second interval fire once. */
function tickTo(at: number) {
  now = at;
  act(() => {
    vi.advanceTimersByTime(1000);
  });
}

const sectionClock = () => screen.getByText('Section').nextElementSibling!;
const roundClock = () => screen.getByText('Round').nextElementSibling!;
const alerts = () => screen.getByRole('status', { name: 'Timer alerts' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  now = T0;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderBar(events: TimerEvent[], onTimer = vi.fn((_action: TimerAction): string | null => null)) {
  renderInInterview(<TimerBar />, { kit, round: phoneScreen, events, clock, onTimer });
  return onTimer;
}

describe('timer bar', () => {
  it('counts the section and the round down from the events, with the schedule', () => {
    now = T0 + 10 * MINUTE;
    renderBar([{ type: 'start', at: T0 }]);
    expect(screen.getByRole('heading', { name: 'Part A: Django Deep Dive' })).toBeInTheDocument();
    expect(sectionClock()).toHaveTextContent('5:00 left');
    expect(roundClock()).toHaveTextContent('35:00 left');
    expect(screen.getByText('On schedule')).toBeInTheDocument();

    tickTo(T0 + 10 * MINUTE + 1500);
    expect(sectionClock()).toHaveTextContent('4:58 left');
  });

  it('alerts quietly at 2 minutes left and at 0, then shows overtime in its own colour', () => {
    now = T0 + 10 * MINUTE;
    renderBar([{ type: 'start', at: T0 }]);
    expect(alerts()).toHaveTextContent('');

    tickTo(T0 + 13 * MINUTE + 30_000);
    expect(alerts()).toHaveTextContent('2 minutes left in Part A: Django Deep Dive.');
    expect(sectionClock().className).toMatch(/amber/);

    tickTo(T0 + 16 * MINUTE);
    expect(alerts()).toHaveTextContent('Time is up for Part A: Django Deep Dive.');
    expect(sectionClock()).toHaveTextContent('+1:00 over');
    expect(sectionClock().className).toMatch(/rose/);
    expect(screen.getByText('1:00 behind schedule')).toBeInTheDocument();
    // The round as a whole still has time.
    expect(roundClock()).toHaveTextContent('29:00 left');
  });

  it('stands still while paused and offers "Resume timer"', async () => {
    now = T0 + 10 * MINUTE;
    const onTimer = renderBar([
      { type: 'start', at: T0 },
      { type: 'pause', at: T0 + 5 * MINUTE },
    ]);
    expect(sectionClock()).toHaveTextContent('10:00 left');
    tickTo(T0 + 20 * MINUTE);
    expect(sectionClock()).toHaveTextContent('10:00 left');
    expect(screen.getByRole('button', { name: 'Next section' })).toBeDisabled();
    vi.useRealTimers();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resume timer' }));
    expect(onTimer).toHaveBeenCalledWith('resume');
  });

  it('offers pause, previous, next and "Go to section" while running', async () => {
    now = T0 + MINUTE;
    const onTimer = renderBar([
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + 30_000 },
    ]);
    vi.useRealTimers();
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: 'Part B: Architecture Philosophy' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause timer' }));
    await user.click(screen.getByRole('button', { name: 'Previous section' }));
    await user.click(screen.getByRole('button', { name: 'Next section' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to section' }), '3. Part C: Scenario Discussion');
    expect(onTimer.mock.calls.map(([a]) => a)).toEqual(['pause', 'previous', 'next', { jump: 2 }]);
  });

  it('says it is paused in words, beside the figures and in the bar itself, not only on the button', () => {
    now = T0 + 10 * MINUTE;
    renderBar([
      { type: 'start', at: T0 },
      { type: 'pause', at: T0 + 5 * MINUTE },
    ]);
    const bar = screen.getByRole('region', { name: 'Timer' });
    expect(screen.getByText('Paused — the clock is stopped.')).toBeInTheDocument();
    expect(sectionClock()).toHaveTextContent('10:00 left, paused');
    expect(roundClock()).toHaveTextContent('40:00 left, paused');
    expect(bar.className).toMatch(/amber/);
  });

  it('nudges from the kit when the round has their minutes left, and puts a dismissed one away', async () => {
    now = T0 + 39 * MINUTE;
    renderBar([{ type: 'start', at: T0 }]);
    const nudges = screen.getByRole('status', { name: 'Reminders for this round' });
    expect(nudges).toHaveTextContent('');
    tickTo(T0 + 40 * MINUTE);
    expect(nudges).toHaveTextContent("5 min left — Leave time for the candidate's questions");
    vi.useRealTimers();
    await userEvent.setup().click(screen.getByRole('button', { name: "Dismiss: Leave time for the candidate's questions" }));
    expect(nudges).toHaveTextContent('');
  });

  it('keeps focused and scrolled-to controls out from under the sticky bar: the page scroll padding follows its height', () => {
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe(element: Element) {
          observed.push(element);
          this.callback();
        }
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ height: 172 } as DOMRect);
    try {
      now = T0 + MINUTE;
      const { unmount } = renderInInterview(<TimerBar />, { kit, round: phoneScreen, events: [{ type: 'start', at: T0 }], clock });
      expect(observed).toEqual([screen.getByRole('region', { name: 'Timer' })]);
      expect(document.documentElement.style.scrollPaddingTop).toBe('180px');
      unmount();
      expect(document.documentElement.style.scrollPaddingTop).toBe('');
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('the collapsed pill keeps ticking the section clock, and says when it is paused', () => {
    now = T0 + 14 * MINUTE;
    renderInInterview(<CollapsedPill />, { kit, round: phoneScreen, events: [{ type: 'start', at: T0 }], clock });
    const pill = screen.getByRole('group', { name: 'Section timer' });
    expect(pill).toHaveTextContent('1:00');
    tickTo(T0 + 15 * MINUTE + 5000);
    expect(pill).toHaveTextContent('+0:05');
    cleanup();
    renderInInterview(<CollapsedPill />, {
      kit,
      round: phoneScreen,
      events: [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + MINUTE },
      ],
      clock,
    });
    expect(screen.getByRole('group', { name: 'Section timer' })).toHaveTextContent(/^⏸ Paused14:00Paused · Part A/);
  });

  it('the collapsed pill says Finished or Submitted instead of a clock that no longer moves', () => {
    const events: TimerEvent[] = [
      { type: 'start', at: T0 },
      { type: 'finish', at: T0 + 30 * MINUTE },
    ];
    renderInInterview(<CollapsedPill />, { kit, round: phoneScreen, events, clock });
    expect(screen.getByRole('group', { name: 'Section timer' })).toHaveTextContent('FinishedTechnical Phone Screen');
    cleanup();
    renderInInterview(<CollapsedPill />, { kit, round: phoneScreen, events, clock, locked: true });
    const pill = screen.getByRole('group', { name: 'Section timer' });
    expect(pill).toHaveTextContent('SubmittedTechnical Phone Screen');
    expect(pill).not.toHaveTextContent(/\d:\d\d/);
  });
});
