import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SansiDb } from '@/lib/db/schema';
import { ParentLock, UNLOCK_MS } from '@/lib/lock/parent-lock';
import { Refusal } from '@/lib/messaging/refusal';
import { freshDb } from '../../support/db';

// Each PIN check derives 600,000 PBKDF2 rounds (about 0.3 s); on a busy machine a test of
// several checks outlasts the default 5 s.
describe('ParentLock', { timeout: 30_000 }, () => {
  let db: SansiDb;
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    db = freshDb('lock');
    now = 1_800_000_000_000;
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is open until a PIN is set, and open for a few minutes after setting it', async () => {
    const lock = new ParentLock(db, { now: clock });
    expect(await lock.isOpen()).toBe(true);
    await lock.setPin('2468');
    expect(await lock.status()).toMatchObject({ enabled: true, unlockedUntil: now + UNLOCK_MS });
    now += UNLOCK_MS + 1;
    expect(await lock.isOpen()).toBe(false);
    await expect(lock.assertOpen()).rejects.toThrow(new Refusal('locked'));
  });

  it('unlocks with the right PIN for a few minutes, and locks on demand', async () => {
    const lock = new ParentLock(db, { now: clock });
    await lock.setPin('2468');
    lock.lock();
    expect(await lock.isOpen()).toBe(false);
    expect(await lock.unlock('2468')).toEqual({ ok: true, unlockedUntil: now + UNLOCK_MS });
    expect(await lock.isOpen()).toBe(true);
    now += UNLOCK_MS - 1;
    expect(await lock.isOpen()).toBe(true);
    now += 2;
    expect(await lock.isOpen()).toBe(false);
  });

  it('refuses a weak PIN, and changing the PIN while locked', async () => {
    const lock = new ParentLock(db, { now: clock });
    await expect(lock.setPin('12')).rejects.toThrow(new Refusal('pin.tooShort'));
    await lock.setPin('2468');
    lock.lock();
    await expect(lock.setPin('1357')).rejects.toThrow(new Refusal('locked'));
    expect((await lock.unlock('2468')).ok).toBe(true);
  });

  it('throttles wrong PINs, and the throttle survives a restart', async () => {
    const lock = new ParentLock(db, { now: clock });
    await lock.setPin('2468');
    lock.lock();
    for (let i = 1; i <= 4; i++) expect(await lock.unlock('0000')).toEqual({ ok: false, retryAfterMs: 0, failures: i });
    expect(await lock.unlock('0000')).toEqual({ ok: false, retryAfterMs: 30_000, failures: 5 });

    // A browser restart: a new background, the same database.
    const restarted = new ParentLock(db, { now: clock });
    expect(await restarted.isOpen()).toBe(false);
    expect(await restarted.unlock('2468')).toEqual({ ok: false, retryAfterMs: 30_000, failures: 5 });
    now += 30_000;
    expect(await restarted.unlock('1111')).toEqual({ ok: false, retryAfterMs: 60_000, failures: 6 });
    now += 60_000;
    expect((await restarted.unlock('2468')).ok).toBe(true);
    // Success clears the count: the next mistake is free again.
    restarted.lock();
    expect(await restarted.unlock('1111')).toEqual({ ok: false, retryAfterMs: 0, failures: 1 });
  });

  it('removes the lock only when unlocked', async () => {
    const lock = new ParentLock(db, { now: clock });
    await lock.setPin('2468');
    lock.lock();
    await expect(lock.remove()).rejects.toThrow(new Refusal('locked'));
    await lock.unlock('2468');
    await lock.remove();
    expect(await lock.status()).toMatchObject({ enabled: false });
  });

  it('resets a forgotten PIN only together with erasing the records, and leaves a dated note', async () => {
    const lock = new ParentLock(db, { now: clock });
    await lock.setPin('2468');
    lock.lock();
    let erased = false;
    await lock.resetForgotten(async () => {
      erased = true;
    });
    expect(erased).toBe(true);
    expect(await lock.status()).toEqual({ enabled: false, unlockedUntil: 0, retryAfterMs: 0, resetAt: now, tampered: false });
  });
});
