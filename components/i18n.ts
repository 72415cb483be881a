import { create } from 'zustand';
import { localeFor, messages, type Locale, type MessageKey } from '@/lib/i18n/messages';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/** The page's UI language; starts from the browser's language. */
export const useLocale = create<LocaleState>()((set) => ({
  locale: localeFor(globalThis.navigator?.language),
  setLocale: (locale) => set({ locale }),
}));

/** A translator for the current UI language; re-renders the component when it changes. */
export function useT(): (key: MessageKey) => string {
  const locale = useLocale((state) => state.locale);
  return (key) => messages[locale][key];
}
