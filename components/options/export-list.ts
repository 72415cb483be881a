import type { SansiDb } from '@/lib/db/schema';
import { exportJson, exportPlain } from '@/lib/norms/export';
import { listById, liveAllow, liveTerms } from '@/lib/db/queries';

/** The stored list as a file the user can keep or hand out; it imports back unchanged. */
export async function exportStoredList(db: SansiDb, listId: string, kind: 'json' | 'plain'): Promise<{ fileName: string; text: string }> {
  const list = await listById(db, listId);
  if (!list) throw new Error(`No list ${listId}`);
  const stored = await liveTerms(db, listId);
  const terms = stored.map(({ listId: _l, enabled: _e, origin: _o, userModified: _u, deleted: _d, ...term }) => term);
  const allow = (await liveAllow(db, listId)).map((row) => row.phrase);
  const content = { id: list.id, name: list.name, languages: list.languages, terms, allow };
  return kind === 'json'
    ? { fileName: `${list.id}.sansi-norms.json`, text: exportJson(content) }
    : { fileName: `${list.id}.txt`, text: exportPlain(content) };
}
