import { Dexie, type EntityTable, type Table } from 'dexie';
import { systemTimeZone } from '../habits/days';
import { rollupsOf, type DailyRollup } from '../habits/rollup';
import type { DraftSession, FlagEvent, Setting, SiteAllow, SiteSetting, StoredAllow, StoredList, StoredTerm, UndoEntry } from '../core/records';

// The row types live in core, so storage, messaging, habits and the UI share them without
// importing one another; they stay importable from here for the database's readers.
export type { DraftSession, FlagEvent, Setting, SiteAllow, SiteSetting, StoredAllow, StoredList, StoredTerm, UndoableTable, UndoEntry } from '../core/records';

/** The extension's database. Only the background writes; extension pages may read. */
export class SansiDb extends Dexie {
  flagEvents!: EntityTable<FlagEvent, 'id'>;
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
    // v2 (issue 4): norms lists, settings and undo move into IndexedDB; draft outcomes arrive.
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
    // v3 (issue 6): one row of draft-outcome counters per day, so the popup sums at most 30 rows
    // instead of every session. `sentFlaggedOn` is a sparse index for the streak. Sessions
    // recorded under v2 are rolled up once here, on the days of the browser's time zone.
    this.version(3)
      .stores({ dailyRollups: 'day, sentFlaggedOn' })
      .upgrade(async (tx) => {
        const sessions = await tx.table<DraftSession>('draftSessions').toArray();
        await tx.table<DailyRollup>('dailyRollups').bulkPut(rollupsOf(sessions, systemTimeZone(), Date.now()));
      });
  }
}
