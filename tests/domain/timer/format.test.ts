import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../utils/domain/timer';

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1_000, '0:01'],
    [245_000, '4:05'],
    [760_000, '12:40'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
    [36_000_000 + 5_000, '10:00:05'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('marks negative values with a real minus sign (U+2212)', () => {
    expect(formatClock(-245_000)).toBe('\u22124:05');
    expect(formatClock(-3_723_000)).toBe('\u22121:02:03');
  });

  it('never shows a negative zero', () => {
    expect(formatClock(-400)).toBe('0:00');
  });

  it('shows 0:00 for a value that is not a number rather than "NaN:NaN"', () => {
    expect(formatClock(Number.NaN)).toBe('0:00');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('0:00');
  });
});
