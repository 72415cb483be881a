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
    expect(db.verno).toBe(2);
    expect(await db.flagEvents.toArray()).toEqual(written.map((row, index) => ({ ...row, id: index + 1 })));
    expect(await db.flagEvents.where('host').equals('x.com').count()).toBe(1);
    expect(await db.lists.count()).toBe(0);
    await db.draftSessions.add({ host: 'x.com', startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false });
    expect(await db.draftSessions.count()).toBe(1);
    await db.delete();
  });
});
