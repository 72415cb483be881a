import type { HabitRecords } from '../core/records';
import { getRetentionDays } from './retention';
import type { SansiDb } from './schema';

/** All the user's draft records, for export. Extension pages may read this directly. */
export async function readHabitRecords(db: SansiDb): Promise<HabitRecords> {
  return db.transaction('r', db.draftSessions, db.settings, async () => ({
    sessions: await db.draftSessions.toArray(),
    retentionDays: await getRetentionDays(db),
  }));
}

/**
 * "Delete all my data": every draft session and daily count, in one transaction.
 * Norms lists, allow phrases and settings are the user's configuration and stay.
 */
export async function deleteHabitRecords(db: SansiDb): Promise<number> {
  return db.transaction('rw', db.draftSessions, db.dailyRollups, async () => {
    const sessions = await db.draftSessions.count();
    await Promise.all([db.draftSessions.clear(), db.dailyRollups.clear()]);
    return sessions;
  });
}
