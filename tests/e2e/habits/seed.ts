import type { Page } from 'playwright-core';
import { DAY_MS } from '../../../lib/habits/days';
import { rollupsOf } from '../../../lib/habits/rollup';
import type { DraftOutcome, DraftOutcomeKind, FlagSeen } from '../../../lib/messaging/protocol';

type Seeded = DraftOutcome & { host: string };

const hosts = ['weibo.com', 'www.zhihu.com', 'x.com', 'www.bilibili.com', 'www.reddit.com', 'tieba.baidu.com', 'www.douban.com', 'www.youtube.com'];
const flagPool: FlagSeen[] = [
  { normId: 'zh.shabi', category: 'insult', severity: 2 },
  { normId: 'en.idiot', category: 'insult', severity: 2 },
  { normId: 'en.fuck', category: 'profanity', severity: 1 },
  { normId: 'zh.nmsl', category: 'harassment', severity: 3 },
  { normId: 'en.kys', category: 'self-harm', severity: 3 },
  { normId: 'zh.diyu', category: 'identity-hate', severity: 3 },
];

/** Deterministic pseudo-random sessions over the last `days` days, fewer flags as weeks pass. */
export function makeSessions(count: number, days: number, now: number): Seeded[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => {
    const ago = random() * days * DAY_MS;
    const endedAt = Math.round(now - ago);
    // Older weeks were rougher: the mirror should show improvement.
    const flagged = random() < 0.15 + (0.25 * ago) / (days * DAY_MS);
    const flags = flagged ? [flagPool[Math.floor(random() * random() * flagPool.length)]!] : [];
    const roll = random();
    let outcome: DraftOutcomeKind = 'sent';
    if (flagged) outcome = roll < 0.45 ? 'revised' : roll < 0.55 ? 'suggestion-used' : roll < 0.8 ? 'sent-anyway' : 'abandoned';
    else if (roll < 0.1) outcome = 'abandoned';
    // Nothing flagged went out in the last four days: a streak to show.
    if (outcome === 'sent-anyway' && ago < 4 * DAY_MS) outcome = 'revised';
    return { host: hosts[Math.floor(random() * random() * hosts.length)]!, startedAt: endedAt - 60_000, endedAt, outcome, flags, pauseShown: outcome === 'sent-anyway', modelFired: false };
  });
}

/**
 * Writes sessions and their daily counts straight into the extension's IndexedDB from one of
 * its pages, as the background would have written them one by one. Reload the page afterwards:
 * Dexie's live queries don't see raw IndexedDB writes.
 */
export async function seedHabits(page: Page, sessions: Seeded[], now: number): Promise<void> {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const rollups = rollupsOf(sessions, timeZone, now);
  await page.evaluate(
    async ({ sessions, rollups }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sansi');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['draftSessions', 'dailyRollups'], 'readwrite');
      for (const session of sessions) tx.objectStore('draftSessions').add(session);
      for (const row of rollups) tx.objectStore('dailyRollups').put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { sessions, rollups },
  );
}
