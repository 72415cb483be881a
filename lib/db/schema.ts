import { Dexie, type EntityTable, type Table } from 'dexie';
import { systemTimeZone } from '../habits/days';
import { addToRollup, emptyRollup, rollupsOf, sessionDay, type DailyRollup } from '../habits/rollup';
import { sessionsForLooseEvents } from './flag-events-upgrade';
import type { DraftSession, FlagEvent, Setting, SiteAllow, SiteSetting, StoredAllow, StoredList, StoredTerm, UndoEntry } from '../core/records';

// The row types live in core, so storage, messaging, habits and the UI share them without
// importing one another; they stay importable from here for the database's readers.
export type { DraftSession, Setting, SiteAllow, SiteSetting, StoredAllow, StoredList, StoredTerm, UndoableTable, UndoEntry } from '../core/records';

/** The extension's database. Only the background writes; extension pages may read. */
export class SansiDb extends Dexie {
  lists!: EntityTable<StoredList, 'id'>;
  terms!: Table<StoredTerm, [string, string]>;
  allow!: Table<StoredAllow, [string, string]>;
  siteAllows!: Table<SiteAllow, [string, string]>;
  siteSettings!: EntityTable<SiteSetting, 'host'>;
  settings!: EntityTable<Setting, 'key'>;
  undo!: EntityTable<UndoEntry, 'seq'>;
  draftSessions!: EntityTable<DraftSession, 'id'>;
  dailyRollups!: EntityTable<DailyRollup, 'day'>;

  constructor(name = 'sansi') {
    super(name);
    // Bump the version only with an upgrade() or a removed table (STYLE.md §8). Keep every
    // earlier version declared: Dexie upgrades a user's database step by step from it.
    this.version(1).stores({
      flagEvents: '++id, at, host, normId',
    });
    // v2: norms lists, settings and undo move into IndexedDB; draft outcomes arrive.
    // Only tables are added, so existing flag events carry over untouched.
    this.version(2).stores({
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
    // v3: one row of draft-outcome counters per day, so the popup sums at most 30 rows
    // instead of every session. `sentFlaggedOn` is a sparse index for the streak. Sessions
    // recorded under v2 are rolled up once here, on the days of the browser's time zone.
    this.version(3)
      .stores({ dailyRollups: 'day, sentFlaggedOn' })
      .upgrade(async (tx) => {
        const sessions = await tx.table<DraftSession>('draftSessions').toArray();
        await tx.table<DailyRollup>('dailyRollups').bulkPut(rollupsOf(sessions, systemTimeZone(), Date.now()));
      });
    // v4: what fired in a draft is recorded once, in its session; flagEvents goes. Events no
    // session holds become sessions first (flag-events-upgrade.ts), counted in their days.
    this.version(4)
      .stores({ flagEvents: null })
      .upgrade(async (tx) => {
        const sessions = await tx.table<DraftSession>('draftSessions').toArray();
        const made = sessionsForLooseEvents(await tx.table<FlagEvent>('flagEvents').toArray(), sessions);
        if (made.length === 0) return;
        await tx.table('draftSessions').bulkAdd(made);
        const rollups = tx.table<DailyRollup>('dailyRollups');
        const timeZone = systemTimeZone();
        const now = Date.now();
        for (const session of made) {
          const day = sessionDay(session, timeZone, now);
          await rollups.put(addToRollup((await rollups.get(day)) ?? emptyRollup(day), session.host, session));
        }
      });
  }
}
