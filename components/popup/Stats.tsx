import type { PeriodSummary } from '@/lib/habits/summary';
import { useLocale, useT } from '../i18n';
import { percent } from './format';

/** A number under its label: a term and its definition, as a screen reader lists them. */
function Stat({ label, value, detail, tone }: { label: string; value: string | number; detail?: string; tone?: string }) {
  return (
    <div className={`stat${tone ? ` stat--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
      {detail && <dd className="stat__detail">{detail}</dd>}
    </div>
  );
}

/** The period's counts: drafts, flags, what became of the flagged ones, and the streak. */
export function Stats({ summary, streak }: { summary: PeriodSummary; streak: number }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const share = summary.revisedShare === null ? '—' : percent(summary.revisedShare, locale);
  let shareDetail =
    summary.revisedShare === null ? t('popup.stats.shareNone') : t('popup.stats.shareDetail', { revised: summary.revised, flagged: summary.flagged });
  if (summary.suggestionUsed > 0) shareDetail += ` · ${t('popup.stats.suggestions', { count: summary.suggestionUsed })}`;
  const outcomes = [
    { key: 'revised', label: t('popup.stats.revised'), value: summary.revised },
    { key: 'sent-anyway', label: t('popup.stats.sentAnyway'), value: summary.sentAnyway },
    { key: 'dropped', label: t('popup.stats.dropped'), value: summary.dropped },
  ];
  return (
    <section aria-labelledby="stats-title" className="stats">
      <h2 id="stats-title" className="sr-only">
        {t('popup.stats.title')}
      </h2>
      <dl className="stats__grid">
        <Stat label={t('popup.stats.checked')} value={summary.drafts} />
        <Stat label={t('popup.stats.flagged')} value={summary.flagged} tone="flagged" />
        <Stat label={t('popup.stats.share')} value={share} detail={shareDetail} tone="good" />
        <Stat
          label={t('popup.streak.label')}
          value={streak === 1 ? t('popup.streak.oneDay') : t('popup.streak.days', { days: streak })}
          detail={t('popup.streak.hint')}
        />
      </dl>
      {summary.flagged > 0 && (
        <div className="outcomes">
          {/* The bar repeats the numbers below it for sighted readers; it is hidden from the rest. */}
          <div className="outcomes__bar" aria-hidden="true">
            {outcomes.map((each) =>
              each.value > 0 ? <span key={each.key} className={`outcomes__part outcomes__part--${each.key}`} style={{ flexGrow: each.value }} /> : null,
            )}
          </div>
          <dl className="outcomes__legend">
            {outcomes.map((each) => (
              <div key={each.key}>
                <dt>
                  <span className={`swatch swatch--${each.key}`} aria-hidden="true" />
                  {each.label}
                </dt>
                <dd>{each.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {summary.drafts === 0 && <p className="muted">{t('popup.stats.empty')}</p>}
    </section>
  );
}
