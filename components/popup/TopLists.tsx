import type { PeriodSummary } from '@/lib/habits/summary';
import { useT } from '../i18n';

function TopList({ title, id, items }: { title: string; id: string; items: { key: string; label: string; count: number }[] }) {
  const t = useT();
  const max = Math.max(1, ...items.map((item) => item.count));
  return (
    <section aria-labelledby={id} className="top">
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('popup.top.none')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.key}>
              <span className="top__label" title={item.label}>
                {item.label}
              </span>
              <span className="top__count">{item.count}</span>
              <span className="top__bar" aria-hidden="true" style={{ width: `${(item.count / max) * 100}%` }} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Where flags come from: the top categories and the top sites of the period. */
export function TopLists({ summary }: { summary: PeriodSummary }) {
  const t = useT();
  const categories = summary.categories.map(({ category, count }) => ({ key: category, label: t(`category.${category}`), count }));
  const sites = summary.sites.filter((site) => site.flagged > 0).map(({ host, flagged }) => ({ key: host, label: host, count: flagged }));
  return (
    <div className="tops">
      <TopList id="top-categories" title={t('popup.top.categories')} items={categories} />
      <TopList id="top-sites" title={t('popup.top.sites')} items={sites} />
    </div>
  );
}
