// Masked letters: `*`, `#`, `!` or `@` written for a letter inside a Latin word (`f*ck`,
// `f**k`, `sh*t`, `b!tch`, `sh*thead`). Such a word matches a term when, reading each mask as
// one letter, it fits the written forms of exactly one term of the list; a mask that several
// terms fit (`f***`) says nothing for sure and matches none. Only texts holding a mask
// character pay for this (a few `indexOf`s otherwise). Shared by the matcher and the reference.
import type { CandidateList } from './candidates';
import type { Normalised } from './normalised';
import type { NormTerm } from './types';

/** A written Latin form a masked word may stand for. */
interface MaskForm {
  form: string;
  term: number;
}

/** Written one-word Latin forms of the list, by length, and a pattern number per term. */
export interface MaskTable {
  byLength: Map<number, MaskForm[]>;
  /** A pattern number of each term (what a masked match reports). */
  patternOfTerm: Int32Array;
}

/** A form masks can stand for: one Latin word of three letters or more, with a vowel (an
 * abbreviation such as `cnm` or `stfu` is never written masked). */
const MASKABLE = /^[a-z]{3,}$/;
const VOWEL = /[aeiouy]/;

/** Builds the forms table from the terms (pattern and variants, lower case). */
export function maskTable(terms: readonly NormTerm[], patternOfTerm: Int32Array, skip: (term: number) => boolean): MaskTable {
  const byLength = new Map<number, MaskForm[]>();
  terms.forEach((term, t) => {
    if (skip(t)) return;
    for (const written of [term.pattern, ...(term.variants ?? [])]) {
      const form = written.toLowerCase();
      if (!MASKABLE.test(form) || !VOWEL.test(form)) continue;
      let list = byLength.get(form.length);
      if (list === undefined) byLength.set(form.length, (list = []));
      list.push({ form, term: t });
    }
  });
  return { byLength, patternOfTerm };
}

/** True when `text` holds a character that may mask a letter. */
export function hasMask(text: string): boolean {
  return text.indexOf('*') >= 0 || text.indexOf('#') >= 0 || text.indexOf('@') >= 0 || text.indexOf('!') >= 0;
}

function isMask(c: number): boolean {
  return c === 0x2a || c === 0x23 || c === 0x40 || c === 0x21;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The masked words of `text`: ASCII letters with masks inside (a letter on both ends), whole
 * words, each once, as [start, end) pairs. Found from each mask character, so a text pays
 * only for the masks it holds (`great!` is looked at once and dropped).
 */
function maskedWords(text: string): number[] {
  const words: number[] = [];
  const seen = new Set<number>();
  for (const mask of MASK_CHARS) {
    for (let at = text.indexOf(mask); at >= 0; at = text.indexOf(mask, at + 1)) {
      if (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1))) continue;
      let start = at - 1;
      while (start > 0 && (isAsciiLetter(text.charCodeAt(start - 1)) || isMask(text.charCodeAt(start - 1)))) start--;
      while (start < at && !isAsciiLetter(text.charCodeAt(start))) start++;
      let end = at + 1;
      while (end < text.length && (isAsciiLetter(text.charCodeAt(end)) || isMask(text.charCodeAt(end)))) end++;
      while (end > at && !isAsciiLetter(text.charCodeAt(end - 1))) end--;
      if (end <= at || seen.has(start)) continue;
      if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue;
      if (end < text.length && WORD_CHAR.test(text[end]!)) continue;
      seen.add(start);
      words.push(start, end);
    }
  }
  return words;
}

const MASK_CHARS = ['*', '#', '@', '!'];

/** The one term every fitting form belongs to, or -1 when none or several fit. */
function soleTerm(word: string, table: MaskTable): number {
  const forms = table.byLength.get(word.length);
  if (forms === undefined) return -1;
  let found = -1;
  for (const { form, term } of forms) {
    let fits = true;
    for (let i = 0; i < word.length && fits; i++) {
      const c = word[i]!;
      fits = c === '*' || c === '#' || c === '@' || c === '!' || c === form[i];
    }
    if (!fits) continue;
    if (found >= 0 && found !== term) return -1;
    found = term;
  }
  return found;
}

/** The last entry that starts before `offset` (entries are in text order). */
function entryBefore(n: Normalised, offset: number): number {
  let low = 0;
  let high = n.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (n.start[mid]! < offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Pushes a candidate to `out` for each masked word of `text` that fits exactly one term. */
export function maskCandidates(n: Normalised, text: string, table: MaskTable, out: CandidateList): void {
  if (n.length === 0 || table.byLength.size === 0) return;
  const words = maskedWords(text);
  for (let w = 0; w < words.length; w += 2) {
    const start = words[w]!;
    const end = words[w + 1]!;
    let masks = 0;
    for (let i = start; i < end; i++) if (isMask(text.charCodeAt(i))) masks++;
    // A mask stands for a letter, not for most of the word.
    if (masks * 2 > end - start) continue;
    const term = soleTerm(text.slice(start, end).toLowerCase(), table);
    if (term < 0) continue;
    const first = entryBefore(n, start + 1);
    const last = entryBefore(n, end);
    if (n.start[first] !== start || n.end[last] !== end) continue;
    out.push(first, last, table.patternOfTerm[term]!);
  }
}
