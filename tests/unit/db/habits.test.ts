import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHabits } from '@/lib/db/rollups';
import type { SansiDb } from '@/lib/db/schema';
import { recordSession } from '@/lib/db/sessions';
import { dayKey, DAY_MS } from '@/lib/habits/days';
import type { DraftOutcome, DraftOutcomeKind, FlagSeen } from '@/lib/core/drafts';
import { freshDb } from '../../support/db';

const insult: FlagSeen = { normId: 'zh.shabi', category: 'insult', severity: 2 };
const threat: FlagSeen = { normId: 'en.kill', category: 'threat', severity: 3 };
const draft = (endedAt: number, outcome: DraftOutcomeKind, flags: FlagSeen[] = [insult]): DraftOutcome => ({
  startedAt: endedAt - 30_000,
  endedAt,
  outcome,
  flags,
  pauseShown: outcome === 'sent-anyway',
  modelFired: false,
});

describe('recording sessions into daily counts', () => {
  let db: SansiDb;
  beforeEach(() => {
    db = freshDb('habits');
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores the session and its day counters together', async () => {
    const now = Date.parse('2025-05-01T12:00:00Z');
    await recordSession(db, 'weibo.com', draft(now, 'revised'), { now, timeZone: 'UTC' });
    expect(await db.draftSessions.count()).toBe(1);
    expect(await db.dailyRollups.toArray()).toEqual([
      expect.objectContaining({ day: '2025-05-01', drafts: 1, flagged: 1, revised: 1, categories: { insult: 1 }, sites: { 'weibo.com': { drafts: 1, flagged: 1 } } }),
    ]);
  });

  it('writes neither when the rollup write fails (one transaction)', async () => {
    const now = Date.parse('2025-05-01T12:00:00Z');
    // A row whose counters can't be added to makes the rollup step throw.
    await db.dailyRollups.put({ day: '2025-05-01', sites: null } as never);
    await expect(recordSession(db, 'x.com', draft(now, 'revised'), { now, timeZone: 'UTC' })).rejects.toThrow();
    expect(await db.draftSessions.count()).toBe(0);
  });

  it('counts drafts on the user’s own days: Shanghai', async () => {
    const timeZone = 'Asia/Shanghai';
    const now = Date.parse('2025-05-02T03:00:00Z'); // 11:00 on 2 May in Shanghai
    // 23:59 and 00:01 Shanghai time: either side of its midnight (16:00 UTC).
    await recordSession(db, 'weibo.com', draft(Date.parse('2025-05-01T15:59:00Z'), 'sent-anyway'), { now, timeZone });
    await recordSession(db, 'weibo.com', draft(Date.parse('2025-05-01T16:01:00Z'), 'revised'), { now, timeZone });
    const habits = await readHabits(db, { now, timeZone });
    expect(habits.today).toBe('2025-05-02');
    expect(habits.periods.today).toMatchObject({ drafts: 1, flagged: 1, revised: 1, sentAnyway: 0 });
    expect(habits.periods.week).toMatchObject({ drafts: 2, flagged: 2, revised: 1, sentAnyway: 1 });
    // The flagged send was yesterday in Shanghai: today is the first clean day.
    expect(habits.streak).toBe(1);
    // The same instants in UTC fall on one day, today's.
    const utc = await readHabits(db, { now, timeZone: 'UTC' });
    expect(utc.today).toBe('2025-05-02');
  });

  it('counts drafts on the user’s own days: Los Angeles across the fall-back day', async () => {
    const timeZone = 'America/Los_Angeles';
    // 2025-11-02 has 25 hours there; 23:30 PST that day is 07:30 UTC the next.
    const lateOnDstDay = Date.parse('2025-11-03T07:30:00Z');
    const nextMorning = Date.parse('2025-11-03T16:00:00Z');
    await recordSession(db, 'x.com', draft(lateOnDstDay, 'sent-anyway'), { now: lateOnDstDay, timeZone });
    await recordSession(db, 'x.com', draft(nextMorning, 'revised'), { now: nextMorning, timeZone });
    expect((await db.dailyRollups.toArray()).map((row) => row.day)).toEqual(['2025-11-02', '2025-11-03']);
    const habits = await readHabits(db, { now: nextMorning, timeZone });
    expect(habits.trend.at(-2)).toEqual({ day: '2025-11-02', drafts: 1, flagged: 1, sentAnyway: 1 });
    expect(habits.trend.at(-1)).toEqual({ day: '2025-11-03', drafts: 1, flagged: 1, sentAnyway: 0 });
    expect(habits.streak).toBe(1);
  });

  it('counts drafts on the user’s own days: Los Angeles across the spring-forward day', async () => {
    const timeZone = 'America/Los_Angeles';
    // 2025-03-09 has 23 hours: 00:00 is 08:00 UTC, and 23:59 is 06:59 UTC the next day.
    const now = Date.parse('2025-03-10T12:00:00Z');
    await recordSession(db, 'x.com', draft(Date.parse('2025-03-09T08:00:00Z'), 'revised'), { now, timeZone });
    await recordSession(db, 'x.com', draft(Date.parse('2025-03-10T06:59:00Z'), 'revised'), { now, timeZone });
    await recordSession(db, 'x.com', draft(Date.parse('2025-03-10T07:00:00Z'), 'revised'), { now, timeZone });
    const days = (await readHabits(db, { now, timeZone })).trend.slice(-2).map((day) => [day.day, day.drafts]);
    expect(days).toEqual([
      ['2025-03-09', 2],
      ['2025-03-10', 1],
    ]);
  });

  it('reads nothing on a fresh install', async () => {
    const habits = await readHabits(db, { now: Date.now(), timeZone: 'UTC' });
    expect(habits.hasRecords).toBe(false);
    expect(habits.streak).toBe(0);
    expect(habits.periods.month.drafts).toBe(0);
  });

  it('agrees with counting every session by hand, in any time zone', async () => {
    const now = Date.parse('2025-06-15T09:30:00Z');
    const outcomes: DraftOutcomeKind[] = ['sent', 'revised', 'sent-anyway', 'abandoned', 'suggestion-used'];
    const sessionArb = fc.record({
      host: fc.constantFrom('weibo.com', 'x.com', 'zhihu.com'),
      ago: fc.integer({ min: 0, max: 40 * DAY_MS }),
      outcome: fc.constantFrom(...outcomes),
      flags: fc.subarray([insult, threat]),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sessionArb, { maxLength: 40 }), fc.constantFrom('UTC', 'Asia/Shanghai', 'America/Los_Angeles'), async (drafts, timeZone) => {
        await Promise.all([db.draftSessions.clear(), db.dailyRollups.clear()]);
        for (const each of drafts) {
          await recordSession(db, each.host, draft(now - each.ago, each.outcome, each.flags), { now, timeZone });
        }
        const habits = await readHabits(db, { now, timeZone });
        // By hand: every session, its day in the zone, inside the last 7 days.
        const today = dayKey(now, timeZone);
        const week = drafts.filter((each) => {
          const day = dayKey(now - each.ago, timeZone);
          return day <= today && Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`) < 7 * DAY_MS;
        });
        const flagged = week.filter((each) => each.flags.length > 0);
        expect(habits.periods.week.drafts).toBe(week.length);
        expect(habits.periods.week.flagged).toBe(flagged.length);
        expect(habits.periods.week.sentAnyway).toBe(flagged.filter((each) => each.outcome === 'sent-anyway').length);
        expect(habits.periods.week.dropped).toBe(flagged.filter((each) => each.outcome === 'abandoned').length);
      }),
      { numRuns: 25 },
    );
  });
});
