import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import { pageConfigSource } from '@/lib/db/page-config';
import { ParentLock } from '@/lib/lock/parent-lock';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const self = { id: 'sansi-test-id', pagesOrigin: 'chrome-extension://sansi-test-id/' };
const contentScript = { id: self.id, url: 'https://weibo.com/u/1#comments', tab: { id: 7 } };
const optionsPage = { id: self.id, url: `${self.pagesOrigin}options.html`, tab: { id: 8 } };
const popup = { id: self.id, url: `${self.pagesOrigin}popup.html` };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 } as const;
const preset = list('zh-test', [entry('zh.shabi', '傻逼'), entry('zh.feiwu', '废物')], ['操作']);

describe('background message handling', () => {
  let db: SansiDb;
  let deps: BackgroundDeps;
  const send = (type: string, payload: unknown, sender: object) => handleMessage({ type, payload }, sender as never, deps);

  beforeEach(async () => {
    db = freshDb();
    await syncPresets(db, [preset], ['zh-test']);
    deps = { db, self, pageConfig: pageConfigSource(db), announce: vi.fn(async () => undefined), lock: new ParentLock(db) };
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a draft outcome under the sender host, what fired in it once and with no text', async () => {
    // Recent times: records older than the retention period are removed as they are written.
    const outcome = { startedAt: Date.now() - 1000, endedAt: Date.now(), outcome: 'revised', flags: [flag], pauseShown: true, modelFired: false };
    expect(await send('recordDraftOutcome', outcome, contentScript)).toEqual({ ok: true, value: { stored: 1 } });
    expect(await db.draftSessions.toArray()).toEqual([{ id: 1, host: 'weibo.com', ...outcome }]);
    expect(db.tables.map((table) => table.name)).not.toContain('flagEvents');
  });

  it.each([
    ['an extension page', optionsPage],
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['a file: page', { ...contentScript, url: 'file:///home/me/notes.html' }],
    ['a sender without a tab', { id: self.id, url: 'https://weibo.com/' }],
  ])('refuses outcomes from %s', async (_name, sender) => {
    const outcome = { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false, modelFired: false };
    expect((await send('recordDraftOutcome', outcome, sender)).ok).toBe(false);
    expect(await db.draftSessions.count()).toBe(0);
  });

  it('refuses malformed messages with a readable reason and writes nothing', async () => {
    const outcome = { startedAt: Date.now() - 1000, endedAt: Date.now(), outcome: 'sent', flags: [{ ...flag, text: '你真是个傻逼' }], pauseShown: false, modelFired: false };
    const reply = await send('recordDraftOutcome', outcome, contentScript);
    expect(reply).toEqual({ ok: false, error: 'Malformed payload for recordDraftOutcome' });
    expect(await db.draftSessions.count()).toBe(0);
  });

  it('gives a content script the active norms, and pages their own unsited view', async () => {
    const reply = await send('getPageConfig', {}, contentScript);
    expect(reply.ok).toBe(true);
    const config = reply.ok ? (reply.value as { enabled: boolean; pauseThreshold: number; norms: { terms: { id: string }[]; allow: string[] } }) : undefined;
    expect(config?.enabled).toBe(true);
    expect(config?.pauseThreshold).toBe(2);
    expect(config?.norms.terms.map((term) => term.id).sort()).toEqual(['zh.feiwu', 'zh.shabi']);
    expect(config?.norms.allow).toEqual(['操作']);
    expect((await send('getPageConfig', {}, optionsPage)).ok).toBe(true);
    expect((await send('getPageConfig', {}, otherExtension)).ok).toBe(false);
  });

  it('keeps a norm quiet on one site after "not abusive here", and tells open tabs', async () => {
    const reply = await send('allowNormOnSite', { normId: 'zh.shabi' }, contentScript);
    expect(reply.ok).toBe(true);
    expect(deps.announce).toHaveBeenCalledTimes(1);
    const weibo = await deps.pageConfig('weibo.com');
    expect(weibo.norms.terms.map((term) => term.id)).toEqual(['zh.feiwu']);
    const zhihu = await deps.pageConfig('zhihu.com');
    expect(zhihu.norms.terms.map((term) => term.id).sort()).toEqual(['zh.feiwu', 'zh.shabi']);
  });

  // smart detection (issue 9)
  it('has smart detection on by default, and switches it off and on from the options page only', async () => {
    expect((await deps.pageConfig('weibo.com')).smartDetection).toBe(true);
    expect((await send('setSmartDetection', { enabled: false }, contentScript)).ok).toBe(false);
    expect(await send('setSmartDetection', { enabled: false }, optionsPage)).toEqual({ ok: true, value: { version: expect.any(Number) } });
    expect(deps.announce).toHaveBeenCalledTimes(1);
    expect((await deps.pageConfig('weibo.com')).smartDetection).toBe(false);
    await send('setSmartDetection', { enabled: true }, optionsPage);
    expect((await deps.pageConfig('weibo.com')).smartDetection).toBe(true);
  });

  it('keeps the model quiet on one site after "not abusive here" on its nudge, norms untouched', async () => {
    expect((await send('allowModelOnSite', {}, optionsPage)).ok).toBe(false);
    expect(await send('allowModelOnSite', {}, contentScript)).toEqual({ ok: true, value: { version: expect.any(Number) } });
    expect(deps.announce).toHaveBeenCalledTimes(1);
    const weibo = await deps.pageConfig('weibo.com');
    expect(weibo.smartDetection).toBe(false);
    expect(weibo.norms.terms.map((term) => term.id).sort()).toEqual(['zh.feiwu', 'zh.shabi']);
    expect((await deps.pageConfig('zhihu.com')).smartDetection).toBe(true);
    // Undo brings it back, like any personal allow.
    await send('undoLastChange', {}, optionsPage);
    expect((await deps.pageConfig('weibo.com')).smartDetection).toBe(true);
  });

  it('stores whether the model fired with a draft outcome', async () => {
    const outcome = { startedAt: Date.now() - 1000, endedAt: Date.now(), outcome: 'sent-anyway', flags: [], pauseShown: false, modelFired: true };
    expect((await send('recordDraftOutcome', outcome, contentScript)).ok).toBe(true);
    expect(await db.draftSessions.toArray()).toEqual([{ id: 1, host: 'weibo.com', ...outcome }]);
    // Checked, not flagged: a model-only draft does not count in the habits' flagged numbers.
    expect(await db.dailyRollups.toArray()).toEqual([expect.objectContaining({ drafts: 1, flagged: 0, sentAnyway: 0, sites: { 'weibo.com': { drafts: 1, flagged: 0 } } })]);
    expect((await db.dailyRollups.toArray())[0]).not.toHaveProperty('sentFlaggedOn');
  });

  it('switches a site off and on from the popup only', async () => {
    expect((await send('setSiteEnabled', { host: 'weibo.com', enabled: false }, contentScript)).ok).toBe(false);
    expect((await send('setSiteEnabled', { host: 'weibo.com', enabled: false }, popup)).ok).toBe(true);
    expect((await deps.pageConfig('weibo.com')).enabled).toBe(false);
    expect((await deps.pageConfig('zhihu.com')).enabled).toBe(true);
    await send('setSiteEnabled', { host: 'weibo.com', enabled: true }, popup);
    expect((await deps.pageConfig('weibo.com')).enabled).toBe(true);
  });

  it.each([
    ['editNorms', { op: 'setTermEnabled', listId: 'zh-test', termId: 'zh.shabi', enabled: false }],
    ['setPauseThreshold', { severity: 3 }],
    ['setSmartDetection', { enabled: false }],
    ['importNorms', { list: list('mine', [entry('mine.x', 'x')]) }],
    ['undoLastChange', {}],
    ['setSiteEnabled', { host: 'weibo.com', enabled: false }],
  ])('refuses %s from a content script and another extension, and accepts it from the options page', async (type, payload) => {
    const before = await deps.pageConfig('weibo.com');
    for (const sender of [contentScript, otherExtension]) {
      expect(await send(type, payload, sender)).toEqual({ ok: false, error: 'Only Sansi’s own pages may change settings' });
    }
    expect(await deps.pageConfig('weibo.com')).toEqual(before);
    expect((await send(type, payload, optionsPage)).ok).toBe(true);
  });

  it('answers an edit with a new version and applies it to the page config', async () => {
    const reply = await send('editNorms', { op: 'setTermEnabled', listId: 'zh-test', termId: 'zh.shabi', enabled: false }, optionsPage);
    expect(reply).toMatchObject({ ok: true, value: { version: expect.any(Number) } });
    expect((await deps.pageConfig('weibo.com')).norms.terms.map((term) => term.id)).toEqual(['zh.feiwu']);
    expect(deps.announce).toHaveBeenCalledWith(reply.ok && (reply.value as { version: number }).version);
  });

  it('sends the model weights to its own content scripts and pages only', async () => {
    const reply = await send('getModelWeights', {}, contentScript);
    expect(reply.ok && Object.keys(reply.value as object).sort()).toEqual(['en', 'zh']);
    expect((await send('getModelWeights', {}, optionsPage)).ok).toBe(true);
    expect((await send('getModelWeights', {}, otherExtension)).ok).toBe(false);
  });

  it('turns an edit of a missing term into a readable refusal', async () => {
    const reply = await send('editNorms', { op: 'deleteTerm', listId: 'zh-test', termId: 'nope' }, optionsPage);
    expect(reply).toEqual({ ok: false, error: 'No term nope in list zh-test' });
  });

  // habits (issue 6)
  it('adds each recorded outcome to its day counts', async () => {
    const now = Date.now();
    await send('recordDraftOutcome', { startedAt: now - 1000, endedAt: now, outcome: 'sent-anyway', flags: [flag], pauseShown: true, modelFired: false }, contentScript);
    expect(await db.dailyRollups.toArray()).toEqual([expect.objectContaining({ drafts: 1, flagged: 1, sentAnyway: 1, sites: { 'weibo.com': { drafts: 1, flagged: 1 } } })]);
  });

  it.each([
    ['deleteAllData', {}],
    ['setRetentionDays', { days: 30 }],
  ])('refuses %s from a content script and another extension, and accepts it from the popup', async (type, payload) => {
    const outcome = { startedAt: Date.now() - 1000, endedAt: Date.now(), outcome: 'revised', flags: [flag], pauseShown: true, modelFired: false };
    await send('recordDraftOutcome', outcome, contentScript);
    for (const sender of [contentScript, otherExtension]) {
      expect(await send(type, payload, sender)).toEqual({ ok: false, error: 'Only Sansi’s own pages may change settings' });
    }
    expect(await db.draftSessions.count()).toBe(1);
    expect((await send(type, payload, popup)).ok).toBe(true);
    // Neither changes what pages check, so open tabs are not told to refetch.
    expect(deps.announce).not.toHaveBeenCalled();
  });

  it('deletes every draft record on request and keeps the norms lists', async () => {
    await send('recordDraftOutcome', { startedAt: Date.now() - 1000, endedAt: Date.now(), outcome: 'revised', flags: [flag], pauseShown: true, modelFired: false }, contentScript);
    expect(await send('deleteAllData', {}, popup)).toEqual({ ok: true, value: { deleted: 1 } });
    expect([await db.draftSessions.count(), await db.dailyRollups.count()]).toEqual([0, 0]);
    expect((await deps.pageConfig('weibo.com')).norms.terms).toHaveLength(2);
  });

  it('stores the retention period and removes what is older at once', async () => {
    const now = Date.now();
    const old = { startedAt: now - 40 * 86_400_000, endedAt: now - 40 * 86_400_000 + 1000, outcome: 'sent', flags: [], pauseShown: false, modelFired: false };
    await send('recordDraftOutcome', old, contentScript);
    await send('recordDraftOutcome', { ...old, startedAt: now - 1000, endedAt: now }, contentScript);
    expect(await send('setRetentionDays', { days: 30 }, popup)).toEqual({ ok: true, value: { removed: 1 } });
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 30 });
    expect(await db.draftSessions.count()).toBe(1);
  });
});
