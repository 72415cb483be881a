import type { Category } from '../matcher/types';
import { addDays, daysEndingOn, type DayKey } from './days';
import type { DailyRollup } from './rollup';

export type Period = 'today' | 'week' | 'month';
export const periods: readonly Period[] = ['today', 'week', 'month'];
export const periodDays: Record<Period, number> = { today: 1, week: 7, month: 30 };
/** The longest span anything in the popup looks back: the 30-day period and trend. */
export const LOOKBACK_DAYS = 30;
const TOP = 3;

export interface Totals {
  drafts: number;
  flagged: number;
  revised: number;
  suggestionUsed: number;
  sentAnyway: number;
  dropped: number;
  paused: number;
}

export interface PeriodSummary extends Totals {
  /** revised ÷ flagged, or null when nothing was flagged (no share to speak of). */
  revisedShare: number | null;
  categories: { category: Category; count: number }[];
  sites: { host: string; drafts: number; flagged: number }[];
}

export interface TrendDay {
  day: DayKey;
  drafts: number;
  flagged: number;
  sentAnyway: number;
}

export interface HabitsSummary {
  today: DayKey;
  periods: Record<Period, PeriodSummary>;
  /** The last LOOKBACK_DAYS days, oldest first, days without drafts included as zeros. */
  trend: TrendDay[];
}

const counters = ['drafts', 'flagged', 'revised', 'suggestionUsed', 'sentAnyway', 'dropped', 'paused'] as const;

function zeroTotals(): Totals {
  return { drafts: 0, flagged: 0, revised: 0, suggestionUsed: 0, sentAnyway: 0, dropped: 0, paused: 0 };
}

function addTotals(into: Totals, row: Totals): void {
  for (const key of counters) into[key] += row[key];
}

/** Sums one period's rows into what the popup shows. */
export function summarizePeriod(rows: readonly DailyRollup[]): PeriodSummary {
  const totals = zeroTotals();
  const categories = new Map<Category, number>();
  const sites = new Map<string, { host: string; drafts: number; flagged: number }>();
  for (const row of rows) {
    addTotals(totals, row);
    for (const [category, count] of Object.entries(row.categories) as [Category, number][]) {
      categories.set(category, (categories.get(category) ?? 0) + count);
    }
    for (const [host, counts] of Object.entries(row.sites)) {
      const site = sites.get(host) ?? { host, drafts: 0, flagged: 0 };
      site.drafts += counts.drafts;
      site.flagged += counts.flagged;
      sites.set(host, site);
    }
  }
  return {
    ...totals,
    revisedShare: totals.flagged === 0 ? null : totals.revised / totals.flagged,
    categories: [...categories]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
      .slice(0, TOP),
    // Sites where the user was flagged most come first: that is where the habit lives.
    sites: [...sites.values()]
      .sort((a, b) => b.flagged - a.flagged || b.drafts - a.drafts || a.host.localeCompare(b.host))
      .slice(0, TOP),
  };
}

/**
 * Everything the popup shows except the streak, from the rollups of the last LOOKBACK_DAYS
 * days up to `today` (rows outside that window are ignored).
 */
export function summarize(rows: readonly DailyRollup[], today: DayKey): HabitsSummary {
  const since = (days: number): DayKey => addDays(today, 1 - days);
  const inWindow = rows.filter((row) => row.day >= since(LOOKBACK_DAYS) && row.day <= today);
  const byPeriod = (period: Period) => summarizePeriod(inWindow.filter((row) => row.day >= since(periodDays[period])));
  const byDay = new Map(inWindow.map((row) => [row.day, { day: row.day, drafts: row.drafts, flagged: row.flagged, sentAnyway: row.sentAnyway }]));
  return {
    today,
    periods: { today: byPeriod('today'), week: byPeriod('week'), month: byPeriod('month') },
    trend: daysEndingOn(today, LOOKBACK_DAYS).map((day) => byDay.get(day) ?? { day, drafts: 0, flagged: 0, sentAnyway: 0 }),
  };
}
