import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { LockedNote, useLocked } from './locked';
import { useChange } from './use-change';
import { liveAllow } from '@/lib/db/queries';

/** Chips drawn at once: the Chinese preset alone has thousands of phrases, searched, not scrolled. */
const MAX_CHIPS = 100;

/** Allow phrases of one list: innocent phrases that keep a covered term quiet. */
export function AllowSection({ listId }: { listId: string }) {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const { locked } = useLocked();
  const [phrase, setPhrase] = useState('');
  const [query, setQuery] = useState('');
  const rows = useLiveQuery(() => liveAllow(db, listId), [db, listId]) ?? [];
  const needle = query.trim().toLowerCase();
  const shown = needle ? rows.filter((row) => row.phrase.toLowerCase().includes(needle)) : rows;
  return (
    <section aria-labelledby="allow-title">
      <div className="section-head">
        <h2 id="allow-title">{t('options.allow.title')}</h2>
        <LockedNote />
      </div>
      <p className="muted">{t('options.allow.hint')}</p>
      {/* Kept while a search is typed, even once deletions bring the list under the limit:
          a hidden query would go on filtering the chips. */}
      {(rows.length > MAX_CHIPS || query !== '') && (
        <div className="filters" role="search">
          <input type="search" aria-label={t('options.allow.search')} placeholder={t('options.allow.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      )}
      {shown.length > MAX_CHIPS && (
        <p className="muted" aria-live="polite">
          {t('options.allow.showing', { shown: MAX_CHIPS, total: shown.length })}
        </p>
      )}
      <ul className="chips">
        {shown.slice(0, MAX_CHIPS).map((row) => (
          <li key={row.phrase}>
            {row.phrase}{' '}
            <button type="button" className="chip__remove" disabled={locked} aria-label={t('options.allow.delete', { phrase: row.phrase })} onClick={() => void change(() => send('editNorms', { op: 'deleteAllow', listId, phrase: row.phrase }))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      {needle && shown.length === 0 && <p className="muted">{t('options.allow.none')}</p>}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void change(() => send('editNorms', { op: 'addAllow', listId, phrase })).then((saved) => saved && setPhrase(''));
        }}
      >
        <input aria-label={t('options.allow.phrase')} required maxLength={100} value={phrase} disabled={locked} onChange={(event) => setPhrase(event.target.value)} />
        <button type="submit" disabled={locked}>
          {t('options.allow.add')}
        </button>
      </form>
    </section>
  );
}
