import type { DraftOutcome } from '../messaging/protocol';
import type { SansiDb } from './schema';

/**
 * Stores one finished draft session for `host`. The habits view reads these; anything derived
 * from them (daily rollups, retention) hangs off this one entry point.
 */
export async function recordSession(db: SansiDb, host: string, outcome: DraftOutcome): Promise<void> {
  await db.draftSessions.add({ ...outcome, host });
}
