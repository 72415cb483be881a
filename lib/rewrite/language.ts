// The language a draft is written in, around a flagged phrase: a suggestion must be in it
// whatever the interface language, or the rewrite would mix scripts.
import { clauseAround, sentenceAround, type Span } from './clause';
import { scriptWeights } from './script';

export type DraftLanguage = 'zh' | 'en';

function lean(text: string): DraftLanguage | null {
  const { han, latinWords } = scriptWeights(text);
  if (han > latinWords) return 'zh';
  if (latinWords > han) return 'en';
  return null;
}

/**
 * Chinese or English: whichever script has more of the clause around `around` (Han characters
 * against Latin words), the flagged words themselves left out, since a Chinese insult is often
 * typed in pinyin (`sb`) and an English one in look-alikes. The clause comes first because people
 * switch language at a comma ("you are such an idiot, 你这个…"), and the rewrite replaces a
 * clause. A tie looks at the sentence, then the whole draft, then the flagged words; a draft with
 * no letters at all counts as `fallback`.
 *
 * @example
 * draftLanguage('卧槽，ＳＢ裁判', { start: 3, end: 5 }); // → 'zh'
 * draftLanguage('you are such a sb', { start: 15, end: 17 }); // → 'en'
 */
export function draftLanguage(text: string, around?: Span, fallback: DraftLanguage = 'en'): DraftLanguage {
  if (!around) return lean(text) ?? fallback;
  const sentence = sentenceAround(text, around);
  const without = (from: number, to: number) => text.slice(from, around.start) + ' ' + text.slice(around.end, to);
  const clause = clauseAround(text, around);
  return (
    lean(without(clause.start, clause.end)) ??
    lean(without(sentence.start, sentence.end)) ??
    lean(without(0, text.length)) ??
    lean(text.slice(around.start, around.end)) ??
    fallback
  );
}
