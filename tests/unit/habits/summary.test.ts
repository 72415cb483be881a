import { describe, expect, it } from 'vitest';
import { emptyRollup, type DailyRollup } from '@/lib/habits/rollup';
import { summarize, summarizePeriod } from '@/lib/habits/summary';

// A day whose drafts were all on one site, which is enough to test the sums.
function row(day: string, host: string, counts: Partial<DailyRollup>): DailyRollup {
  const base = { ...emptyRollup(day), ...counts };
  return { ...base, sites: { [host]: { drafts: base.drafts, flagged: base.flagged } } };
}

const today = '2025-05-31';
const rows = [
  {
    ...row('2025-05-31', 'weibo.com', { drafts: 5, flagged: 3, revised: 1, sentAnyway: 1, dropped: 1, categories: { insult: 2, profanity: 1 } }),
    sites: { 'weibo.com': { drafts: 4, flagged: 2 }, 'x.com': { drafts: 1, flagged: 1 } },
  },
  row('2025-05-25', 'x.com', { drafts: 10, flagged: 3, revised: 3, categories: { profanity: 2, threat: 1 } }),
  row('2025-05-24', 'zhihu.com', { drafts: 5, flagged: 1, sentAnyway: 1, categories: { insult: 1 } }),
  row('2025-05-02', 'zhihu.com', { drafts: 2, flagged: 2, revised: 2, categories: { harassment: 2 } }),
  // Outside 30 days, and in the future: neither counts.
  row('2025-05-01', 'weibo.com', { drafts: 99, flagged: 99 }),
  row('2025-06-01', 'weibo.com', { drafts: 99, flagged: 99 }),
];

describe('summarize', () => {
  const summary = summarize(rows, today);

  it('sums today, the last 7 days and the last 30 days, today included', () => {
    expect(summary.periods.today).toMatchObject({ drafts: 5, flagged: 3, revised: 1, sentAnyway: 1, dropped: 1 });
    expect(summary.periods.week).toMatchObject({ drafts: 15, flagged: 6, revised: 4, sentAnyway: 1 });
    expect(summary.periods.month).toMatchObject({ drafts: 22, flagged: 9, revised: 6, sentAnyway: 2 });
  });

  it('gives the share revised after a nudge, or none when nothing was flagged', () => {
    expect(summary.periods.today.revisedShare).toBeCloseTo(1 / 3);
    expect(summary.periods.month.revisedShare).toBeCloseTo(6 / 9);
    expect(summarizePeriod([row(today, 'a.com', { drafts: 3 })]).revisedShare).toBeNull();
  });

  it('ranks the top three categories and sites', () => {
    expect(summary.periods.month.categories).toEqual([
      { category: 'insult', count: 3 },
      { category: 'profanity', count: 3 },
      { category: 'harassment', count: 2 },
    ]);
    expect(summary.periods.month.sites).toEqual([
      { host: 'x.com', drafts: 11, flagged: 4 },
      { host: 'zhihu.com', drafts: 7, flagged: 3 },
      { host: 'weibo.com', drafts: 4, flagged: 2 },
    ]);
  });

  it('draws a 30-day trend, oldest first, with empty days as zeros', () => {
    expect(summary.trend).toHaveLength(30);
    expect(summary.trend[0]).toEqual({ day: '2025-05-02', drafts: 2, flagged: 2, sentAnyway: 0 });
    expect(summary.trend[1]).toEqual({ day: '2025-05-03', drafts: 0, flagged: 0, sentAnyway: 0 });
    expect(summary.trend.at(-1)).toEqual({ day: today, drafts: 5, flagged: 3, sentAnyway: 1 });
  });
});
