import { locales, type Locale } from '@/lib/i18n/messages';
import { useLocale, useT } from './i18n';

/** Each language named in itself, so a reader finds theirs whatever the page speaks now. */
const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

/**
 * The page's language switch. The options page remembers the choice for every page
 * (`chooseLocale`); the demo switches only itself, for a class.
 */
export function LanguageSelect({ onChoose }: { onChoose: (locale: Locale) => void }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  return (
    <label>
      {t('options.language')}{' '}
      <select value={locale} onChange={(event) => onChoose(event.target.value as Locale)}>
        {locales.map((each) => (
          <option key={each} value={each} lang={each}>
            {localeNames[each]}
          </option>
        ))}
      </select>
    </label>
  );
}
