import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import type { PageConfig } from '@/lib/core/page-config';
import { importList } from '@/lib/db/norms-edits';
import { activeNorms, pageConfigSource } from '@/lib/db/page-config';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { ParentLock } from '@/lib/lock/parent-lock';
import { presets } from '@/lib/norms/presets';
import { alternativesFor } from '@/lib/rewrite';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const enGeneral = presets['en-general']!;
const self = { id: 'sansi-test-id', pagesOrigin: 'chrome-extension://sansi-test-id/' };
const contentScript = { id: self.id, url: 'https://weibo.com/u/1', tab: { id: 7 } };

describe('what a page is given to rewrite with', () => {
  let db: SansiDb;
  beforeEach(async () => {
    db = freshDb();
    await syncPresets(db, [enGeneral], ['en-general']);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("carries the active presets' phrase rewrites by category, so the page rewrites the phrase and not the word", async () => {
    const norms = await activeNorms(db);
    expect(norms.rewrites?.insult).toEqual(enGeneral.rewrites?.insult);
    const text = 'You are such an idiot';
    const flag = { start: 16, end: 21, normId: 'en.idiot', category: 'insult' as const, severity: 2 as const };
    expect(alternativesFor(text, flag, norms)[0]?.preview).toBe("I think you're wrong about this");
  });

  it("keeps an imported list's rewrites, after the presets'", async () => {
    const mine = { ...list('mine', [entry('mine.dolt', 'dolt', { category: 'insult' })]), rewrites: { insult: [{ lang: 'en' as const, phrase: 'you {term}', instead: ['I see it another way'] }] } };
    await importList(db, mine);
    const insult = (await activeNorms(db)).rewrites?.insult ?? [];
    expect(insult.slice(0, enGeneral.rewrites?.insult?.length)).toEqual(enGeneral.rewrites?.insult);
    expect(insult.at(-1)).toEqual({ lang: 'en', phrase: 'you {term}', instead: ['I see it another way'] });
  });

  it('tells the page when parent mode is on, so the card leaves out what the lock would refuse', { timeout: 30_000 }, async () => {
    const deps: BackgroundDeps = { db, self, pageConfig: pageConfigSource(db), announce: vi.fn(async () => undefined), lock: new ParentLock(db) };
    const config = async () => {
      const reply = await handleMessage({ type: 'getPageConfig', payload: {} }, contentScript as never, deps);
      if (!reply.ok) throw new Error(String(reply.error));
      return reply.value as PageConfig;
    };
    expect((await config()).locked).toBe(false);
    await deps.lock.setPin('482913');
    expect((await config()).locked).toBe(true);
    // The parent removes the lock: open tabs are told to fetch their config again.
    const announced = vi.mocked(deps.announce).mock.calls.length;
    const options = { id: self.id, url: `${self.pagesOrigin}options.html`, tab: { id: 8 } };
    expect(await handleMessage({ type: 'removeParentLock', payload: {} }, options as never, deps)).toMatchObject({ ok: true });
    expect(vi.mocked(deps.announce).mock.calls.length).toBeGreaterThan(announced);
    expect((await config()).locked).toBe(false);
  });
});
