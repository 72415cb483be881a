import type { NormsList } from '../norms/format';
import type { SansiDb, StoredAllow, StoredTerm } from './schema';

/** A stable fingerprint of a preset's content, to notice when a new version of Sansi changed it. */
export function presetHash(list: NormsList): string {
  const text = JSON.stringify([list.name, list.languages, list.terms, list.allow]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

const fromPreset = (listId: string, term: NormsList['terms'][number]): StoredTerm => ({
  ...term,
  listId,
  enabled: true,
  origin: 'preset',
  userModified: false,
  deleted: false,
});

/**
 * Brings the stored copies of the shipped presets up to date with this version of Sansi.
 * Terms the user edited, disabled, deleted or added are left exactly as they are; untouched
 * preset terms follow the new preset (updated, added or removed). Returns whether anything changed.
 */
export async function syncPresets(db: SansiDb, shipped: readonly NormsList[], activeByDefault: readonly string[]): Promise<boolean> {
  return db.transaction('rw', db.lists, db.terms, db.allow, async () => {
    let changed = false;
    for (const preset of shipped) {
      const hash = presetHash(preset);
      const stored = await db.lists.get(preset.id);
      if (stored?.presetHash === hash) continue;
      changed = true;
      await db.lists.put({
        id: preset.id,
        name: preset.name,
        languages: preset.languages,
        kind: 'preset',
        active: stored ? stored.active : activeByDefault.includes(preset.id) ? 1 : 0,
        presetHash: hash,
        createdAt: stored?.createdAt ?? Date.now(),
      });
      const existing = new Map((await db.terms.where('listId').equals(preset.id).toArray()).map((term) => [term.id, term]));
      const shippedIds = new Set(preset.terms.map((term) => term.id));
      const puts: StoredTerm[] = [];
      for (const term of preset.terms) {
        const mine = existing.get(term.id);
        if (!mine) puts.push(fromPreset(preset.id, term));
        else if (mine.origin === 'preset' && !mine.userModified) puts.push({ ...fromPreset(preset.id, term), enabled: mine.enabled });
      }
      const removed = [...existing.values()]
        .filter((term) => term.origin === 'preset' && !term.userModified && !shippedIds.has(term.id))
        .map((term): [string, string] => [preset.id, term.id]);
      await db.terms.bulkPut(puts);
      await db.terms.bulkDelete(removed);

      const allowRows = new Map((await db.allow.where('listId').equals(preset.id).toArray()).map((row) => [row.phrase, row]));
      const shippedAllow = new Set(preset.allow);
      const allowPuts: StoredAllow[] = preset.allow
        .filter((phrase) => !allowRows.has(phrase))
        .map((phrase) => ({ listId: preset.id, phrase, origin: 'preset', deleted: false }));
      const allowGone = [...allowRows.values()]
        .filter((row) => row.origin === 'preset' && !row.deleted && !shippedAllow.has(row.phrase))
        .map((row): [string, string] => [preset.id, row.phrase]);
      await db.allow.bulkPut(allowPuts);
      await db.allow.bulkDelete(allowGone);
    }
    return changed;
  });
}
