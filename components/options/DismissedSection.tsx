import { useLiveQuery } from 'dexie-react-hooks';
import { listDismissedWords, type DismissedWord } from '@/lib/db/site-allows';
import { useLocale, useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { useChange } from './use-change';

function groupByHost(words: readonly DismissedWord[]): [string, DismissedWord[]][] {
  const groups = new Map<string, DismissedWord[]>();
  for (const word of words) groups.set(word.host, [...(groups.get(word.host) ?? []), word]);
  return [...groups];
}

/**
 * Words dismissed with "Not abusive here", site by site, each with a way to have it flagged
 * there again. Restoring makes Sansi stricter, so a parent's lock allows it.
 */
export function DismissedSection() {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const words = useLiveQuery(() => listDismissedWords(db), [db]);
  const nameOf = (word: DismissedWord) => (word.model ? t('options.dismissed.model') : (word.term?.pattern ?? word.normId));
  return (
    <section aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">{t('options.dismissed.title')}</h2>
      <p className="muted">{t('options.dismissed.hint')}</p>
      {words && words.length === 0 && <p>{t('options.dismissed.none')}</p>}
      {words &&
        groupByHost(words).map(([host, group]) => (
          <section key={host} aria-label={host} className="dismissed-site">
            <h3>{host}</h3>
            <ul className="rows">
              {group.map((word) => (
                <li key={word.normId}>
                  <span className="rows__main">{nameOf(word)}</span>
                  <span className="muted">
                    {word.term ? `${t(`category.${word.term.category}`)} · ` : ''}
                    {new Date(word.at).toLocaleDateString(locale)}
                  </span>
                  <button
                    type="button"
                    aria-label={t('options.dismissed.restore', { word: nameOf(word), host })}
                    onClick={() => void change(() => send('restoreNormOnSite', { host, normId: word.normId }))}
                  >
                    {t('options.dismissed.restoreShort')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
