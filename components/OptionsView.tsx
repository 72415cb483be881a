import type { NormsInput } from '@/lib/matcher/types';
import { locales, type Locale } from '@/lib/i18n/messages';
import { useLocale, useT } from './i18n';

const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

/** The options page. For now: language and a read-only view of the active list. */
export function OptionsView({ norms }: { norms: NormsInput | undefined }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const setLocale = useLocale((state) => state.setLocale);
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <label>
        {t('options.language')}{' '}
        <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
          {locales.map((each) => (
            <option key={each} value={each}>
              {localeNames[each]}
            </option>
          ))}
        </select>
      </label>
      <h2>{t('options.norms.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('options.norms.columns.term')}</th>
            <th scope="col">{t('options.norms.columns.category')}</th>
            <th scope="col">{t('options.norms.columns.severity')}</th>
          </tr>
        </thead>
        <tbody>
          {norms?.terms.map((term) => (
            <tr key={term.id}>
              <td>{term.pattern}</td>
              <td>{t(`category.${term.category}`)}</td>
              <td>{term.severity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
