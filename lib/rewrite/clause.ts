// A clause is the stretch of a draft between punctuation marks: the unit a whole-phrase rewrite
// replaces, so the sentence around it keeps its shape.

/** Marks that end a clause, in Chinese and English. */
const BREAK = /[,.!?;:，。！？；：、…\n\r]/u;
/** A mention (`@name`, `@某人`) and the space after it, at the start of a clause. */
const LEADING_MENTION = /^@[\p{L}\p{N}_.-]+\s+/u;

/** Marks that end a sentence (for capitals at its start). */
export const SENTENCE_END = /[.!?。！？\n\r]/u;

export interface Span {
  start: number;
  end: number;
}

/** A clause, and whether it was cut short on either side (then `^` and `$` cannot match there). */
export interface Clause extends Span {
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * At most this many characters on either side of a flag count as its clause: a rewrite of a
 * clause a person pasted without a comma must not replace a page of their words.
 */
export const MAX_CLAUSE_SIDE = 160;

/** The clause around `span` (never cutting into it), without its outer whitespace. */
export function clauseAround(text: string, span: Span): Clause {
  const floor = Math.max(0, span.start - MAX_CLAUSE_SIDE);
  const ceiling = Math.min(text.length, span.end + MAX_CLAUSE_SIDE);
  let start = span.start;
  while (start > floor && !BREAK.test(text[start - 1]!)) start -= 1;
  let end = span.end;
  while (end < ceiling && !BREAK.test(text[end]!)) end += 1;
  const cutBefore = start === floor && floor > 0 && !BREAK.test(text[start - 1]!);
  const cutAfter = end === ceiling && ceiling < text.length && !BREAK.test(text[end]!);
  // A cut clause starts and ends between words.
  if (cutBefore) while (start < span.start && !/\s/u.test(text[start - 1]!)) start += 1;
  if (cutAfter) while (end > span.end && !/\s/u.test(text[end]!)) end -= 1;
  while (start < span.start && /\s/u.test(text[start]!)) start += 1;
  // "@lin you idiot": the mention says who the reply is to, and stays.
  for (let mention = LEADING_MENTION.exec(text.slice(start, span.start)); mention; mention = LEADING_MENTION.exec(text.slice(start, span.start))) {
    start += mention[0].length;
  }
  while (end > span.end && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end, cutBefore, cutAfter };
}

/** The sentence around `span`: like a clause, but only sentence marks end it. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start -= 1;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end += 1;
  return { start, end };
}
