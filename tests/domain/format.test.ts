import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDateTimeShort,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatLocalScore,
  NO_VALUE,
} from '../../utils/domain/format';

// Intl separates some units with a narrow no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// 2026-11-25 09:56:41 UTC
const AT = Date.UTC(2026, 10, 25, 9, 56, 41);

describe('formatLocalScore', () => {
  it('shows at most two decimals and drops trailing zeros', () => {
    expect(formatLocalScore(3.5, 'en-US')).toBe('3.5');
    expect(formatLocalScore(11 / 3, 'en-US')).toBe('3.67');
    expect(formatLocalScore(4, 'en-US')).toBe('4');
    expect(formatLocalScore(4.001, 'en-US')).toBe('4');
  });

  it("writes the decimal separator the reader's locale uses", () => {
    expect(formatLocalScore(3.5, 'de-DE')).toBe('3,5');
    expect(formatLocalScore(3.5, 'fr-FR')).toBe('3,5');
  });

  it('shows a dash for a missing or unusable score', () => {
    for (const missing of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY])
      expect(formatLocalScore(missing, 'en-US')).toBe(NO_VALUE);
  });
});

describe('formatNumber', () => {
  it('groups thousands by locale', () => {
    expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatNumber(3, 'en-US')).toBe('3');
  });
});

describe('formatPercent', () => {
  it('takes percent points (a weight of 25 is 25%)', () => {
    expect(formatPercent(25, 'en-US')).toBe('25%');
    expect(formatPercent(12.5, 'en-US')).toBe('12.5%');
    expect(plain(formatPercent(25, 'de-DE'))).toBe('25 %');
  });
});

describe('formatMinutes', () => {
  it('writes a time budget with the short unit of the locale', () => {
    expect(formatMinutes(15, 'en-US')).toBe('15 min');
    expect(plain(formatMinutes(15, 'de-DE'))).toBe('15 Min.');
  });
});

describe('formatDateTime and formatDateTimeShort', () => {
  it('write the date and time in the order and words of the locale', () => {
    expect(plain(formatDateTime(AT, { locale: 'en-US', timeZone: 'UTC' }))).toBe('Nov 25, 2026, 9:56 AM');
    expect(plain(formatDateTime(AT, { locale: 'de-DE', timeZone: 'UTC' }))).toBe('25.11.2026, 09:56');
    expect(plain(formatDateTimeShort(AT, { locale: 'en-US', timeZone: 'UTC' }))).toBe('11/25/26, 9:56 AM');
    expect(plain(formatDateTimeShort(AT, { locale: 'en-GB', timeZone: 'UTC' }))).toBe('25/11/2026, 09:56');
  });

  it('use the given time zone', () => {
    expect(plain(formatDateTime(AT, { locale: 'en-US', timeZone: 'Asia/Tokyo' }))).toBe('Nov 25, 2026, 6:56 PM');
  });

  it("use the browser's locale and zone when given none", () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(AT);
    expect(formatDateTime(AT)).toBe(expected);
    expect(formatLocalScore(3.5)).toBe(new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(3.5));
  });
});
