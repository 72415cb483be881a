import type { DraftOutcome } from '../core/drafts';
import { pruneIfDue } from './retention';
import { addSessionToRollups, systemClock, type Clock } from './rollups';
import type { SansiDb } from './schema';

/**
 * Stores one finished draft session for `host`, and adds it to its day's counters in the same
 * transaction, so the popup's numbers and the sessions never disagree. Then, at most hourly,
 * removes records past the retention period. The content script never waits for any of this:
 * it posts the outcome and moves on.
 */
export async function recordSession(db: SansiDb, host: string, outcome: DraftOutcome, clock: Clock = systemClock()): Promise<void> {
  await db.transaction('rw', db.draftSessions, db.dailyRollups, async () => {
    await db.draftSessions.add({ ...outcome, host });
    await addSessionToRollups(db, host, outcome, clock);
  });
  await pruneIfDue(db, clock);
}
