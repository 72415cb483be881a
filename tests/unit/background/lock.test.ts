import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import { pageConfigSource } from '@/lib/db/page-config';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { ParentLock } from '@/lib/lock/parent-lock';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const self = { id: 'sansi-test-id', pagesOrigin: 'chrome-extension://sansi-test-id/' };
const optionsPage = { id: self.id, url: `${self.pagesOrigin}options.html`, tab: { id: 8 } };
const popup = { id: self.id, url: `${self.pagesOrigin}popup.html` };
const contentScript = { id: self.id, url: 'https://weibo.com/u/1', tab: { id: 7 } };

// Everything a locked Sansi must refuse, each sent straight to the background as a page (or a
// content script) could, bypassing any UI.
const weakening: [string, unknown, object][] = [
  ['editNorms (disable a term)', { type: 'editNorms', payload: { op: 'setTermEnabled', listId: 'zh-general', termId: 'zh.shabi', enabled: false } }, optionsPage],
  ['editNorms (switch a list off)', { type: 'editNorms', payload: { op: 'setListActive', listId: 'teen', active: false } }, optionsPage],
  ['importNorms', { type: 'importNorms', payload: { list: list('mine', [entry('mine.x', 'x')]) } }, optionsPage],
  ['undoLastChange', { type: 'undoLastChange', payload: {} }, optionsPage],
  ['setPauseThreshold (lower the nudge)', { type: 'setPauseThreshold', payload: { severity: 3 } }, optionsPage],
  ['setSiteEnabled (off)', { type: 'setSiteEnabled', payload: { host: 'weibo.com', enabled: false } }, popup],
  ['deleteAllData', { type: 'deleteAllData', payload: {} }, popup],
  ['exportRecords', { type: 'exportRecords', payload: {} }, popup],
  ['setRetentionDays', { type: 'setRetentionDays', payload: { days: 1 } }, popup],
  ['removeParentLock', { type: 'removeParentLock', payload: {} }, optionsPage],
  ['setParentPin (change it)', { type: 'setParentPin', payload: { pin: '0000' } }, optionsPage],
  ['allowNormOnSite from a content script', { type: 'allowNormOnSite', payload: { normId: 'zh.shabi' } }, contentScript],
  ['allowModelOnSite from a content script', { type: 'allowModelOnSite', payload: {} }, contentScript],
  ['setSmartDetection (off)', { type: 'setSmartDetection', payload: { enabled: false } }, optionsPage],
];

// Each PIN check derives 600,000 PBKDF2 rounds (about 0.3 s); on a busy machine a test of
// several checks outlasts the default 5 s.
describe('the background enforces the parental lock', { timeout: 30_000 }, () => {
  let db: SansiDb;
  let deps: BackgroundDeps;
  let now = 1_800_000_000_000;
  const send = (message: unknown, sender: object) => handleMessage(message, sender as never, deps);

  beforeEach(async () => {
    db = freshDb('locked');
    await syncPresets(db, [list('zh-general', [entry('zh.shabi', '傻逼')]), list('teen', [entry('teen.x', '没人喜欢你', { category: 'harassment' })])], ['zh-general']);
    now = 1_800_000_000_000;
    deps = { db, self, pageConfig: pageConfigSource(db), announce: vi.fn(async () => undefined), lock: new ParentLock(db, { now: () => now, generalLists: ['zh-general'] }) };
    await db.draftSessions.add({ host: 'weibo.com', startedAt: now - 5000, endedAt: now - 1000, outcome: 'sent-anyway', flags: [], pauseShown: true });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('switches parent mode on with the first PIN: the teen preset and a pause for every severity', async () => {
    const reply = await send({ type: 'setParentPin', payload: { pin: '2468' } }, optionsPage);
    expect(reply).toMatchObject({ ok: true, value: { enabled: true } });
    expect((await db.lists.get('teen'))?.active).toBe(1);
    const config = await deps.pageConfig('weibo.com');
    expect(config.pauseThreshold).toBe(1);
    expect(config.norms.terms.map((term) => term.id).sort()).toEqual(['teen.x', 'zh.shabi']);
  });

  it('refuses a weak PIN with a reason, and a PIN set from a content script', async () => {
    expect(await send({ type: 'setParentPin', payload: { pin: '12' } }, optionsPage)).toEqual({ ok: false, error: 'pin.tooShort' });
    expect((await send({ type: 'setParentPin', payload: { pin: '2468' } }, contentScript)).ok).toBe(false);
  });

  describe('once locked', () => {
    beforeEach(async () => {
      await send({ type: 'setParentPin', payload: { pin: '2468' } }, optionsPage);
      await send({ type: 'lockSettings', payload: {} }, optionsPage);
    });

    it.each(weakening)('refuses %s', async (_name, message, sender) => {
      const before = { config: await deps.pageConfig('weibo.com'), sessions: await db.draftSessions.count(), settings: await db.settings.toArray() };
      expect(await send(message, sender)).toEqual({ ok: false, error: 'locked' });
      expect({ config: await deps.pageConfig('weibo.com'), sessions: await db.draftSessions.count(), settings: await db.settings.toArray() }).toEqual(before);
    });

    it('still lets anyone make Sansi stricter', async () => {
      await send({ type: 'unlockSettings', payload: { pin: '2468' } }, optionsPage);
      await send({ type: 'setPauseThreshold', payload: { severity: 2 } }, optionsPage);
      await send({ type: 'lockSettings', payload: {} }, optionsPage);
      expect((await send({ type: 'setPauseThreshold', payload: { severity: 1 } }, optionsPage)).ok).toBe(true);
      expect((await send({ type: 'setSiteEnabled', payload: { host: 'weibo.com', enabled: true } }, popup)).ok).toBe(true);
    });

    it('accepts the same messages for a few minutes after the right PIN', async () => {
      expect(await send({ type: 'unlockSettings', payload: { pin: '1111' } }, optionsPage)).toEqual({ ok: true, value: { ok: false, retryAfterMs: 0, failures: 1 } });
      const unlocked = await send({ type: 'unlockSettings', payload: { pin: '2468' } }, optionsPage);
      expect(unlocked).toMatchObject({ ok: true, value: { ok: true } });
      for (const [, message, sender] of weakening.slice(0, 9)) expect((await send(message, sender)).ok).toBe(true);
      expect((await send({ type: 'setSmartDetection', payload: { enabled: false } }, optionsPage)).ok).toBe(true);
      now += 6 * 60 * 1000;
      expect(await send(weakening[0]![1], optionsPage)).toEqual({ ok: false, error: 'locked' });
    });

    it('resets a forgotten PIN only by erasing every record, and reports when', async () => {
      expect((await send({ type: 'resetForgottenPin', payload: { confirm: 'yes' } }, optionsPage)).ok).toBe(false);
      const reply = await send({ type: 'resetForgottenPin', payload: { confirm: 'erase-all-records' } }, optionsPage);
      expect(reply).toEqual({ ok: true, value: { enabled: false, unlockedUntil: 0, retryAfterMs: 0, resetAt: now, tampered: false } });
      expect(await db.draftSessions.count()).toBe(0);
    });
  });
});
