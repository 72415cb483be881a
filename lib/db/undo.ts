import type { SansiDb, UndoableTable } from './schema';

const UNDO_DEPTH = 20;
const undoableTables: readonly UndoableTable[] = ['lists', 'terms', 'allow', 'settings', 'siteAllows', 'siteSettings'];

/** Records a row's state before a change touches it; call it before every write. */
export type Track = (table: UndoableTable, key: unknown) => Promise<void>;

/**
 * Runs one user-visible change in a single transaction and keeps before-images of every row it
 * touched, so `undoLast` can restore exactly the state before it.
 */
export async function tracked<T>(db: SansiDb, label: string, change: (track: Track) => Promise<T>): Promise<T> {
  return db.transaction('rw', [...undoableTables.map((name) => db.table(name)), db.undo], async () => {
    const seen = new Map<string, { table: UndoableTable; key: unknown; before: unknown }>();
    const track: Track = async (table, key) => {
      const id = `${table}\u0000${JSON.stringify(key)}`;
      if (seen.has(id)) return;
      seen.set(id, { table, key, before: await db.table(table).get(key as never) });
    };
    const result = await change(track);
    if (seen.size > 0) {
      await db.undo.add({ at: Date.now(), label, rows: [...seen.values()] });
      const stale = await db.undo.orderBy('seq').reverse().offset(UNDO_DEPTH).primaryKeys();
      await db.undo.bulkDelete(stale);
    }
    return result;
  });
}

/** Restores the rows of the most recent change. Returns false when there is nothing to undo. */
export async function undoLast(db: SansiDb): Promise<boolean> {
  return db.transaction('rw', [...undoableTables.map((name) => db.table(name)), db.undo], async () => {
    const last = await db.undo.orderBy('seq').last();
    if (!last) return false;
    for (const { table, key, before } of last.rows) {
      if (before === undefined) await db.table(table).delete(key as never);
      else await db.table(table).put(before);
    }
    await db.undo.delete(last.seq);
    return true;
  });
}
