import type { TrendDay } from '@/lib/habits/summary';
import { useLocale, useT } from '../i18n';
import { shortDay } from './format';
import { usePopupStore, type TrendSpan } from './store';

const WIDTH = 328;
const HEIGHT = 84;
const spans: readonly TrendSpan[] = [14, 30];

/**
 * Drafts per day as bars, the flagged part of each bar in amber and a red dot under days when a
 * flagged draft went out. Hand-drawn SVG: a chart library would outweigh the whole popup. The
 * picture has a one-sentence label, and the same numbers are in a table for screen readers.
 */
export function TrendChart({ trend }: { trend: readonly TrendDay[] }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const trendDays = usePopupStore((state) => state.trendDays);
  const setTrendDays = usePopupStore((state) => state.setTrendDays);
  const days = trend.slice(-trendDays);
  const total = (key: 'drafts' | 'flagged' | 'sentAnyway') => days.reduce((sum, day) => sum + day[key], 0);
  const summary = t('popup.trend.summary', { days: trendDays, drafts: total('drafts'), flagged: total('flagged'), sentAnyway: total('sentAnyway') });
  const max = Math.max(1, ...days.map((day) => day.drafts));
  const slot = WIDTH / days.length;
  const barWidth = Math.max(2, slot * 0.68);
  const plot = HEIGHT - 10; // room under the bars for the sent-anyway dots
  const height = (count: number) => (count === 0 ? 0 : Math.max(2, (count / max) * (plot - 4)));

  return (
    <section aria-labelledby="trend-title" className="trend">
      <div className="section-head">
        <h2 id="trend-title">{t('popup.trend.title')}</h2>
        <div className="segmented segmented--small" role="group" aria-label={t('popup.trend.span')}>
          {spans.map((span) => (
            <button key={span} type="button" aria-pressed={trendDays === span} onClick={() => setTrendDays(span)}>
              {t('popup.trend.days', { days: span })}
            </button>
          ))}
        </div>
      </div>
      <figure className="trend__figure">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={summary}>
          <line x1="0" x2={WIDTH} y1={plot} y2={plot} className="trend__axis" />
          {max > 1 && (
            <>
              <line x1="0" x2={WIDTH} y1={plot - height(max)} y2={plot - height(max)} className="trend__grid" />
              <text x="0" y={plot - height(max) - 2} className="trend__max">
                {max}
              </text>
            </>
          )}
          {days.map((day, index) => {
            const x = index * slot + (slot - barWidth) / 2;
            const all = height(day.drafts);
            const flagged = height(day.flagged);
            return (
              <g key={day.day}>
                <rect x={x} y={plot - all} width={barWidth} height={all} rx="1.5" className="trend__checked" />
                {flagged > 0 && <rect x={x} y={plot - flagged} width={barWidth} height={flagged} rx="1.5" className="trend__flagged" />}
                {day.sentAnyway > 0 && <circle cx={x + barWidth / 2} cy={plot + 5} r="2.5" className="trend__sent" />}
              </g>
            );
          })}
        </svg>
        <figcaption className="trend__axis-labels" aria-hidden="true">
          <span>{days[0] && shortDay(days[0].day, locale)}</span>
          <span>{t('popup.period.today')}</span>
        </figcaption>
      </figure>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--checked" />
          {t('popup.stats.checked')}
        </li>
        <li>
          <span className="swatch swatch--flagged" />
          {t('popup.stats.flagged')}
        </li>
        <li>
          <span className="swatch swatch--dot" />
          {t('popup.stats.sentAnyway')}
        </li>
      </ul>
      {/* The wrapper hides the table: a table itself won't shrink to the 1 px of .sr-only. */}
      <div className="sr-only">
        <table>
          <caption>{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t('popup.trend.day')}</th>
              <th scope="col">{t('popup.stats.checked')}</th>
              <th scope="col">{t('popup.stats.flagged')}</th>
              <th scope="col">{t('popup.stats.sentAnyway')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{shortDay(day.day, locale)}</th>
                <td>{day.drafts}</td>
                <td>{day.flagged}</td>
                <td>{day.sentAnyway}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
