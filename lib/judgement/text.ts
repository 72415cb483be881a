// Small character tests and the sentence and clause around a match, shared by the stages.

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Ends a sentence: 。！？!?；; a line break, and `.` `…`. */
function isSentenceEnd(c: number): boolean {
  return (
    c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3002 || c === 0xff01 ||
    c === 0xff1f || c === 0xff1b || c === 0xff0e || c === 0x2026
  );
}

/** Ends a clause as well: commas, colons, dashes, the Chinese enumeration comma. */
function isClauseEnd(c: number): boolean {
  return isSentenceEnd(c) || c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3a || c === 0xff1a || c === 0x2014;
}

export interface Span {
  start: number;
  end: number;
}

function around(text: string, start: number, end: number, stop: (c: number) => boolean, reach: number): Span {
  let from = start;
  const first = Math.max(0, start - reach);
  while (from > first && !stop(text.charCodeAt(from - 1))) from--;
  let to = end;
  const last = Math.min(text.length, end + reach);
  while (to < last && !stop(text.charCodeAt(to))) to++;
  return { start: from, end: to };
}

/**
 * How far a sentence and a clause reach from the match, in UTF-16 units: words further away
 * say little about it, and the checks stay linear in the match's surroundings, not the draft
 * (a 2,000-character paste without punctuation).
 */
const SENTENCE_REACH = 160;
const CLAUSE_REACH = 60;

/** The sentence holding `text[start, end)`. A stop inside the match (`f.u.c.k`) does not cut it. */
export function sentenceAround(text: string, start: number, end: number): Span {
  return around(text, start, end, isSentenceEnd, SENTENCE_REACH);
}

/** The clause holding `text[start, end)`. */
export function clauseAround(text: string, start: number, end: number): Span {
  return around(text, start, end, isClauseEnd, CLAUSE_REACH);
}

export function hasHan(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

export function hasLatin(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isLatinLetter(text.charCodeAt(i))) return true;
  return false;
}
