// Language scope: a term meant for Chinese drafts written in Latin letters (`sb`, `nt`, `tmd`,
// `cnm`) is a pinyin abbreviation only among Chinese words. In English it is a bill ("SB 1047"),
// the Super Bowl, a name or an ordinary word, so it does not flag there.
import type { TermLanguage } from '../matcher/types';
import { hasHan, hasLatin, sentenceAround } from './text';

/**
 * Whether a match of a term meant for `lang` drafts fits the text around it. Only Latin-script
 * matches of `zh` terms are ever out of scope: they need Chinese in their sentence, or, when
 * their sentence holds nothing else ("sb！！" before a Chinese sentence), in the draft.
 */
export function inScope(text: string, start: number, end: number, lang: TermLanguage | undefined): boolean {
  if (lang !== 'zh' || hasHan(text, start, end)) return true;
  const sentence = sentenceAround(text, start, end);
  if (hasHan(text, sentence.start, sentence.end)) return true;
  const alone = !hasLatin(text, sentence.start, start) && !hasLatin(text, end, sentence.end);
  return alone && hasHan(text);
}
