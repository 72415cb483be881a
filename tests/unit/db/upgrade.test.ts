import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SansiDb } from '@/lib/db/schema';

describe('database upgrade', () => {
  it('opens a version 1 database with its flag events intact and the new tables empty', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // Exactly the schema Sansi 0.1 shipped (the foundation), written by that version.
    const old = new Dexie(name);
    old.version(1).stores({ flagEvents: '++id, at, host, normId' });
    const written = [
      { at: 1_700_000_000_000, host: 'weibo.com', normId: 'zh.shabi', category: 'insult', severity: 2 },
      { at: 1_700_000_100_000, host: 'x.com', normId: 'en.idiot', category: 'insult', severity: 2 },
    ];
    await old.table('flagEvents').bulkAdd(written);
    old.close();

    const db = new SansiDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.flagEvents.toArray()).toEqual(written.map((row, index) => ({ ...row, id: index + 1 })));
    expect(await db.flagEvents.where('host').equals('x.com').count()).toBe(1);
    expect(await db.lists.count()).toBe(0);
    await db.draftSessions.add({ host: 'x.com', startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false });
    expect(await db.draftSessions.count()).toBe(1);
    await db.delete();
  });

  it('opens a version 2 database with its sessions intact and rolled up into daily counts', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // The v2 schema as issue 4 shipped it, with sessions written before rollups existed.
    const old = new Dexie(name);
    old.version(2).stores({
      flagEvents: '++id, at, host, normId',
      lists: 'id, kind',
      terms: '[listId+id], listId',
      allow: '[listId+phrase], listId',
      siteAllows: '[host+normId], host',
      siteSettings: 'host',
      settings: 'key',
      undo: '++seq',
      draftSessions: '++id, startedAt, host',
    });
    const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 };
    // Ending within two seconds of noon UTC, at or after it: one calendar day in any time zone.
    const noon = Date.parse('2025-05-01T12:00:00Z');
    const sessions = [
      { host: 'weibo.com', startedAt: noon - 5000, endedAt: noon, outcome: 'revised', flags: [flag], pauseShown: true },
      { host: 'weibo.com', startedAt: noon - 4000, endedAt: noon + 1000, outcome: 'sent-anyway', flags: [flag], pauseShown: true },
      { host: 'x.com', startedAt: noon - 3000, endedAt: noon + 2000, outcome: 'sent', flags: [], pauseShown: false },
    ];
    await old.table('draftSessions').bulkAdd(sessions);
    await old.table('settings').put({ key: 'pauseThreshold', value: 3 });
    old.close();

    const db = new SansiDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.draftSessions.count()).toBe(3);
    expect(await db.settings.get('pauseThreshold')).toEqual({ key: 'pauseThreshold', value: 3 });
    const rows = await db.dailyRollups.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      drafts: 3,
      flagged: 2,
      revised: 1,
      sentAnyway: 1,
      sites: { 'weibo.com': { drafts: 2, flagged: 2 }, 'x.com': { drafts: 1, flagged: 0 } },
    });
    expect(await db.dailyRollups.where('sentFlaggedOn').above('').count()).toBe(1);
    await db.delete();
  });
});
