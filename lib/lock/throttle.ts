// Wrong PIN attempts: five are free, then each wait doubles. The state lives in IndexedDB, so
// restarting the browser (or the service worker) does not reset it.

export interface ThrottleState {
  failures: number;
  /** Epoch ms before which no attempt is accepted. */
  lockedUntil: number;
}

export const FREE_ATTEMPTS = 5;
export const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

export const noFailures: ThrottleState = { failures: 0, lockedUntil: 0 };

/** The state after one more wrong PIN at `now`: 30 s after the 5th, 60 s after the 6th, … */
export function afterFailure(state: ThrottleState, now: number): ThrottleState {
  const failures = state.failures + 1;
  if (failures < FREE_ATTEMPTS) return { failures, lockedUntil: 0 };
  const wait = Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_MS);
  return { failures, lockedUntil: now + wait };
}

/** Milliseconds until the next attempt is allowed; 0 when one is allowed now. */
export function waitLeft(state: ThrottleState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/**
 * The stricter of two counts of failures: the one with more, waiting the longer. Copies of the
 * count live in memory, the database and storage.local, so deleting one resets nothing.
 */
export function stricter(a: ThrottleState, b: ThrottleState): ThrottleState {
  return { failures: Math.max(a.failures, b.failures), lockedUntil: Math.max(a.lockedUntil, b.lockedUntil) };
}
