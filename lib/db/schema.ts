import { Dexie, type EntityTable, type Table } from 'dexie';
import { systemTimeZone } from '../habits/days';
import { rollupsOf, type DailyRollup } from '../habits/rollup';
import type { Category, Severity } from '../matcher/types';
import type { DraftOutcomeKind, FlagSeen } from '../messaging/protocol';
import type { NormEntry } from '../norms/format';

/** One norm firing in a draft. Never holds the draft's text. */
export interface FlagEvent {
  id: number;
  /** Epoch milliseconds. */
  at: number;
  /** Hostname of the page, taken from the message's sender, never from its payload. */
  host: string;
  normId: string;
  category: Category;
  severity: Severity;
}

/** A norms list the user has: a shipped preset or one they imported or made. */
export interface StoredList {
  id: string;
  name: string;
  languages: string[];
  kind: 'preset' | 'user';
  active: 0 | 1;
  /** For presets: a hash of the shipped content this copy was last synced with. */
  presetHash?: string;
  createdAt: number;
}

/** A term of a stored list. `userModified` protects it from preset updates. */
export interface StoredTerm extends NormEntry {
  listId: string;
  enabled: boolean;
  origin: 'preset' | 'user';
  userModified: boolean;
  /** A preset term the user deleted stays as a tombstone, so a preset update won't bring it back. */
  deleted: boolean;
}

export interface StoredAllow {
  listId: string;
  phrase: string;
  origin: 'preset' | 'user';
  deleted: boolean;
}

/** "Not abusive here": a norm kept quiet on one site. */
export interface SiteAllow {
  host: string;
  normId: string;
  at: number;
}

export interface SiteSetting {
  host: string;
  enabled: boolean;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** Before-images of the rows one change touched, so "undo" can put them back. */
export interface UndoEntry {
  seq: number;
  at: number;
  label: string;
  rows: { table: UndoableTable; key: unknown; before: unknown }[];
}
export type UndoableTable = 'lists' | 'terms' | 'allow' | 'settings' | 'siteAllows' | 'siteSettings';

/** How one draft ended. Never holds the draft's text. */
export interface DraftSession {
  id: number;
  host: string;
  startedAt: number;
  endedAt: number;
  outcome: DraftOutcomeKind;
  flags: FlagSeen[];
  pauseShown: boolean;
  /** The smart-detection nudge appeared (issue 9). Absent on sessions recorded before it. */
  modelFired?: boolean;
}

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
