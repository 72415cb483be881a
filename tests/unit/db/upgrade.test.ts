import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SansiDb } from '@/lib/db/schema';

describe('database upgrade', () => {
  it('opens a version 1 database with its flag events kept as dropped drafts and the new tables empty', async () => {
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
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name)).not.toContain('flagEvents');
    expect(await db.draftSessions.toArray()).toEqual(
      written.map((event, index) => ({
        id: index + 1,
        host: event.host,
        startedAt: event.at,
        endedAt: event.at,
        outcome: 'abandoned',
        flags: [{ normId: event.normId, category: event.category, severity: event.severity }],
        pauseShown: false,
        modelFired: false,
      })),
    );
    expect((await db.dailyRollups.toArray()).reduce((sum, row) => sum + row.dropped, 0)).toBe(2);
    expect(await db.lists.count()).toBe(0);
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
    expect(db.verno).toBe(4);
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

  it('opens a version 3 database: flag events its sessions hold go, the others become sessions, nothing else changes', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // The v3 schema as issue 6 shipped it: flag events recorded beside the sessions.
    const old = new Dexie(name);
    old.version(3).stores({
      flagEvents: '++id, at, host, normId',
      lists: 'id, kind',
      terms: '[listId+id], listId',
      allow: '[listId+phrase], listId',
      siteAllows: '[host+normId], host',
      siteSettings: 'host',
      settings: 'key',
      undo: '++seq',
      draftSessions: '++id, startedAt, host',
      dailyRollups: 'day, sentFlaggedOn',
    });
    const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 };
    const noon = Date.parse('2025-05-01T12:00:00Z');
    const session = { host: 'weibo.com', startedAt: noon - 5000, endedAt: noon, outcome: 'sent-anyway', flags: [flag], pauseShown: true, modelFired: false };
    await old.table('draftSessions').add(session);
    const rollup = { day: '2025-05-01', drafts: 1, flagged: 1, revised: 0, suggestionUsed: 0, sentAnyway: 1, dropped: 0, paused: 1, categories: { insult: 1 }, sites: { 'weibo.com': { drafts: 1, flagged: 1 } }, sentFlaggedOn: '2025-05-01' };
    await old.table('dailyRollups').put(rollup);
    await old.table('flagEvents').bulkAdd([
      // Held by the session above: the same site, norm and time.
      { at: noon - 3000, host: 'weibo.com', normId: 'zh.shabi', category: 'insult', severity: 2 },
      // A draft on x.com whose end never arrived: two words a minute apart, one draft.
      { at: noon + 60_000, host: 'x.com', normId: 'en.idiot', category: 'insult', severity: 2 },
      { at: noon + 120_000, host: 'x.com', normId: 'en.kys', category: 'self-harm', severity: 3 },
    ]);
    await old.table('lists').put({ id: 'mine', name: 'Mine', languages: ['en'], kind: 'user', active: 1, createdAt: 1 });
    await old.table('settings').put({ key: 'pauseThreshold', value: 1 });
    old.close();

    const db = new SansiDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name)).not.toContain('flagEvents');
    expect(await db.draftSessions.toArray()).toEqual([
      { id: 1, ...session },
      {
        id: 2,
        host: 'x.com',
        startedAt: noon + 60_000,
        endedAt: noon + 120_000,
        outcome: 'abandoned',
        flags: [
          { normId: 'en.idiot', category: 'insult', severity: 2 },
          { normId: 'en.kys', category: 'self-harm', severity: 3 },
        ],
        pauseShown: false,
        modelFired: false,
      },
    ]);
    const rows = await db.dailyRollups.toArray();
    const drafts = rows.reduce((sum, row) => sum + row.drafts, 0);
    expect(drafts).toBe(2);
    expect(rows.reduce((sum, row) => sum + row.sentAnyway, 0)).toBe(1);
    expect(rows.reduce((sum, row) => sum + row.dropped, 0)).toBe(1);
    expect(await db.lists.get('mine')).toMatchObject({ name: 'Mine', active: 1 });
    expect(await db.settings.get('pauseThreshold')).toEqual({ key: 'pauseThreshold', value: 1 });
    await db.delete();
  });
});
