/**
 * Numbers, percentages, durations and timestamps as the reader's locale writes
 * them, through `Intl`. Views call these without a locale, so the browser's own
 * (the extension's UI language) applies; tests pass one to pin the output.
 *
 * The round clock ("12:40", utils/timer.ts formatClock) is not here: it reads
 * like a stopwatch in every locale. Scores and figures exported to CSV are not
 * here either: files keep one machine-readable spelling whatever the locale.
 */

export type Locales = string | readonly string[] | undefined;

export interface DateOptions {
  locale?: Locales;
  /** IANA zone; the browser's own when left out. Tests pin it so results do not depend on the machine. */
  timeZone?: string;
}

/** What a score or figure shows when there is none (nothing rated yet, not assessed). */
export const NO_VALUE = '—';

// Building a formatter costs far more than using one, and the panel re-renders every second.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locales, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify([locale ?? null, options]);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale as string | string[] | undefined, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat({ locale, timeZone }: DateOptions, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? null, timeZone ?? null, options]);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale as string | string[] | undefined, { ...options, ...(timeZone ? { timeZone } : {}) });
    dateFormats.set(key, format);
  }
  return format;
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** A count or a plain figure: "1,234" (en), "1.234" (de). */
export function formatNumber(value: number, locale?: Locales): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A score or a mean of scores to at most 2 decimals, without trailing zeros:
 * "3.5", "3.67", "4" (en); "3,5" (de). NO_VALUE when there is none. Views use this; utils/scoring's
 * formatScore writes the same figure with a "." in every locale.
 */
export function formatLocalScore(score: number | null | undefined, locale?: Locales): string {
  if (!finite(score)) return NO_VALUE;
  return numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(score);
}

/** A share given in percent points (a category's weight of 25 means 25 %): "25%" (en), "25 %" (de). */
export function formatPercent(percentPoints: number, locale?: Locales): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percentPoints / 100);
}

/** A time budget in whole or part minutes: "15 min" (en), "15 Min." (de). */
export function formatMinutes(minutes: number, locale?: Locales): string {
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 }).format(minutes);
}

/** JavaScript dates reach ±8.64e15 ms; anything else (or no moment at all) has no date to show. */
const MAX_DATE_MS = 8.64e15;
const dateLike = (at: number | null | undefined): at is number => finite(at) && Math.abs(at) <= MAX_DATE_MS;

/** A moment worth a full date, as in "Submitted Nov 25, 2026, 9:56 AM"; NO_VALUE when there is none or it is out of range. */
export function formatDateTime(at: number | null | undefined, options: DateOptions = {}): string {
  return dateLike(at) ? dateFormat(options, { dateStyle: 'medium', timeStyle: 'short' }).format(at) : NO_VALUE;
}

/** A moment in a compact list, as in "11/25/26, 9:56 AM"; NO_VALUE when there is none or it is out of range. */
export function formatDateTimeShort(at: number | null | undefined, options: DateOptions = {}): string {
  return dateLike(at) ? dateFormat(options, { dateStyle: 'short', timeStyle: 'short' }).format(at) : NO_VALUE;
}

/**
 * A moment as files write it, ISO 8601 in UTC ("2026-11-25T09:56:00.000Z"); null when there is none
 * or it is out of range, where `Date#toISOString` would throw "Invalid time value".
 */
export function isoMoment(at: number | null | undefined): string | null {
  return dateLike(at) ? new Date(at).toISOString() : null;
}

/** The UTC day of a moment for a file name ("2026-11-25"); "undated" when it is not a real date. */
export function fileDay(at: number | null | undefined): string {
  return isoMoment(at)?.slice(0, 10) ?? 'undated';
}
