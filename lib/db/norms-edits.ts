import type { NormsEdit } from '../core/norms-edit';
import { Refusal } from '../core/refusal';
import type { NormsList } from '../norms/format';
import type { SansiDb, StoredTerm } from './schema';
import { tracked } from './undo';
import { isLive } from './queries';

async function requireList(db: SansiDb, listId: string) {
  const list = await db.lists.get(listId);
  if (!list) throw new Refusal(`No list with id ${listId}`);
  return list;
}

async function requireTerm(db: SansiDb, listId: string, termId: string): Promise<StoredTerm> {
  const term = await db.terms.get([listId, termId]);
  if (!term || !isLive(term)) throw new Refusal(`No term ${termId} in list ${listId}`);
  return term;
}

/** Applies one edit from the options page as one undoable change. */
export function applyEdit(db: SansiDb, edit: NormsEdit): Promise<void> {
  return tracked(db, edit.op, async (track) => {
    switch (edit.op) {
      case 'addTerm': {
        await requireList(db, edit.listId);
        const key: [string, string] = [edit.listId, edit.term.id];
        const existing = await db.terms.get(key);
        if (existing && isLive(existing)) throw new Refusal(`A term with id ${edit.term.id} already exists`);
        await track('terms', key);
        await db.terms.put({ ...edit.term, listId: edit.listId, enabled: true, origin: existing?.origin ?? 'user', userModified: true, deleted: false });
        return;
      }
      case 'updateTerm': {
        const current = await requireTerm(db, edit.listId, edit.term.id);
        await track('terms', [edit.listId, edit.term.id]);
        await db.terms.put({ ...edit.term, listId: edit.listId, enabled: current.enabled, origin: current.origin, userModified: true, deleted: false });
        return;
      }
      case 'setTermEnabled': {
        const current = await requireTerm(db, edit.listId, edit.termId);
        await track('terms', [edit.listId, edit.termId]);
        await db.terms.put({ ...current, enabled: edit.enabled, userModified: true });
        return;
      }
      case 'deleteTerm': {
        const current = await requireTerm(db, edit.listId, edit.termId);
        await track('terms', [edit.listId, edit.termId]);
        // A deleted preset term stays as a tombstone so a preset update can't bring it back.
        if (current.origin === 'preset') await db.terms.put({ ...current, deleted: true, userModified: true });
        else await db.terms.delete([edit.listId, edit.termId]);
        return;
      }
      case 'addAllow': {
        await requireList(db, edit.listId);
        const phrase = edit.phrase.trim();
        if (!phrase) throw new Refusal('An allow phrase cannot be empty');
        const existing = await db.allow.get([edit.listId, phrase]);
        if (existing && isLive(existing)) throw new Refusal(`"${phrase}" is already allowed`);
        await track('allow', [edit.listId, phrase]);
        await db.allow.put({ listId: edit.listId, phrase, origin: existing?.origin ?? 'user', deleted: false });
        return;
      }
      case 'deleteAllow': {
        const existing = await db.allow.get([edit.listId, edit.phrase]);
        if (!existing || !isLive(existing)) throw new Refusal(`"${edit.phrase}" is not in the list`);
        await track('allow', [edit.listId, edit.phrase]);
        if (existing.origin === 'preset') await db.allow.put({ ...existing, deleted: true });
        else await db.allow.delete([edit.listId, edit.phrase]);
        return;
      }
      case 'setListActive': {
        const list = await requireList(db, edit.listId);
        await track('lists', edit.listId);
        await db.lists.put({ ...list, active: edit.active ? 1 : 0 });
        return;
      }
      case 'deleteList': {
        const list = await requireList(db, edit.listId);
        if (list.kind === 'preset') throw new Refusal('A shipped preset can be switched off, not deleted');
        await track('lists', edit.listId);
        const termKeys = await db.terms.where('listId').equals(edit.listId).primaryKeys();
        const allowKeys = await db.allow.where('listId').equals(edit.listId).primaryKeys();
        for (const key of termKeys) await track('terms', key);
        for (const key of allowKeys) await track('allow', key);
        await db.lists.delete(edit.listId);
        await db.terms.bulkDelete(termKeys);
        await db.allow.bulkDelete(allowKeys);
        return;
      }
    }
  });
}

/** Stores an imported list as a new, active user list. Returns its id. */
export function importList(db: SansiDb, list: NormsList): Promise<string> {
  return tracked(db, 'import', async (track) => {
    let id = list.id;
    for (let n = 2; await db.lists.get(id); n++) id = `${list.id}-${n}`;
    await track('lists', id);
    await db.lists.add({ id, name: list.name, languages: list.languages, kind: 'user', active: 1, createdAt: Date.now(), ...(list.rewrites ? { rewrites: list.rewrites } : {}) });
    const terms: StoredTerm[] = list.terms.map((term) => ({ ...term, listId: id, enabled: true, origin: 'user', userModified: true, deleted: false }));
    // New rows: undo deletes them. Recorded as keys only, so a 50k-term import stays cheap.
    for (const term of terms) await track('terms', [id, term.id]);
    for (const phrase of list.allow) await track('allow', [id, phrase]);
    await db.terms.bulkAdd(terms);
    await db.allow.bulkAdd(list.allow.map((phrase) => ({ listId: id, phrase, origin: 'user' as const, deleted: false })));
    return id;
  });
}
