// A term's kinder wording in the draft's language: the card's labels follow the interface, but
// the words it offers to put in the draft follow the draft.
import type { LocalisedText } from '../matcher/types';
import type { Span } from './clause';
import { draftLanguage, type DraftLanguage } from './language';
import { fitsLanguage } from './script';

const keyFor: Record<DraftLanguage, keyof LocalisedText> = { zh: 'zh-CN', en: 'en' };

/** The suggestion written in `lang`, or null when the term has none that is (never the other language's). */
export function suggestionIn(suggestion: LocalisedText | undefined, lang: DraftLanguage): string | null {
  if (!suggestion) return null;
  const other: DraftLanguage = lang === 'zh' ? 'en' : 'zh';
  // A list imported from CSV gives one text for both keys: take whichever is written in `lang`.
  for (const text of [suggestion[keyFor[lang]], suggestion[keyFor[other]]]) {
    const trimmed = text?.trim();
    if (trimmed && fitsLanguage(trimmed, lang)) return trimmed;
  }
  return null;
}

/**
 * The suggestion for a flagged span in the language the draft is written in around it, or
 * null when the term has none in that language.
 *
 * @example
 * suggestionFor({ start: 3, end: 6, suggestion: { 'zh-CN': '我不同意你的看法', en: 'I disagree with you' } }, '你这个傻*逼');
 * // → '我不同意你的看法', whatever the interface language
 */
export function suggestionFor(match: Span & { suggestion?: LocalisedText }, text: string): string | null {
  return suggestionIn(match.suggestion, draftLanguage(text, match));
}
