// The reads Sansi's pages make of the database, in one place, so each rule is written once:
// above all that a deleted preset term or allow phrase stays as a tombstone (preset updates must
// not bring it back) and is never shown, counted, exported or checked.
import type { StoredAllow, StoredList, StoredTerm, UndoEntry } from '../core/records';
import type { SansiDb } from './schema';

/** The one "not deleted" rule. */
export const isLive = (row: { deleted: boolean }): boolean => !row.deleted;

export function allLists(db: SansiDb): Promise<StoredList[]> {
  return db.lists.toArray();
}

export function listById(db: SansiDb, listId: string): Promise<StoredList | undefined> {
  return db.lists.get(listId);
}

/** A list's terms the user has (switched off or not), without tombstones. */
export function liveTerms(db: SansiDb, listId: string): Promise<StoredTerm[]> {
  return db.terms.where('listId').equals(listId).filter(isLive).toArray();
}

export function liveAllow(db: SansiDb, listId: string): Promise<StoredAllow[]> {
  return db.allow.where('listId').equals(listId).filter(isLive).toArray();
}

/** Every list with how many terms it holds. */
export async function listsWithTermCounts(db: SansiDb): Promise<{ list: StoredList; count: number }[]> {
  const lists = await allLists(db);
  return Promise.all(lists.map(async (list) => ({ list, count: await db.terms.where('listId').equals(list.id).filter(isLive).count() })));
}

/** A term by its id, from whichever list holds it first (tombstones too: an undo may name one). */
export async function termInAnyList(db: SansiDb, normId: string): Promise<StoredTerm | undefined> {
  for (const list of await allLists(db)) {
    const term = await db.terms.get([list.id, normId]);
    if (term) return term;
  }
  return undefined;
}

export function termByKey(db: SansiDb, key: [string, string]): Promise<StoredTerm | undefined> {
  return db.terms.get(key);
}

/** Whether Sansi runs on `host`: on unless the user switched it off there. */
export async function siteEnabled(db: SansiDb, host: string): Promise<boolean> {
  return (await db.siteSettings.get(host))?.enabled ?? true;
}

/** The change "undo" would take back next, if any. */
export function lastUndo(db: SansiDb): Promise<UndoEntry | undefined> {
  return db.undo.orderBy('seq').last();
}
