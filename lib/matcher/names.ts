// Latin words that are names or codes, not insults, told apart by how they are written. Only
// forms flagged F_NAMEABLE are asked (one Latin word: an abbreviation, or a word of an insult
// or profanity term), and only when written with a capital, so ordinary text pays one
// character read per verified hit. The rules:
//   - a code: an abbreviation written in capitals and followed by a number (`SB 1047`,
//     `NT 4.0`, `SB-1047`) names a bill, a product or a version;
//   - an acronym being defined: an abbreviation in capitals in brackets right after the words
//     whose initials it spells (`Super Bowl (SB)`);
//   - a name: a capitalised word followed by another capitalised word that is not a pronoun or
//     a particle (`Dick Street`, `Dick Smith`; but `Fuck You`, `Dick Head` still match).
// An abbreviation here is a form with no vowel (`sb`, `nt`, `cnm`, `tmd`, `nmsl`, `wtf`); the
// flags are set as the forms are pooled (pattern.ts).
/** Following words that make a capitalised insult aimed, not a name. */
const NOT_NAMES = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'off', 'up', 'out', 'me', 'him', 'her',
  'them', 'it', 'us', 'this', 'that', 'these', 'those', 'the', 'all', 'head', 'heads', 'face', 'hole', 'bag',
  'and', 'or', 'is', 'are', 'was', 'were', 'of', 'in', 'on', 'to', 'for', 'a', 'an',
]);

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * True when the match `text[start, end)` (a form flagged F_NAMEABLE; `abbreviation` when the
 * form has no vowel) is written as a name or a code rather than an insult.
 */
export function isNameOrCode(text: string, start: number, end: number, abbreviation: boolean): boolean {
  const first = text.charCodeAt(start);
  if (!isUpper(first)) return false;
  let capitals = true;
  let titled = true;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isUpper(c)) capitals = false;
    if (!isLower(c)) titled = false;
  }
  if (abbreviation && capitals) {
    // A code: `SB 1047`, `SB-1047`, `NT 4.0`.
    let i = end;
    while (i < text.length && i < end + 2 && (text[i] === ' ' || text[i] === '-' || text[i] === '\u00a0')) i++;
    if (i < text.length && isDigit(text.charCodeAt(i))) return true;
    // An acronym defined in brackets after the words it abbreviates: `Super Bowl (SB)`.
    const open = text[start - 1];
    const close = text[end];
    if ((open === '(' || open === '（') && (close === ')' || close === '）')) {
      const before = text.slice(Math.max(0, start - 1 - 20 * (end - start)), start - 1);
      const words = before.trim().split(/\s+/).slice(-(end - start));
      const initials = words.map((word) => word[0] ?? '').join('');
      if (initials.toLowerCase() === text.slice(start, end).toLowerCase()) return true;
    }
    return false;
  }
  if (!titled || end - start < 2) return false;
  // A name: `Dick Street`. One space, then a capitalised word that is not a pronoun or particle.
  if (text[end] !== ' ' || !isUpper(text.charCodeAt(end + 1))) return false;
  let wordEnd = end + 2;
  while (wordEnd < text.length && isLower(text.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd < text.length && /[\p{L}\p{N}]/u.test(text[wordEnd]!)) return false;
  return !NOT_NAMES.has(text.slice(end + 1, wordEnd).toLowerCase());
}

