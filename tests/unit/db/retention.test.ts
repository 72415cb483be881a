import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteHabitRecords, readHabitRecords } from '@/lib/db/habit-records';
import { DEFAULT_RETENTION_DAYS, getRetentionDays, PRUNE_INTERVAL_MS, pruneExpired, pruneIfDue, setRetentionDays } from '@/lib/db/retention';
import { addSessionToRollups } from '@/lib/db/rollups';
import type { SansiDb } from '@/lib/db/schema';
import { recordSession } from '@/lib/db/sessions';
import { syncPresets } from '@/lib/db/preset-sync';
import { DAY_MS } from '@/lib/habits/days';
import type { DraftOutcome } from '@/lib/core/drafts';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const now = Date.parse('2025-12-31T12:00:00Z');
const clock = { now, timeZone: 'UTC' };
const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 } as const;
const draftAt = (endedAt: number): DraftOutcome => ({ startedAt: endedAt - 1000, endedAt, outcome: 'revised', flags: [flag], pauseShown: false, modelFired: false });

describe('retention', () => {
  let db: SansiDb;
  beforeEach(async () => {
    db = freshDb('retention');
    // Old records, written as they were written back then (no prune ran at the time).
    for (const daysAgo of [200, 181, 179, 1]) {
      const at = now - daysAgo * DAY_MS;
      await db.transaction('rw', db.draftSessions, db.dailyRollups, async () => {
        await db.draftSessions.add({ ...draftAt(at), host: 'weibo.com' });
        await addSessionToRollups(db, 'weibo.com', draftAt(at), { now: at, timeZone: 'UTC' });
      });
    }
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps 180 days by default and removes older sessions and day counts', async () => {
    expect(await getRetentionDays(db)).toBe(DEFAULT_RETENTION_DAYS);
    expect(await pruneExpired(db, clock)).toEqual({ sessions: 2, rollups: 2 });
    expect(await db.draftSessions.count()).toBe(2);
    expect((await db.dailyRollups.toArray()).map((row) => row.day)).toEqual(['2025-07-05', '2025-12-30']);
  });

  it('applies a shorter period the user sets at once', async () => {
    await setRetentionDays(db, 30, clock);
    expect(await getRetentionDays(db)).toBe(30);
    expect(await db.draftSessions.count()).toBe(1);
    expect(await db.dailyRollups.count()).toBe(1);
  });

  it.each([0, 3651, 1.5, Number.NaN])('refuses a retention of %s days', async (days) => {
    await expect(setRetentionDays(db, days, clock)).rejects.toThrow(RangeError);
  });

  it('prunes after writes at most hourly', async () => {
    const fresh = freshDb('retention-hourly');
    const old = now - 300 * DAY_MS;
    expect(await pruneIfDue(fresh, clock)).not.toBeNull();
    await fresh.draftSessions.add({ ...draftAt(old), host: 'x.com' });
    await recordSession(fresh, 'x.com', draftAt(now), { now: now + 1000, timeZone: 'UTC' });
    expect(await fresh.draftSessions.count()).toBe(2);
    // Within the hour the old session stays; after it, the next write removes it.
    const oldOnes = () => fresh.draftSessions.where('startedAt').below(now - DAY_MS).count();
    expect(await oldOnes()).toBe(1);
    await recordSession(fresh, 'x.com', draftAt(now), { now: now + PRUNE_INTERVAL_MS + 1, timeZone: 'UTC' });
    expect(await oldOnes()).toBe(0);
    expect(await fresh.draftSessions.count()).toBe(2);
    await fresh.delete();
  });
});

describe('delete all my data', () => {
  it('removes every draft record and keeps the norms lists and settings', async () => {
    const db = freshDb('delete-all');
    await syncPresets(db, [list('zh-test', [entry('zh.shabi', '傻逼')])], ['zh-test']);
    await db.settings.put({ key: 'pauseThreshold', value: 3 });
    await recordSession(db, 'x.com', draftAt(now), clock);
    expect(await deleteHabitRecords(db)).toBe(1);
    expect([await db.draftSessions.count(), await db.dailyRollups.count()]).toEqual([0, 0]);
    expect(await db.lists.count()).toBe(1);
    expect(await db.terms.count()).toBe(1);
    expect(await db.settings.get('pauseThreshold')).toEqual({ key: 'pauseThreshold', value: 3 });
    const records = await readHabitRecords(db);
    expect(records).toEqual({ sessions: [], retentionDays: 180 });
    await db.delete();
  });
});
