import type { SansiDb } from '../db/schema';
import { getSetting } from '../db/settings';
import type { LockStatus, UnlockResult } from '../core/lock';
import { Refusal } from '../core/refusal';
import { hashPin, pinProblem, verifyPin, type PinRecord } from './pin';
import { afterFailure, noFailures, waitLeft, type ThrottleState } from './throttle';

/** How long an unlock lasts: long enough to change a few settings, short enough to forget. */
export const UNLOCK_MS = 5 * 60 * 1000;

const PIN_KEY = 'parentLock';
const THROTTLE_KEY = 'pinThrottle';
const RESET_KEY = 'parentLockResetAt';

export type { LockStatus, UnlockResult } from '../core/lock';

/**
 * The parental lock, enforced by the background. The fresh unlock lives in memory only: a
 * restarted service worker is locked again, which is the safe way to fail.
 */
export class ParentLock {
  private unlockedUntil = 0;

  constructor(
    private readonly db: SansiDb,
    private readonly now: () => number = Date.now,
  ) {}

  private pin(): Promise<PinRecord | undefined> {
    return getSetting<PinRecord | undefined>(this.db, PIN_KEY, undefined);
  }

  private throttle(): Promise<ThrottleState> {
    return getSetting(this.db, THROTTLE_KEY, noFailures);
  }

  async status(): Promise<LockStatus> {
    const [pin, throttle, resetAt] = await Promise.all([this.pin(), this.throttle(), getSetting<number | null>(this.db, RESET_KEY, null)]);
    const now = this.now();
    return {
      enabled: pin !== undefined,
      unlockedUntil: pin && this.unlockedUntil > now ? this.unlockedUntil : 0,
      retryAfterMs: waitLeft(throttle, now),
      resetAt,
      tampered: false,
    };
  }

  /** True when no PIN is set, or a fresh unlock is in force. */
  async isOpen(): Promise<boolean> {
    return (await this.pin()) === undefined || this.unlockedUntil > this.now();
  }

  /** Throws a Refusal unless settings may change now. */
  async assertOpen(): Promise<void> {
    if (!(await this.isOpen())) throw new Refusal('locked');
  }

  /** Sets (or, when unlocked, changes) the PIN. The parent who sets it stays unlocked. */
  async setPin(pin: string): Promise<void> {
    const problem = pinProblem(pin);
    if (problem) throw new Refusal(problem);
    await this.assertOpen();
    await this.db.settings.bulkPut([
      { key: PIN_KEY, value: await hashPin(pin) },
      { key: THROTTLE_KEY, value: noFailures },
    ]);
    this.unlockedUntil = this.now() + UNLOCK_MS;
  }

  async unlock(pin: string): Promise<UnlockResult> {
    const record = await this.pin();
    if (!record) return { ok: true, unlockedUntil: 0 };
    const throttle = await this.throttle();
    const wait = waitLeft(throttle, this.now());
    if (wait > 0) return { ok: false, retryAfterMs: wait, failures: throttle.failures };
    if (await verifyPin(pin, record)) {
      await this.db.settings.put({ key: THROTTLE_KEY, value: noFailures });
      this.unlockedUntil = this.now() + UNLOCK_MS;
      return { ok: true, unlockedUntil: this.unlockedUntil };
    }
    const next = afterFailure(throttle, this.now());
    await this.db.settings.put({ key: THROTTLE_KEY, value: next });
    return { ok: false, retryAfterMs: waitLeft(next, this.now()), failures: next.failures };
  }

  lock(): void {
    this.unlockedUntil = 0;
  }

  /** Removes the lock; needs a fresh unlock. */
  async remove(): Promise<void> {
    await this.assertOpen();
    await this.db.settings.bulkDelete([PIN_KEY, THROTTLE_KEY]);
    this.unlockedUntil = 0;
  }

  /**
   * The way out of a forgotten PIN. It can't hide anything quietly: it erases every habit record
   * along with the lock, and leaves a dated note that it happened, which the popup shows.
   */
  async resetForgotten(eraseRecords: () => Promise<void>): Promise<void> {
    await eraseRecords();
    await this.db.settings.bulkDelete([PIN_KEY, THROTTLE_KEY]);
    await this.db.settings.put({ key: RESET_KEY, value: this.now() });
    this.unlockedUntil = 0;
  }
}
