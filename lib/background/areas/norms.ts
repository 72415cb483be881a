// The user's norms lists: edits, imports and undo, all behind a parent's lock.
import { applyEdit, importList } from '../../db/norms-edits';
import { undoLast } from '../../db/undo';
import { changed, type Handlers } from '../deps';

export const normsHandlers: Handlers<'editNorms' | 'importNorms' | 'undoLastChange'> = {
  async editNorms(payload, _sender, deps) {
    await deps.lock.assertOpen();
    await applyEdit(deps.db, payload);
    return { version: await changed(deps) };
  },
  async importNorms(payload, _sender, deps) {
    await deps.lock.assertOpen();
    const listId = await importList(deps.db, payload.list);
    return { version: await changed(deps), listId, terms: payload.list.terms.length };
  },
  async undoLastChange(_payload, _sender, deps) {
    await deps.lock.assertOpen();
    const undone = await undoLast(deps.db);
    return { version: undone ? await changed(deps) : 0, undone };
  },
};
