// The user's habit records. They are not page config, so no version bump.
import { deleteHabitRecords, readHabitRecords } from '../../db/habit-records';
import { setRetentionDays } from '../../db/retention';
import { systemClock } from '../../db/rollups';
import type { Handlers } from '../deps';

export const habitsHandlers: Handlers<'deleteAllData' | 'setRetentionDays' | 'exportRecords'> = {
  async deleteAllData(_payload, _sender, deps) {
    await deps.lock.assertOpen();
    return { deleted: await deleteHabitRecords(deps.db) };
  },
  async setRetentionDays(payload, _sender, deps) {
    await deps.lock.assertOpen();
    const pruned = await setRetentionDays(deps.db, payload.days, systemClock());
    return { removed: pruned.sessions };
  },
  async exportRecords(_payload, _sender, deps) {
    await deps.lock.assertOpen();
    return readHabitRecords(deps.db);
  },
};
