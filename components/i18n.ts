import { create } from 'zustand';
import { format, localeFor, messages, type Locale, type MessageKey } from '@/lib/i18n/messages';
import { readLocalePreference, saveLocalePreference, watchLocalePreference } from '@/lib/i18n/preference';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/**
 * The page's UI language; starts from the browser's language. `setLocale` changes this page
 * only (the demo's switch); `chooseLocale` also remembers the choice for every page.
 */
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

/** The options page's language switch: this page now, every page and tab from now on. */
export function chooseLocale(locale: Locale): Promise<void> {
  useLocale.getState().setLocale(locale);
  return saveLocalePreference(locale);
}

/**
 * Makes this page follow the language the user chose in the options page: now, and whenever it
 * changes in another page. Keeps `<html lang>` right for screen readers and fonts. Resolves
 * once the saved choice (if any) is applied, so a page can render in it from the first paint.
 */
export function followLocalePreference(signal?: AbortSignal): Promise<void> {
  const { setLocale } = useLocale.getState();
  const setLang = (locale: Locale): void => {
    if (globalThis.document) document.documentElement.lang = locale;
  };
  setLang(useLocale.getState().locale);
  const unsubscribe = useLocale.subscribe((state) => setLang(state.locale));
  signal?.addEventListener('abort', unsubscribe);
  watchLocalePreference(setLocale, signal);
  const before = useLocale.getState().locale;
  return readLocalePreference().then((saved) => {
    // A switch made on this page while storage answered wins over what was stored before it.
    if (saved && useLocale.getState().locale === before) setLocale(saved);
  });
}

// The extension's own pages (popup, options, demo) all render through this module, so they all
// follow the saved choice from here, without each page wiring it. Tests (http://localhost in
// jsdom) set the locale themselves.
const isExtensionPage = /^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '');

/** Settles once an extension page has its saved language; pages await it before rendering. */
export const localeReady: Promise<void> = isExtensionPage ? followLocalePreference() : Promise.resolve();

/**
 * What goes between two sentences set side by side: a space in English, nothing in Chinese,
 * whose full stop carries its own space ("由家长管理。家长…", not "由家长管理。 家长…").
 */
export function sentenceGap(locale: Locale): string {
  return locale === 'zh-CN' ? '' : ' ';
}
