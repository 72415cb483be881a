import { daysBetween, type DayKey } from './days';

/**
 * Days in a row, up to and including today, without sending a flagged draft. It starts the
 * day after the last flagged send, and never before the first day Sansi recorded anything
 * (it can't vouch for days it did not see). Zero when nothing is recorded, or a flagged draft
 * went out today.
 */
export function streakDays(today: DayKey, lastFlaggedSend: DayKey | undefined, firstRecorded: DayKey | undefined): number {
  if (firstRecorded === undefined || firstRecorded > today) return 0;
  if (lastFlaggedSend !== undefined && lastFlaggedSend >= firstRecorded) return Math.max(0, daysBetween(lastFlaggedSend, today));
  return daysBetween(firstRecorded, today) + 1;
}
