import { localeFor, messages, type Locale, type MessageKey } from '../../i18n/messages';
import type { LocalisedText } from '../../matcher/types';

// The overlay speaks the browser's language; the page's own language may differ (a Chinese
// user on Reddit still reads Sansi in Chinese). The demo page switches it with its own toggle.
let locale: Locale = localeFor(navigator.language);
const localeListeners = new Set<(locale: Locale) => void>();

export function setOverlayLocale(next: Locale): void {
  locale = next;
  for (const listener of localeListeners) listener(next);
}

/** Calls `listener` with the overlay's language now and on every change. */
export function followOverlayLocale(listener: (locale: Locale) => void): void {
  localeListeners.add(listener);
  listener(locale);
}

export function t(key: MessageKey): string {
  return messages[locale][key];
}

/** A norm's localised text in the UI language, falling back to the other one. */
export function pick(text: LocalisedText | undefined): string {
  return text?.[locale] ?? text?.en ?? text?.['zh-CN'] ?? '';
}
