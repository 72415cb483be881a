// The ways a teen tried to leave parent mode, each sent to the background as the options page
// (or DevTools on it) could: a reset and a new PIN, a flood of guesses, a hand-deleted lock row.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import { pageConfigSource } from '@/lib/db/page-config';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { MARKER_KEY } from '@/lib/lock/marker';
import { ParentLock } from '@/lib/lock/parent-lock';
import { hashPin, PBKDF2_ITERATIONS, type PinRecord } from '@/lib/lock/pin';
import { FREE_ATTEMPTS } from '@/lib/lock/throttle';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const self = { id: 'sansi-test-id', pagesOrigin: 'chrome-extension://sansi-test-id/' };
const optionsPage = { id: self.id, url: `${self.pagesOrigin}options.html`, tab: { id: 8 } };
const presets = [
  list('zh-general', [entry('zh.shabi', '傻逼')]),
  list('en-general', [entry('en.idiot', 'idiot')]),
  list('teen', [entry('teen.x', '没人喜欢你', { category: 'harassment' })]),
];

// Each PIN check derives 600,000 PBKDF2 rounds (about 0.3 s); on a busy machine a test of
// several checks outlasts the default 5 s.
describe('parent mode cannot be quietly undone', { timeout: 30_000 }, () => {
  let db: SansiDb;
  let deps: BackgroundDeps;
  let now: number;
  const send = async (type: string, payload: object = {}) => {
    const reply = await handleMessage({ type, payload }, optionsPage as never, deps);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as never;
  };
  const status = () => send('getLockStatus') as Promise<{ enabled: boolean; resetAt: number | null; tampered: boolean; unlockedUntil: number }>;
  const defaults = async () => {
    const config = await deps.pageConfig('weibo.com');
    return {
      lists: (await db.lists.toArray()).filter((row) => row.active === 1).map((row) => row.id).sort(),
      weibo: config.enabled,
      smartDetection: config.smartDetection,
      pauseThreshold: config.pauseThreshold,
      // What pages check: stale if the config version did not move with the restored lists.
      terms: config.norms.terms.map((term) => term.id).sort(),
    };
  };
  const parentDefaults = { lists: ['en-general', 'teen', 'zh-general'], weibo: true, smartDetection: true, pauseThreshold: 1, terms: ['en.idiot', 'teen.x', 'zh.shabi'] };

  /** Everything a teen with the settings open would switch off. */
  async function weakenEverything() {
    for (const listId of ['zh-general', 'en-general', 'teen']) await send('editNorms', { op: 'setListActive', listId, active: false });
    await send('setSiteEnabled', { host: 'weibo.com', enabled: false });
    await send('setSmartDetection', { enabled: false });
    await send('setPauseThreshold', { severity: 3 });
  }

  beforeEach(async () => {
    db = freshDb('escape');
    await syncPresets(db, presets, ['zh-general', 'en-general']);
    now = 1_800_000_000_000;
    deps = {
      db,
      self,
      pageConfig: pageConfigSource(db),
      announce: vi.fn(async () => undefined),
      lock: new ParentLock(db, { now: () => now, generalLists: ['zh-general', 'en-general'] }),
    };
  });
  afterEach(async () => {
    await db.delete();
  });

  it('puts every default back on a reset, and a new PIN does not hide the notice', async () => {
    await send('setParentPin', { pin: '2468' });
    await send('lockSettings');
    await send('resetForgottenPin', { confirm: 'erase-all-records' });
    expect(await defaults()).toEqual(parentDefaults);

    // The escape route: lists off while no PIN is set, then a PIN of one's own, then lock.
    await weakenEverything();
    await send('setParentPin', { pin: '1357' });
    expect(await defaults()).toEqual(parentDefaults);
    await send('lockSettings');
    expect(await status()).toMatchObject({ enabled: true, resetAt: now, tampered: false });
    // Undo can't bring back what was switched off before parent mode came back.
    await send('unlockSettings', { pin: '1357' });
    expect(await send('undoLastChange')).toMatchObject({ undone: false });
  });

  it('keeps the notice until a parent acknowledges it with the PIN', async () => {
    await send('setParentPin', { pin: '2468' });
    await send('resetForgottenPin', { confirm: 'erase-all-records' });
    await expect(send('acknowledgeReset')).rejects.toThrow('locked');
    await send('setParentPin', { pin: '1357' });
    await send('lockSettings');
    await expect(send('acknowledgeReset')).rejects.toThrow('locked');
    expect((await status()).resetAt).toBe(now);
    await send('unlockSettings', { pin: '1357' });
    expect(await send('acknowledgeReset')).toMatchObject({ enabled: true, resetAt: null });
    // Acknowledged in both copies: a restarted background does not bring it back.
    const restarted = new ParentLock(db, { now: () => now });
    expect((await restarted.status()).resetAt).toBeNull();
  });

  it(`counts ${(10_000).toLocaleString('en')} guesses sent at once one by one, so the right PIN among them does not unlock`, async () => {
    await send('setParentPin', { pin: '2468' });
    await send('lockSettings');
    const guesses = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0'));
    const replies = await Promise.all(guesses.map((pin) => handleMessage({ type: 'unlockSettings', payload: { pin } }, optionsPage as never, deps)));
    const results = replies.map((reply) => (reply.ok ? (reply.value as { ok: boolean; failures?: number; retryAfterMs?: number }) : undefined));
    expect(results.every((result) => result && !result.ok)).toBe(true);
    expect(Math.max(...results.map((result) => result?.failures ?? 0))).toBe(FREE_ATTEMPTS);
    expect(results.filter((result) => (result?.retryAfterMs ?? 0) > 0)).toHaveLength(10_000 - FREE_ATTEMPTS + 1);
    expect((await status()).unlockedUntil).toBe(0);
  });

  it('reads a lock row deleted from the database as tampering: the notice shows and the defaults come back', async () => {
    await send('setParentPin', { pin: '2468' });
    await weakenEverything();
    await send('lockSettings');
    // What any extension page's DevTools can do: delete the row behind the background's back.
    await db.settings.delete('parentLock');
    expect(await status()).toMatchObject({ enabled: false, resetAt: now, tampered: true });
    expect(await defaults()).toEqual(parentDefaults);
  });

  it('brings back a notice or a count of failures deleted from one copy', async () => {
    await send('setParentPin', { pin: '2468' });
    await send('resetForgottenPin', { confirm: 'erase-all-records' });
    await db.settings.delete('parentModeNotice');
    expect((await status()).resetAt).toBe(now);
    await browser.storage.local.remove(MARKER_KEY);
    expect((await status()).resetAt).toBe(now);

    await send('setParentPin', { pin: '2468' });
    await send('lockSettings');
    for (let i = 0; i < FREE_ATTEMPTS; i++) await send('unlockSettings', { pin: '0000' });
    await db.settings.delete('pinThrottle');
    const restarted = new ParentLock(db, { now: () => now });
    expect(await restarted.unlock('2468')).toMatchObject({ ok: false, failures: FREE_ATTEMPTS });
  });

  it('unlocks with a hash an older Sansi stored at 210,000 iterations, and stores it anew at today’s', async () => {
    // An existing install: the lock row only, no marker yet.
    const legacy: PinRecord = await hashPin('2468', 210_000);
    await db.settings.put({ key: 'parentLock', value: legacy });
    expect(await status()).toMatchObject({ enabled: true, tampered: false, resetAt: null });
    expect(await send('unlockSettings', { pin: '2468' })).toMatchObject({ ok: true });
    await status(); // runs after the rehash in the lock's queue
    const stored = (await db.settings.get('parentLock'))?.value as PinRecord;
    expect(stored.iterations).toBe(PBKDF2_ITERATIONS);
    expect(stored.hash).not.toBe(legacy.hash);
    await send('lockSettings');
    expect(await send('unlockSettings', { pin: '2468' })).toMatchObject({ ok: true });
  });

  it('accepts a passphrase as well as a longer PIN', async () => {
    await send('setParentPin', { pin: 'think twice, post once' });
    await send('lockSettings');
    expect(await send('unlockSettings', { pin: 'think twice, post once' })).toMatchObject({ ok: true });
    await send('setParentPin', { pin: '24681357902468' });
    await send('lockSettings');
    expect(await send('unlockSettings', { pin: '24681357902468' })).toMatchObject({ ok: true });
  });
});
