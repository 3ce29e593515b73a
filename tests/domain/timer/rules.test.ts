import { describe, expect, it } from 'vitest';
import { applyTimerEvent, nextEventTime, TimerRuleError } from '../../../utils/domain/timer';
import type { TimerEvent } from '../../../utils/domain/interview/schema';
import { at, history, phoneScreen } from './fixtures';

const started = history(phoneScreen, [{ type: 'start', at: at(0) }]);
const paused = history(phoneScreen, [...started, { type: 'pause', at: at(1) }]);
const inLast = history(phoneScreen, [...started, { type: 'jump', sectionIndex: 2, at: at(1) }]);
const finished = history(phoneScreen, [...started, { type: 'finish', at: at(2) }]);

function refusal(events: TimerEvent[], event: TimerEvent): string {
  try {
    applyTimerEvent(phoneScreen, events, event);
  } catch (error) {
    expect(error).toBeInstanceOf(TimerRuleError);
    return (error as Error).message;
  }
  throw new Error(`expected ${event.type} to be refused`);
}

describe('applyTimerEvent', () => {
  it('appends an allowed event without changing the history it was given', () => {
    const before = [...started];
    const after = applyTimerEvent(phoneScreen, started, { type: 'pause', at: at(3) });
    expect(after).toEqual([...before, { type: 'pause', at: at(3) }]);
    expect(started).toEqual(before);
  });

  it('refuses anything but start before the round starts', () => {
    expect(refusal([], { type: 'pause', at: at(0) })).toBe('the round has not started: start it first');
    expect(refusal([], { type: 'next', at: at(0) })).toBe('the round has not started: start it first');
    expect(refusal([], { type: 'finish', at: at(0) })).toBe('the round has not started: start it first');
  });

  it('refuses a second start', () => {
    expect(refusal(started, { type: 'start', at: at(1) })).toBe('the round has already started');
  });

  it('refuses pausing when not running and resuming when not paused', () => {
    expect(refusal(paused, { type: 'pause', at: at(2) })).toBe('the round is already paused');
    expect(refusal(started, { type: 'resume', at: at(2) })).toBe('the round is not paused: there is nothing to resume');
  });

  it('refuses moving between sections while paused', () => {
    expect(refusal(paused, { type: 'next', at: at(2) })).toBe('the round is paused: resume it first');
    expect(refusal(paused, { type: 'jump', sectionIndex: 1, at: at(2) })).toBe('the round is paused: resume it first');
  });

  it('refuses next past the last section and previous before the first', () => {
    expect(refusal(inLast, { type: 'next', at: at(2) })).toBe('this is the last section: there is no next one');
    expect(refusal(started, { type: 'previous', at: at(2) })).toBe('this is the first section: there is no previous one');
    expect(() => applyTimerEvent(phoneScreen, inLast, { type: 'previous', at: at(2) })).not.toThrow();
  });

  it('refuses a jump out of range', () => {
    expect(refusal(started, { type: 'jump', sectionIndex: 3, at: at(2) })).toBe('there is no section 4: this round has 3 sections');
    expect(refusal(started, { type: 'jump', sectionIndex: -1, at: at(2) })).toBe('there is no section 0: this round has 3 sections');
    expect(refusal(started, { type: 'jump', sectionIndex: 1.5, at: at(2) })).toMatch(/^there is no section/);
    expect(applyTimerEvent(phoneScreen, started, { type: 'jump', sectionIndex: 2, at: at(2) })).toHaveLength(2);
  });

  it('refuses anything after finish', () => {
    for (const event of [
      { type: 'resume', at: at(3) },
      { type: 'pause', at: at(3) },
      { type: 'finish', at: at(3) },
      { type: 'start', at: at(3) },
      { type: 'next', at: at(3) },
    ] as TimerEvent[])
      expect(refusal(finished, event)).toBe('the round is finished: its timer can no longer change');
  });

  it('refuses an event dated before the previous one, but accepts the same instant', () => {
    const later = history(phoneScreen, [...started, { type: 'next', at: at(10) }]);
    expect(refusal(later, { type: 'pause', at: at(9) })).toBe('events out of order: this pause is dated before the previous timer event');
    expect(applyTimerEvent(phoneScreen, later, { type: 'pause', at: at(10) })).toHaveLength(3);
  });

  it('refuses an event without a usable time', () => {
    expect(refusal([], { type: 'start', at: Number.NaN })).toBe('the start event has no valid time');
  });

  it('refuses next in a round with a single section', () => {
    const single = { sections: [{ id: 'only', title: 'Only' }] };
    const events = applyTimerEvent(single, [], { type: 'start', at: at(0) });
    expect(() => applyTimerEvent(single, events, { type: 'next', at: at(1) })).toThrow('there is no next one');
    expect(() => applyTimerEvent(single, events, { type: 'jump', sectionIndex: 1, at: at(1) })).toThrow(
      'there is no section 2: this round has 1 section',
    );
  });
});

describe('nextEventTime', () => {
  it('uses the clock, but never dates a new event before the last one (the wall clock stepped back)', () => {
    expect(nextEventTime([], at(0))).toBe(at(0));
    expect(nextEventTime(started, at(5))).toBe(at(5));
    const late = history(phoneScreen, [...started, { type: 'next', at: at(10) }]);
    const when = nextEventTime(late, at(8));
    expect(when).toBe(at(10));
    expect(() => applyTimerEvent(phoneScreen, late, { type: 'pause', at: when })).not.toThrow();
  });
});
