import type { Alternative, DraftLanguage } from '../../rewrite';

// Enough of the draft either side of the new wording to read it in its sentence; a long
// draft is cut with an ellipsis so the card and the dialog keep their size.
const CONTEXT_CHARS = 60;

/** The `lang` of a wording: the draft's language, which may not be the interface's. */
export function wordingLang(lang: DraftLanguage): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The draft as it reads after one alternative, the new wording marked: the words before it
 * and after it, cut to a sentence's length either side.
 */
export function previewElement(alternative: Alternative, tag: 'p' | 'span'): HTMLElement {
  const { preview, start, insert } = alternative;
  const element = document.createElement(tag);
  element.lang = wordingLang(alternative.lang);
  const before = preview.slice(0, start);
  const after = preview.slice(start + insert.length);
  const shownBefore = before.length > CONTEXT_CHARS ? `…${before.slice(-CONTEXT_CHARS).trimStart()}` : before;
  const shownAfter = after.length > CONTEXT_CHARS ? `${after.slice(0, CONTEXT_CHARS).trimEnd()}…` : after;
  const mark = document.createElement('mark');
  mark.textContent = insert;
  element.append(shownBefore, ...(insert ? [mark] : []), shownAfter);
  return element;
}
