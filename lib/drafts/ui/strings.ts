import { localeFor, messages, type Locale, type MessageKey } from '../../i18n/messages';
import type { LocalisedText } from '../../matcher/types';

// The overlay speaks the browser's language; the page's own language may differ (a Chinese
// user on Reddit still reads Sansi in Chinese). The demo page switches it with its own toggle.
let locale: Locale = localeFor(navigator.language);

export function setOverlayLocale(next: Locale): void {
  locale = next;
}

export function t(key: MessageKey): string {
  return messages[locale][key];
}

/** A norm's localised text in the UI language, falling back to the other one. */
export function pick(text: LocalisedText | undefined): string {
  return text?.[locale] ?? text?.en ?? text?.['zh-CN'] ?? '';
}
