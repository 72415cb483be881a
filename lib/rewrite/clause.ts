// A clause is the stretch of a draft between punctuation marks: the unit a whole-phrase rewrite
// replaces, so the sentence around it keeps its shape.

/** Marks that end a clause, in Chinese and English. */
const BREAK = /[,.!?;:，。！？；：、…\n\r]/u;
/** Marks that end a sentence (for capitals at its start). */
export const SENTENCE_END = /[.!?。！？\n\r]/u;

export interface Span {
  start: number;
  end: number;
}

/** The clause around `span` (never cutting into it), without its outer whitespace. */
export function clauseAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !BREAK.test(text[start - 1]!)) start -= 1;
  let end = span.end;
  while (end < text.length && !BREAK.test(text[end]!)) end += 1;
  while (start < span.start && /\s/u.test(text[start]!)) start += 1;
  while (end > span.end && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** The sentence around `span`: like a clause, but only sentence marks end it. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start -= 1;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end += 1;
  return { start, end };
}
