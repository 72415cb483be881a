import type { SansiDb } from '@/lib/db/schema';
import { exportJson, exportPlain } from '@/lib/norms/export';

/** The stored list as a file the user can keep or hand out; it imports back unchanged. */
export async function exportStoredList(db: SansiDb, listId: string, kind: 'json' | 'plain'): Promise<{ fileName: string; text: string }> {
  const list = await db.lists.get(listId);
  if (!list) throw new Error(`No list ${listId}`);
  const stored = await db.terms.where('listId').equals(listId).filter((term) => !term.deleted).toArray();
  const terms = stored.map(({ listId: _l, enabled: _e, origin: _o, userModified: _u, deleted: _d, ...term }) => term);
  const allow = (await db.allow.where('listId').equals(listId).filter((row) => !row.deleted).toArray()).map((row) => row.phrase);
  const content = { id: list.id, name: list.name, languages: list.languages, terms, allow };
  return kind === 'json'
    ? { fileName: `${list.id}.sansi-norms.json`, text: exportJson(content) }
    : { fileName: `${list.id}.txt`, text: exportPlain(content) };
}
