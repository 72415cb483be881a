import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { useChange } from './use-change';

/** Allow phrases of one list: innocent phrases that keep a covered term quiet. */
export function AllowSection({ listId }: { listId: string }) {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const [phrase, setPhrase] = useState('');
  const rows = useLiveQuery(() => db.allow.where('listId').equals(listId).filter((row) => !row.deleted).toArray(), [db, listId]);
  return (
    <section aria-labelledby="allow-title">
      <h2 id="allow-title">{t('options.allow.title')}</h2>
      <p className="muted">{t('options.allow.hint')}</p>
      <ul className="chips">
        {rows?.map((row) => (
          <li key={row.phrase}>
            {row.phrase}{' '}
            <button type="button" aria-label={t('options.allow.delete', { phrase: row.phrase })} onClick={() => void change(() => send('editNorms', { op: 'deleteAllow', listId, phrase: row.phrase }))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void change(() => send('editNorms', { op: 'addAllow', listId, phrase })).then((saved) => saved && setPhrase(''));
        }}
      >
        <input aria-label={t('options.allow.phrase')} required maxLength={100} value={phrase} onChange={(event) => setPhrase(event.target.value)} />
        <button type="submit">{t('options.allow.add')}</button>
      </form>
    </section>
  );
}
