// The rows Sansi stores. None holds the text of a draft.
import type { Category, Severity } from '../matcher/types';
import type { CategoryRewrites, NormEntry } from '../norms/format';
import type { DraftOutcomeKind, FlagSeen } from './drafts';

/** One norm firing in a draft, as versions before 4 stored it apart from the sessions; read only by the upgrade. */
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
  /** An imported list's phrase rewrites by category (a preset's are read from the shipped preset). */
  rewrites?: CategoryRewrites;
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

export type UndoableTable = 'lists' | 'terms' | 'allow' | 'settings' | 'siteAllows' | 'siteSettings';

/** Before-images of the rows one change touched, so "undo" can put them back. */
export interface UndoEntry {
  seq: number;
  at: number;
  label: string;
  rows: { table: UndoableTable; key: unknown; before: unknown }[];
}

/** How one draft ended, on which site. */
export interface DraftSession {
  id: number;
  host: string;
  startedAt: number;
  endedAt: number;
  outcome: DraftOutcomeKind;
  flags: FlagSeen[];
  pauseShown: boolean;
  /** The smart-detection nudge appeared. Absent on sessions recorded before it existed. */
  modelFired?: boolean;
}

/** Everything Sansi keeps about the user's drafts, for export: outcomes, never text. */
export interface HabitRecords {
  sessions: DraftSession[];
  retentionDays: number;
}
