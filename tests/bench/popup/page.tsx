// The benchmark page, bundled by run.ts and loaded in real Chromium on 127.0.0.1 (a normal
// origin with a real IndexedDB on disk). ?mode=seed fills the database; ?mode=open renders the
// popup exactly as the extension does and reports when its numbers are on screen; ?mode=parts
// times opening the database and reading the numbers on their own.
import type { PopupDeps } from '@/components/popup/deps';
import { mountPopup } from '@/components/popup/mount';
import { systemClock } from '@/lib/db/rollups';
import { SansiDb } from '@/lib/db/schema';
import { recordSession } from '@/lib/db/sessions';
import { DAY_MS, systemTimeZone } from '@/lib/habits/days';
import { rollupsOf } from '@/lib/habits/rollup';
import type { DraftOutcome, DraftOutcomeKind, FlagSeen } from '@/lib/messaging/protocol';
import '@/components/theme.css';
import '@/components/popup/popup.css';

declare global {
  interface Window {
    benchResult?: unknown;
  }
}

const DB_NAME = 'sansi-bench';
const params = new URLSearchParams(location.search);

const flags: FlagSeen[] = [
  { normId: 'zh.shabi', category: 'insult', severity: 2 },
  { normId: 'en.idiot', category: 'insult', severity: 2 },
  { normId: 'en.fuck', category: 'profanity', severity: 1 },
  { normId: 'zh.nmsl', category: 'harassment', severity: 3 },
];
const outcomes: DraftOutcomeKind[] = ['sent', 'sent', 'sent', 'revised', 'sent-anyway', 'abandoned', 'suggestion-used'];

function makeSession(index: number, now: number): DraftOutcome & { host: string } {
  // Spread over 179 days (inside the default retention) and 20 sites; a fifth flagged.
  const endedAt = now - ((index * 7919) % (179 * DAY_MS / 1000)) * 1000;
  const flagged = index % 5 === 0;
  const outcome = flagged ? outcomes[3 + (index % 4)]! : index % 11 === 0 ? 'abandoned' : 'sent';
  return { host: `site${index % 20}.example`, startedAt: endedAt - 45_000, endedAt, outcome, flags: flagged ? [flags[index % 4]!] : [], pauseShown: outcome === 'sent-anyway', modelFired: false };
}

async function seed(count: number): Promise<void> {
  await new SansiDb(DB_NAME).delete();
  const db = new SansiDb(DB_NAME);
  const now = Date.now();
  const timeZone = systemTimeZone();
  const started = performance.now();
  const all = Array.from({ length: count }, (_, index) => makeSession(index, now));
  for (let from = 0; from < count; from += 10_000) await db.draftSessions.bulkAdd(all.slice(from, from + 10_000));
  await db.dailyRollups.bulkPut(rollupsOf(all, timeZone, now));
  const seedMs = performance.now() - started;

  // What aggregating without rollups would cost: every session of the last 30 days into memory.
  const naiveStart = performance.now();
  const naiveRows = await db.draftSessions.where('startedAt').above(now - 30 * DAY_MS).toArray();
  const naiveMs = performance.now() - naiveStart;

  // What one more recorded draft costs the background with this much stored (the content
  // script posts the outcome and never waits for it).
  const record: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const at = performance.now();
    await recordSession(db, `site${i % 20}.example`, makeSession(i, Date.now()), { now: Date.now(), timeZone });
    record.push(performance.now() - at);
  }
  record.sort((a, b) => a - b);
  window.benchResult = {
    sessions: await db.draftSessions.count(),
    rollups: await db.dailyRollups.count(),
    seedMs,
    naive30DayRows: naiveRows.length,
    naive30DayMs: naiveMs,
    recordMedianMs: record[100],
    recordP95Ms: record[190],
  };
  db.close();
}

function open(): void {
  const db = new SansiDb(DB_NAME);
  const deps: PopupDeps = {
    db,
    send: (async () => ({})) as never,
    activeHost: async () => null,
    optionsUrl: '#',
    demoUrl: '#',
    clock: systemClock,
    download: () => undefined,
  };
  const scriptStart = performance.now();
  // Done when the first number sits under "Drafts checked": that is what the user waits for.
  let loadingShown = 0;
  const observer = new MutationObserver(() => {
    if (!loadingShown && document.querySelector('main')) loadingShown = performance.now();
    const label = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Drafts checked');
    const value = label?.nextElementSibling?.textContent;
    if (!value || !/^\d+$/.test(value)) return;
    observer.disconnect();
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    window.benchResult = {
      scriptStartMs: scriptStart,
      numbersMs: performance.now(),
      draftsChecked: Number(value),
      responseEnd: nav?.responseEnd,
      domInteractive: nav?.domInteractive,
      loadingShownMs: loadingShown,
    };
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // The very function the extension's popup entrypoint calls.
  void mountPopup(document.getElementById('root')!, deps);
}

// The parts of an open, timed apart: opening the database, and reading the numbers.
async function parts(): Promise<void> {
  const t0 = performance.now();
  const db = new SansiDb(DB_NAME);
  await db.open();
  const t1 = performance.now();
  const { readHabits } = await import('@/lib/db/rollups');
  await readHabits(db, systemClock());
  const t2 = performance.now();
  await readHabits(db, systemClock());
  const t3 = performance.now();
  window.benchResult = { navToScript: t0, openMs: t1 - t0, firstReadMs: t2 - t1, secondReadMs: t3 - t2 };
}

if (params.get('mode') === 'parts') void parts();
else if (params.get('mode') === 'seed') void seed(Number(params.get('n') ?? 100_000));
else open();
