import { create } from 'zustand';
import { format, localeFor, messages, type Locale, type MessageKey } from '@/lib/i18n/messages';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/** The page's UI language; starts from the browser's language. */
export const useLocale = create<LocaleState>()((set) => ({
  locale: localeFor(globalThis.navigator?.language),
  setLocale: (locale) => set({ locale }),
}));

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for the current UI language; re-renders the component when it changes. */
export function useT(): Translate {
  const locale = useLocale((state) => state.locale);
  return (key, params) => format(messages[locale][key], params);
}
