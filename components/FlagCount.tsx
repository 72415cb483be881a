import { useT } from './i18n';

/** The number of flagged words, announced politely when it changes. */
export function FlagCount({ count }: { count: number | undefined }) {
  const t = useT();
  return (
    <section className="flag-count">
      <p id="flagged-label">{t('popup.flagged.label')}</p>
      <output role="status" aria-labelledby="flagged-label" className="flag-count__value">
        {count ?? '…'}
      </output>
      {count === 0 && <p className="muted">{t('popup.flagged.empty')}</p>}
    </section>
  );
}
