import type { DayKey } from '@/lib/habits/days';
import type { Locale } from '@/lib/i18n/messages';

// Intl formatters are slow to build; the chart asks for one per day, so keep one per locale.
const percents = new Map<Locale, Intl.NumberFormat>();
const days = new Map<Locale, Intl.DateTimeFormat>();

export function percent(share: number, locale: Locale): string {
  let format = percents.get(locale);
  if (!format) percents.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(share);
}

/** A day key as a short date ("May 3", "5月3日"); the key is already in the user's zone. */
export function shortDay(day: DayKey, locale: Locale): string {
  let format = days.get(locale);
  if (!format) days.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })));
  return format.format(Date.parse(`${day}T00:00:00Z`));
}
