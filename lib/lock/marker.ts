// A second copy of the lock's state, kept outside IndexedDB, in the extension's storage.local.
// Any extension page can edit the database; deleting the lock row there must not quietly
// switch parent mode off, so the background compares the two and treats a lock missing from
// one as tampering. Deleting both copies is not detected: see README, Parent mode.
import { browser } from 'wxt/browser';
import { noFailures, type ThrottleState } from './throttle';

/** A reset the parent has not acknowledged yet. */
export interface ResetNotice {
  at: number;
  /** The lock vanished from storage while parent mode was on, instead of a reset through Sansi. */
  tampered: boolean;
}

export interface MarkerState {
  /** Parent mode was on (a PIN was set) the last time the background looked. */
  on: boolean;
  notice: ResetNotice | null;
  throttle: ThrottleState;
}

export interface LockMarker {
  read(): Promise<MarkerState | undefined>;
  write(state: MarkerState): Promise<void>;
}

export const MARKER_KEY = 'sansi.parentMode';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isNotice(value: unknown): value is ResetNotice {
  const notice = value as ResetNotice | null;
  return typeof notice === 'object' && notice !== null && isNumber(notice.at) && typeof notice.tampered === 'boolean';
}

/** A stored marker, or undefined when it is missing or not one (then the database decides). */
export function parseMarker(value: unknown): MarkerState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { on, notice, throttle } = value as Partial<MarkerState>;
  if (typeof on !== 'boolean' || !(notice === null || isNotice(notice))) return undefined;
  const counted = throttle && isNumber(throttle.failures) && isNumber(throttle.lockedUntil) ? throttle : noFailures;
  return { on, notice, throttle: { failures: counted.failures, lockedUntil: counted.lockedUntil } };
}

/** The marker in the extension's storage.local. */
export const storageMarker: LockMarker = {
  async read() {
    const stored = await browser.storage.local.get(MARKER_KEY);
    return parseMarker(stored[MARKER_KEY]);
  },
  async write(state) {
    await browser.storage.local.set({ [MARKER_KEY]: state });
  },
};
