import type { FlagSeen } from '../core/drafts';
import type { SansiDb } from './schema';

export async function storeFlags(db: SansiDb, host: string, flags: readonly FlagSeen[], at = Date.now()): Promise<number> {
  await db.flagEvents.bulkAdd(flags.map((flag) => ({ ...flag, host, at })));
  return flags.length;
}
