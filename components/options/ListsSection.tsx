import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { listName } from './list-name';
import { LockedNote, useLocked } from './locked';
import { SkippedTermsNote } from './SkippedTermsNote';
import { useOptionsStore } from './store';
import { useChange } from './use-change';
import { listsWithTermCounts } from '@/lib/db/queries';

/** Which lists are active; the user's own lists can be deleted. */
export function ListsSection() {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const selectList = useOptionsStore((state) => state.selectList);
  const { locked } = useLocked();
  const lists = useLiveQuery(() => listsWithTermCounts(db), [db]);
  return (
    <section aria-labelledby="lists-title">
      <div className="section-head">
        <h2 id="lists-title">{t('options.lists.title')}</h2>
        <LockedNote />
      </div>
      <p className="muted">{t('options.lists.hint')}</p>
      <ul className="lists">
        {lists?.map(({ list, count }) => {
          const name = listName(list, t);
          return (
            <li key={list.id}>
              <label>
                <input
                  type="checkbox"
                  checked={list.active === 1}
                  disabled={locked}
                  onChange={(event) => void change(() => send('editNorms', { op: 'setListActive', listId: list.id, active: event.target.checked }))}
                  aria-label={t('options.lists.active', { name })}
                />{' '}
                <button type="button" className="link" onClick={() => selectList(list.id)}>
                  {/* A list name is the user's text, in any script: a right-to-left one must not reorder what stands around it. */}
                  <bdi>{name}</bdi>
                </button>
              </label>{' '}
              <span className="muted">
                {t(list.kind === 'preset' ? 'options.lists.kind.preset' : 'options.lists.kind.user')} · {t('options.lists.count', { count })}
              </span>
              {list.kind === 'user' && (
                <button
                  type="button"
                  className="danger"
                  disabled={locked}
                  onClick={() => {
                    if (window.confirm(t('options.lists.confirmDelete', { name, count }))) {
                      void change(() => send('editNorms', { op: 'deleteList', listId: list.id }));
                    }
                  }}
                >
                  {t('options.lists.delete', { name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <SkippedTermsNote />
    </section>
  );
}
