import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, daysEndingOn } from '@/lib/habits/days';

const at = (iso: string) => Date.parse(iso);

describe('dayKey', () => {
  it.each([
    // Shanghai is UTC+8 all year: its midnight is 16:00 UTC the day before.
    ['Asia/Shanghai', '2025-01-01T15:59:59.999Z', '2025-01-01'],
    ['Asia/Shanghai', '2025-01-01T16:00:00.000Z', '2025-01-02'],
    ['Asia/Shanghai', '2024-12-31T16:00:00.000Z', '2025-01-01'],
    ['UTC', '2025-01-01T23:59:59.999Z', '2025-01-01'],
    ['UTC', '2025-01-02T00:00:00.000Z', '2025-01-02'],
    // Los Angeles springs forward on 2025-03-09: that day runs 08:00Z to 07:00Z next day (23 h).
    ['America/Los_Angeles', '2025-03-09T07:59:59.999Z', '2025-03-08'],
    ['America/Los_Angeles', '2025-03-09T08:00:00.000Z', '2025-03-09'],
    ['America/Los_Angeles', '2025-03-09T10:00:00.000Z', '2025-03-09'],
    ['America/Los_Angeles', '2025-03-10T06:59:59.999Z', '2025-03-09'],
    ['America/Los_Angeles', '2025-03-10T07:00:00.000Z', '2025-03-10'],
    // …and falls back on 2025-11-02: that day runs 07:00Z to 08:00Z next day (25 h).
    ['America/Los_Angeles', '2025-11-02T06:59:59.999Z', '2025-11-01'],
    ['America/Los_Angeles', '2025-11-02T07:00:00.000Z', '2025-11-02'],
    ['America/Los_Angeles', '2025-11-03T07:30:00.000Z', '2025-11-02'],
    ['America/Los_Angeles', '2025-11-03T08:00:00.000Z', '2025-11-03'],
  ])('in %s, %s is on %s', (timeZone, iso, day) => {
    expect(dayKey(at(iso), timeZone)).toBe(day);
  });

  it('puts the same instant on different days in different zones', () => {
    const instant = at('2025-06-01T20:00:00Z');
    expect(dayKey(instant, 'Asia/Shanghai')).toBe('2025-06-02');
    expect(dayKey(instant, 'America/Los_Angeles')).toBe('2025-06-01');
  });

  it('refuses an unknown time zone (a programmer error)', () => {
    expect(() => dayKey(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('steps over month, year and leap days on the calendar, not by hours', () => {
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -30)).toBe('2024-12-02');
  });

  it('counts days between two days across DST changes', () => {
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
    expect(daysBetween('2025-11-01', '2025-11-04')).toBe(3);
    expect(daysBetween('2025-01-02', '2025-01-01')).toBe(-1);
  });

  it('lists the days ending on a day, oldest first', () => {
    expect(daysEndingOn('2025-03-10', 3)).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
    expect(daysEndingOn('2025-03-10', 30)).toHaveLength(30);
  });
});
