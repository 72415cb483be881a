import { Dexie, type EntityTable } from 'dexie';
import type { Category, Severity } from '../matcher/types';

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

/** The extension's database. Only the background writes; extension pages may read. */
export class SansiDb extends Dexie {
  flagEvents!: EntityTable<FlagEvent, 'id'>;

  constructor(name = 'sansi') {
    super(name);
    // Bump the version only together with an upgrade() or a removed table (STYLE.md §8).
    this.version(1).stores({
      flagEvents: '++id, at, host, normId',
    });
  }
}
