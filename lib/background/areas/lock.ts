// The parental lock. Its rules (PINs, the throttle, resets, tampering) live in lib/lock.
import { deleteHabitRecords } from '../../db/habit-records';
import { changed, type Handlers } from '../deps';

export const lockHandlers: Handlers<'getLockStatus' | 'setParentPin' | 'unlockSettings' | 'lockSettings' | 'removeParentLock' | 'acknowledgeReset' | 'resetForgottenPin'> = {
  getLockStatus: (_payload, _sender, deps) => deps.lock.status(),
  async setParentPin(payload, _sender, deps) {
    // The first PIN puts every parent-mode default back; the lock tells open tabs.
    await deps.lock.setPin(payload.pin);
    return deps.lock.status();
  },
  unlockSettings: (payload, _sender, deps) => deps.lock.unlock(payload.pin),
  async lockSettings(_payload, _sender, deps) {
    deps.lock.lock();
    return deps.lock.status();
  },
  async removeParentLock(_payload, _sender, deps) {
    await deps.lock.remove();
    // Open tabs learn that parent mode is off: their cards offer "Not abusive here" again.
    await changed(deps);
    return deps.lock.status();
  },
  async acknowledgeReset(_payload, _sender, deps) {
    await deps.lock.acknowledgeReset();
    return deps.lock.status();
  },
  async resetForgottenPin(_payload, _sender, deps) {
    await deps.lock.resetForgotten(async () => {
      await deleteHabitRecords(deps.db);
    });
    return deps.lock.status();
  },
};
