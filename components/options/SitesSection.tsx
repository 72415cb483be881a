import { useLiveQuery } from 'dexie-react-hooks';
import { listSitesSwitchedOff } from '@/lib/db/site-allows';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { useChange } from './use-change';

/** Sites where Sansi is switched off, each with a way to switch it back on (always allowed, lock or not). */
export function SitesSection() {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const off = useLiveQuery(() => listSitesSwitchedOff(db), [db]);
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options.sites.title')}</h2>
      <p className="muted">{t('options.sites.hint')}</p>
      {off && off.length === 0 && <p>{t('options.sites.allOn')}</p>}
      {off && off.length > 0 && (
        <ul className="rows" aria-label={t('options.sites.offList')}>
          {off.map((host) => (
            <li key={host}>
              <span className="rows__main">{host}</span>
              <button type="button" aria-label={t('options.sites.switchOn', { host })} onClick={() => void change(() => send('setSiteEnabled', { host, enabled: true }))}>
                {t('options.sites.switchOnShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
