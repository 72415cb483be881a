import { dayKey, DAY_MS } from '../habits/days';
import type { Clock } from './rollups';
import type { SansiDb } from './schema';
import { getSetting } from './settings';

export const RETENTION_KEY = 'retentionDays';
export const DEFAULT_RETENTION_DAYS = 180;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
/** Writes prune at most this often; the background also prunes when it starts. */
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export function getRetentionDays(db: SansiDb): Promise<number> {
  return getSetting(db, RETENTION_KEY, DEFAULT_RETENTION_DAYS);
}

export interface Pruned {
  sessions: number;
  rollups: number;
}

/** Removes the user's records older than the retention period, through the indexes. */
export async function pruneExpired(db: SansiDb, clock: Clock): Promise<Pruned> {
  const days = await getRetentionDays(db);
  const cutoff = clock.now - days * DAY_MS;
  // A day's counters go when the whole day is past the cutoff, in the user's time zone.
  const cutoffDay = dayKey(cutoff, clock.timeZone);
  return db.transaction('rw', db.draftSessions, db.dailyRollups, async () => ({
    sessions: await db.draftSessions.where('startedAt').below(cutoff).delete(),
    rollups: await db.dailyRollups.where('day').below(cutoffDay).delete(),
  }));
}

// When each database was last pruned in this background's life. A restart forgets it, and
// the start prunes anyway.
const lastPruned = new WeakMap<SansiDb, number>();

/** Prunes when the last prune is over an hour old; cheap to call after every write. */
export async function pruneIfDue(db: SansiDb, clock: Clock): Promise<Pruned | null> {
  const last = lastPruned.get(db);
  if (last !== undefined && clock.now - last < PRUNE_INTERVAL_MS && clock.now >= last) return null;
  lastPruned.set(db, clock.now);
  return pruneExpired(db, clock);
}

/** Saves the user's retention period and applies it at once. */
export async function setRetentionDays(db: SansiDb, days: number, clock: Clock): Promise<Pruned> {
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw new RangeError(`Retention must be ${MIN_RETENTION_DAYS}–${MAX_RETENTION_DAYS} days, not ${days}`);
  }
  await db.settings.put({ key: RETENTION_KEY, value: days });
  lastPruned.set(db, clock.now);
  return pruneExpired(db, clock);
}
