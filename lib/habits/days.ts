// Calendar days in the user's time zone. Habits are counted per day as the user lives it, so a
// draft sent at 00:30 in Shanghai belongs to that day, not to the UTC day before.

/** A calendar day, `YYYY-MM-DD`: sorts and compares as text, so it works as an index key. */
export type DayKey = string;

export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    // Throws a RangeError for an unknown zone: that is a programmer error, not user input.
    found = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, found);
  }
  return found;
}

let systemZone: string | undefined;

/**
 * The time zone the browser runs in (the background and the popup share it). Read once per
 * page or worker: building an Intl formatter is slow, and a popup lives for seconds.
 */
export function systemTimeZone(): string {
  systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return systemZone;
}

/** The day `at` (epoch ms) falls on in `timeZone`; DST days are simply 23 or 25 hours long. */
export function dayKey(at: number, timeZone: string): DayKey {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === 'year') year = part.value.padStart(4, '0');
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

// Day arithmetic runs on the civil date alone (as if in UTC), so no DST shift can skip a day.
function civil(day: DayKey): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

export function addDays(day: DayKey, days: number): DayKey {
  return new Date(civil(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((civil(to) - civil(from)) / DAY_MS);
}

/** The `count` days ending with `last`, oldest first. */
export function daysEndingOn(last: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, index) => addDays(last, index - count + 1));
}
