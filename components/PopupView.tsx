import { useLiveQuery } from 'dexie-react-hooks';
import { countFlags } from '@/lib/db/flags';
import type { SansiDb } from '@/lib/db/schema';
import { FlagCount } from './FlagCount';
import { useT } from './i18n';

/** The popup: habits at a glance. Reads Dexie live, so it updates while open. */
export function PopupView({ db, optionsUrl }: { db: SansiDb; optionsUrl: string }) {
  const t = useT();
  const count = useLiveQuery(() => countFlags(db), [db]);
  return (
    <main className="popup">
      <header>
        <h1>
          {t('app.name')} <span className="muted">{t('app.tagline')}</span>
        </h1>
      </header>
      <FlagCount count={count} />
      <footer>
        <p className="muted">{t('popup.privacy')}</p>
        <a href={optionsUrl} target="_blank" rel="noreferrer">
          {t('popup.openOptions')}
        </a>
      </footer>
    </main>
  );
}
