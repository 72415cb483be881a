import { addDays, dayKey, systemTimeZone, type DayKey } from '../habits/days';
import { addToRollup, emptyRollup, sessionDay, type RolledSession } from '../habits/rollup';
import { streakDays } from '../habits/streak';
import { LOOKBACK_DAYS, summarize, type HabitsSummary } from '../habits/summary';
import type { SansiDb } from './schema';

export interface Clock {
  now: number;
  timeZone: string;
}

export const systemClock = (): Clock => ({ now: Date.now(), timeZone: systemTimeZone() });

/** Adds a session to its day's counters. Call inside a transaction that covers `dailyRollups`. */
export async function addSessionToRollups(db: SansiDb, host: string, session: RolledSession, clock: Clock): Promise<void> {
  const day = sessionDay(session, clock.timeZone, clock.now);
  const row = (await db.dailyRollups.get(day)) ?? emptyRollup(day);
  await db.dailyRollups.put(addToRollup(row, host, session));
}

export interface Habits extends HabitsSummary {
  /** False on a fresh install (or after "delete all my data"): the popup shows its welcome. */
  hasRecords: boolean;
  streak: number;
}

/**
 * What the popup shows, in three indexed reads however many drafts are stored: the (at most 30)
 * rollups of the last 30 days, the first recorded day, and the last day a flagged draft went out.
 */
export async function readHabits(db: SansiDb, clock: Clock): Promise<Habits> {
  const today: DayKey = dayKey(clock.now, clock.timeZone);
  // One read transaction for the three: one round trip to the browser's storage to start it.
  const [rows, first, lastSend] = await db.transaction('r', db.dailyRollups, () =>
    Promise.all([
      db.dailyRollups.where('day').between(addDays(today, 1 - LOOKBACK_DAYS), today, true, true).toArray(),
      db.dailyRollups.orderBy('day').first(),
      db.dailyRollups.where('sentFlaggedOn').belowOrEqual(today).last(),
    ]),
  );
  return {
    ...summarize(rows, today),
    hasRecords: first !== undefined,
    streak: streakDays(today, lastSend?.sentFlaggedOn, first?.day),
  };
}
