// Which writing system a character belongs to, as far as rewrites care: Chinese characters,
// Latin letters, and the letters and digits that make up a word.

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{N}]/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export function isLatin(char: string): boolean {
  return LATIN.test(char);
}

/** A letter or digit of a Latin-script word (Chinese characters each stand alone). */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD.test(char) && !HAN.test(char);
}

/** How much of `text` is Chinese and how much English: Han characters, and runs of Latin letters (words). */
export function scriptWeights(text: string): { han: number; latinWords: number } {
  let han = 0;
  let latinWords = 0;
  let inWord = false;
  for (const char of text) {
    if (isHan(char)) {
      han += 1;
      inWord = false;
    } else if (isLatin(char)) {
      if (!inWord) latinWords += 1;
      inWord = true;
    } else inWord = false;
  }
  return { han, latinWords };
}

/** True when `text` holds nothing of the other language's script: no Latin letters in Chinese, no Han in English. */
export function fitsLanguage(text: string, lang: 'zh' | 'en'): boolean {
  const { han, latinWords } = scriptWeights(text);
  return lang === 'zh' ? latinWords === 0 : han === 0;
}
