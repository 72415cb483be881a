import { browser } from 'wxt/browser';
import { locales, type Locale } from './messages';

/**
 * storage.local key of the UI language the user chose in the options page. Absent until they
 * choose: then every page follows the browser's language. storage.local (not IndexedDB) so the
 * content script, which runs in the site's origin, can read it too.
 */
export const LOCALE_KEY = 'sansi.locale';

function asLocale(value: unknown): Locale | null {
  return locales.includes(value as Locale) ? (value as Locale) : null;
}

/** The language the user chose, or null when they never chose (or storage is unavailable). */
export async function readLocalePreference(): Promise<Locale | null> {
  try {
    const stored = await browser.storage.local.get(LOCALE_KEY);
    return asLocale(stored[LOCALE_KEY]);
  } catch {
    // An invalidated content script, or a page outside the extension: the browser's language.
    return null;
  }
}

/** Remembers the user's choice; open pages and tabs follow it (see `watchLocalePreference`). */
export async function saveLocalePreference(locale: Locale): Promise<void> {
  await browser.storage.local.set({ [LOCALE_KEY]: locale });
}

/** Calls `onChange` when the choice changes in another page, until `signal` aborts. */
export function watchLocalePreference(onChange: (locale: Locale) => void, signal?: AbortSignal): void {
  const changed = browser.storage?.onChanged;
  if (!changed) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(LOCALE_KEY in changes)) return;
    const next = asLocale(changes[LOCALE_KEY]?.newValue);
    if (next) onChange(next);
  };
  changed.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      changed.removeListener(listener);
    } catch {
      // The context is already gone; nothing left to remove.
    }
  });
}
