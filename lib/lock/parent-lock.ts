import type { LockStatus, UnlockResult } from '../core/lock';
import { Refusal } from '../core/refusal';
import { applyParentMode } from '../db/parent-mode';
import type { SansiDb } from '../db/schema';
import { bumpConfigVersion, getSetting } from '../db/settings';
import { defaultPresetIds } from '../norms/presets';
import { storageMarker, type LockMarker, type MarkerState, type ResetNotice } from './marker';
import { hashPin, needsRehash, pinProblem, verifyPin, type PinRecord } from './pin';
import { afterFailure, noFailures, stricter, waitLeft, type ThrottleState } from './throttle';

export type { LockStatus, UnlockResult } from '../core/lock';

/** How long an unlock lasts: long enough to change a few settings, short enough to forget. */
export const UNLOCK_MS = 5 * 60 * 1000;

const PIN_KEY = 'parentLock';
const THROTTLE_KEY = 'pinThrottle';
const NOTICE_KEY = 'parentModeNotice';
/** Where an older Sansi kept the time of a reset; read once, then kept as a notice. */
const LEGACY_RESET_KEY = 'parentLockResetAt';

export interface ParentLockOptions {
  now?: () => number;
  /** The copy of the lock's state kept outside the database (storage.local in the extension). */
  marker?: LockMarker;
  /** The lists a reset switches back on with the teen preset: the shipped general lists. */
  generalLists?: readonly string[];
  /** Runs after parent-mode defaults were put back, so open tabs fetch their config again. */
  defaultsRestored?: () => Promise<unknown>;
}

interface State {
  pin: PinRecord | undefined;
  notice: ResetNotice | null;
  throttle: ThrottleState;
}

const sameNotice = (a: ResetNotice | null | undefined, b: ResetNotice | null) => (a ?? null) === b || (a?.at === b?.at && a?.tampered === b?.tampered);
const sameThrottle = (a: ThrottleState, b: ThrottleState) => a.failures === b.failures && a.lockedUntil === b.lockedUntil;

/**
 * The parental lock, enforced by the background. Every operation runs one at a time, so guesses
 * sent all at once are counted one after another. The fresh unlock lives in memory only: a
 * restarted service worker is locked again, which is the safe way to fail.
 */
export class ParentLock {
  private unlockedUntil = 0;
  /** The failures this background has counted, so a wait is enforced without reading storage. */
  private counted: ThrottleState = noFailures;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  private readonly marker: LockMarker;
  private readonly generalLists: readonly string[];
  private readonly defaultsRestored: () => Promise<unknown>;

  constructor(
    private readonly db: SansiDb,
    options: ParentLockOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.marker = options.marker ?? storageMarker;
    this.generalLists = options.generalLists ?? defaultPresetIds;
    this.defaultsRestored = options.defaultsRestored ?? (() => bumpConfigVersion(db));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async restoreDefaults(): Promise<void> {
    await applyParentMode(this.db, this.generalLists);
    await this.defaultsRestored();
  }

  private async saveThrottle(throttle: ThrottleState, marker: Omit<MarkerState, 'throttle'>): Promise<void> {
    this.counted = throttle;
    await this.db.settings.put({ key: THROTTLE_KEY, value: throttle });
    await this.marker.write({ ...marker, throttle });
  }

  /**
   * Reads the lock from the database and the marker and makes them agree. A lock missing from
   * the database while the marker says parent mode was on was removed from outside Sansi: that
   * reads as a reset, with its notice and parent mode's defaults put back. A notice or a count
   * of failures deleted from one copy comes back from the other.
   */
  private async state(): Promise<State> {
    const [pin, dbNotice, legacyReset, dbThrottle, marker] = await Promise.all([
      getSetting<PinRecord | undefined>(this.db, PIN_KEY, undefined),
      getSetting<ResetNotice | null>(this.db, NOTICE_KEY, null),
      getSetting<number | null>(this.db, LEGACY_RESET_KEY, null),
      getSetting<ThrottleState>(this.db, THROTTLE_KEY, noFailures),
      this.marker.read(),
    ]);
    let notice = dbNotice ?? marker?.notice ?? (legacyReset ? { at: legacyReset, tampered: false } : null);
    let throttle = stricter(stricter(this.counted, dbThrottle), marker?.throttle ?? noFailures);
    if (!pin && marker?.on) {
      notice = { at: this.now(), tampered: true };
      throttle = noFailures;
      await this.restoreDefaults();
    }
    if (!sameNotice(dbNotice, notice)) await this.db.settings.put({ key: NOTICE_KEY, value: notice });
    if (!sameThrottle(dbThrottle, throttle)) await this.db.settings.put({ key: THROTTLE_KEY, value: throttle });
    const wanted: MarkerState = { on: pin !== undefined, notice, throttle };
    if (!marker || marker.on !== wanted.on || !sameNotice(marker.notice, notice) || !sameThrottle(marker.throttle, throttle)) await this.marker.write(wanted);
    this.counted = throttle;
    return { pin, notice, throttle };
  }

  private open(state: State): boolean {
    return state.pin === undefined || this.unlockedUntil > this.now();
  }

  status(): Promise<LockStatus> {
    return this.serial(async () => {
      const state = await this.state();
      const now = this.now();
      return {
        enabled: state.pin !== undefined,
        unlockedUntil: state.pin && this.unlockedUntil > now ? this.unlockedUntil : 0,
        retryAfterMs: waitLeft(state.throttle, now),
        resetAt: state.notice?.at ?? null,
        tampered: state.notice?.tampered ?? false,
      };
    });
  }

  /** True when no PIN is set, or a fresh unlock is in force. */
  isOpen(): Promise<boolean> {
    return this.serial(async () => this.open(await this.state()));
  }

  /** Throws a Refusal unless settings may change now. */
  async assertOpen(): Promise<void> {
    if (!(await this.isOpen())) throw new Refusal('locked');
  }

  /**
   * Sets (or, when unlocked, changes) the PIN or passphrase. The first one switches parent mode
   * on with all its defaults. The parent who sets it stays unlocked.
   */
  setPin(pin: string): Promise<void> {
    return this.serial(async () => {
      const problem = pinProblem(pin);
      if (problem) throw new Refusal(problem);
      const state = await this.state();
      if (!this.open(state)) throw new Refusal('locked');
      await this.db.settings.put({ key: PIN_KEY, value: await hashPin(pin) });
      await this.saveThrottle(noFailures, { on: true, notice: state.notice });
      if (!state.pin) await this.restoreDefaults();
      this.unlockedUntil = this.now() + UNLOCK_MS;
    });
  }

  unlock(pin: string): Promise<UnlockResult> {
    return this.serial(async (): Promise<UnlockResult> => {
      const early = waitLeft(this.counted, this.now());
      if (early > 0) return { ok: false, retryAfterMs: early, failures: this.counted.failures };
      const state = await this.state();
      if (!state.pin) return { ok: true, unlockedUntil: 0 };
      const wait = waitLeft(state.throttle, this.now());
      if (wait > 0) return { ok: false, retryAfterMs: wait, failures: state.throttle.failures };
      // Counted as a failure before the hash is even made: a guess is never free.
      const failed = afterFailure(state.throttle, this.now());
      const marker = { on: true, notice: state.notice };
      await this.saveThrottle(failed, marker);
      if (!(await verifyPin(pin, state.pin))) return { ok: false, retryAfterMs: waitLeft(failed, this.now()), failures: failed.failures };
      await this.saveThrottle(noFailures, marker);
      this.unlockedUntil = this.now() + UNLOCK_MS;
      if (needsRehash(state.pin)) void this.serial(() => this.rehash(pin));
      return { ok: true, unlockedUntil: this.unlockedUntil };
    });
  }

  private async rehash(pin: string): Promise<void> {
    const current = await getSetting<PinRecord | undefined>(this.db, PIN_KEY, undefined);
    if (current && needsRehash(current) && (await verifyPin(pin, current))) await this.db.settings.put({ key: PIN_KEY, value: await hashPin(pin) });
  }

  lock(): void {
    this.unlockedUntil = 0;
  }

  /** Removes the lock, which also acknowledges any reset notice; needs a fresh unlock. */
  remove(): Promise<void> {
    return this.serial(async () => {
      if (!this.open(await this.state())) throw new Refusal('locked');
      await this.db.settings.bulkDelete([PIN_KEY, THROTTLE_KEY, NOTICE_KEY, LEGACY_RESET_KEY]);
      await this.marker.write({ on: false, notice: null, throttle: noFailures });
      this.counted = noFailures;
      this.unlockedUntil = 0;
    });
  }

  /** The parent has seen the reset notice: it goes, from both copies. Needs a PIN and a fresh unlock. */
  acknowledgeReset(): Promise<void> {
    return this.serial(async () => {
      const state = await this.state();
      if (!state.pin || !this.open(state)) throw new Refusal('locked');
      await this.db.settings.bulkDelete([NOTICE_KEY, LEGACY_RESET_KEY]);
      await this.marker.write({ on: true, notice: null, throttle: state.throttle });
    });
  }

  /**
   * The way out of a forgotten PIN. It can't undo parent mode quietly: it erases every habit
   * record along with the lock, puts parent mode's defaults back, and leaves a dated notice that
   * stays, even after a new PIN, until a parent acknowledges it with the PIN.
   */
  resetForgotten(eraseRecords: () => Promise<void>): Promise<void> {
    return this.serial(async () => {
      await eraseRecords();
      const notice: ResetNotice = { at: this.now(), tampered: false };
      await this.db.settings.bulkDelete([PIN_KEY, LEGACY_RESET_KEY]);
      await this.db.settings.put({ key: NOTICE_KEY, value: notice });
      await this.saveThrottle(noFailures, { on: false, notice });
      await this.restoreDefaults();
      this.unlockedUntil = 0;
    });
  }
}
