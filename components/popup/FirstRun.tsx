import { useT } from '../i18n';
import { usePopupDeps } from './deps';

/** Before the first finished draft: what Sansi does, and where to see it work. */
export function FirstRun() {
  const t = useT();
  const { demoUrl } = usePopupDeps();
  return (
    <section aria-labelledby="first-run-title" className="first-run">
      <h2 id="first-run-title">{t('popup.firstRun.title')}</h2>
      <p>{t('popup.firstRun.body')}</p>
      <p className="muted">{t('popup.firstRun.habits')}</p>
      <a className="button button--primary" href={demoUrl} target="_blank" rel="noreferrer">
        {t('popup.firstRun.demo')}
      </a>
    </section>
  );
}
