// Phrase patterns of the norms format ("^ (you are|you're) (such)? (a|an)? {term}"): parsed once,
// then matched around a flagged span to find how much of the clause a rewrite replaces. The
// pattern is a short list of words, never a regular expression a list author writes, so an
// imported list cannot make the page slow.
import type { Clause, Span } from './clause';

type Token =
  | { kind: 'words'; options: string[]; optional: boolean; keep: boolean }
  /** `forms`: `{term=fuck off|fuck you}` fits only when the flagged words are one of these. */
  | { kind: 'term'; forms?: string[] }
  | { kind: 'rest' }
  | { kind: 'edge' };

export interface ParsedPhrase {
  before: Token[];
  after: Token[];
  /** The flagged words it is for, as `formOf` writes them; absent: any. */
  forms?: string[];
}

/** Words compared whatever the case, width, marks inside them and spacing: `F.U.C.K  off` → `fuck off`. */
export function formOf(words: string): string {
  return words.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, '').replace(/\s+/gu, ' ').trim();
}

function tokenize(phrase: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < phrase.length) {
    const char = phrase[i]!;
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    if (phrase.startsWith('{term}', i)) {
      tokens.push({ kind: 'term' });
      i += 6;
      continue;
    }
    if (phrase.startsWith('{term=', i)) {
      const close = phrase.indexOf('}', i);
      if (close < 0) return null;
      const forms = phrase.slice(i + 6, close).split('|').map(formOf);
      if (forms.some((form) => form === '')) return null;
      tokens.push({ kind: 'term', forms });
      i = close + 1;
      continue;
    }
    if (char === '*' || char === '^' || char === '$') {
      tokens.push(char === '*' ? { kind: 'rest' } : { kind: 'edge' });
      i += 1;
      continue;
    }
    let body: string;
    let keep = false;
    if (char === '(' || char === '<') {
      const close = phrase.indexOf(char === '(' ? ')' : '>', i);
      if (close < 0) return null;
      body = phrase.slice(i + 1, close);
      keep = char === '<';
      i = close + 1;
    } else {
      const match = /^[^\s(<{*^$?]+/u.exec(phrase.slice(i));
      if (!match) return null;
      body = match[0];
      i += body.length;
    }
    const optional = phrase[i] === '?';
    if (optional) i += 1;
    const options = body.split('|').map((option) => option.trim().replace(/\s+/gu, ' '));
    if (options.some((option) => option === '' || /[(){}<>*^$?]/u.test(option))) return null;
    tokens.push({ kind: 'words', options, optional, keep });
  }
  return tokens;
}

/** Only the outermost token of a side may be `^`, `$`, `*` or `<…>`; `*` stands alone. */
function sideIsValid(side: Token[], edgeAt: 'first' | 'last'): boolean {
  return side.every((token, index) => {
    const outer = edgeAt === 'first' ? index === 0 : index === side.length - 1;
    if (token.kind === 'rest') return side.length === 1;
    if (token.kind === 'edge') return outer;
    if (token.kind === 'words' && token.keep) {
      const next = edgeAt === 'first' ? side[index - 1] : side[index + 1];
      return outer || next?.kind === 'edge';
    }
    return true;
  });
}

/** The phrase parsed, or null when it is not a valid pattern (exactly one `{term}`, brackets closed, edges outside). */
export function parsePhrase(phrase: string): ParsedPhrase | null {
  const tokens = tokenize(phrase);
  if (!tokens) return null;
  const at = tokens.findIndex((token) => token.kind === 'term');
  if (at < 0 || tokens.filter((token) => token.kind === 'term').length !== 1) return null;
  const before = tokens.slice(0, at);
  const after = tokens.slice(at + 1);
  if (!sideIsValid(before, 'first') || !sideIsValid(after, 'last')) return null;
  const term = tokens[at] as Extract<Token, { kind: 'term' }>;
  return term.forms ? { before, after, forms: term.forms } : { before, after };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function words(token: Extract<Token, { kind: 'words' }>, gap: string): string {
  const options = [...token.options].sort((a, b) => b.length - a.length);
  return `(?:${options.map((option) => escape(option).replace(/ /gu, gap).replace(/'/gu, "['’]")).join('|')})`;
}

/** A phrase compiled for one language: regular expressions for the words before and after the term. */
export interface CompiledPhrase {
  /** Matches the words before the term at the end of the clause's text before it; null: none. */
  before: RegExp | null;
  beforeRest: boolean;
  after: RegExp | null;
  afterRest: boolean;
  forms?: ReadonlySet<string>;
}

function side(tokens: Token[], lang: 'zh' | 'en', where: 'before' | 'after'): { pattern: RegExp | null; rest: boolean } {
  if (tokens.length === 1 && tokens[0]!.kind === 'rest') return { pattern: null, rest: true };
  if (tokens.length === 0) return { pattern: null, rest: false };
  // English words are apart; Chinese ones are written together (spaces allowed).
  const gap = lang === 'en' ? '\\s+' : '\\s*';
  const pieces = tokens.map((token) => {
    if (token.kind !== 'words') return '';
    const piece = where === 'before' ? `${words(token, gap)}${gap}` : `${gap}${words(token, gap)}`;
    const body = token.optional ? `(?:${piece})?` : piece;
    return token.keep ? `(${body})` : body;
  });
  const edge = tokens.some((token) => token.kind === 'edge');
  const boundary = lang === 'en' ? (where === 'before' ? "(?<![\\p{L}\\p{N}'’])" : '(?![\\p{L}\\p{N}])') : '';
  const source = where === 'before' ? `${edge ? '^\\s*' : boundary}${pieces.join('')}$` : `^${pieces.join('')}${edge ? '\\s*$' : boundary}`;
  return { pattern: new RegExp(source, 'diu'), rest: false };
}

export function compilePhrase(parsed: ParsedPhrase, lang: 'zh' | 'en'): CompiledPhrase {
  const before = side(parsed.before, lang, 'before');
  const after = side(parsed.after, lang, 'after');
  const compiled = { before: before.pattern, beforeRest: before.rest, after: after.pattern, afterRest: after.rest };
  return parsed.forms ? { ...compiled, forms: new Set(parsed.forms) } : compiled;
}

/**
 * The span the phrase covers around `flag` inside `clause` (kept words `<…>` left out), or null
 * when the words around the flag are not the phrase's.
 */
export function phraseSpan(phrase: CompiledPhrase, text: string, clause: Clause, flag: Span): Span | null {
  if (phrase.forms && !phrase.forms.has(formOf(text.slice(flag.start, flag.end)))) return null;
  let start = flag.start;
  if (phrase.beforeRest) start = clause.start;
  else if (phrase.before) {
    // Where the clause was cut, a NUL stands before it so that `^` cannot match at the cut.
    const cut = clause.cutBefore ? '\u0000' : '';
    const found = phrase.before.exec(cut + text.slice(clause.start, flag.start));
    if (!found) return null;
    start = clause.start - cut.length + (found.indices?.[1]?.[1] ?? found.index);
  }
  let end = flag.end;
  if (phrase.afterRest) end = clause.end;
  else if (phrase.after) {
    const found = phrase.after.exec(text.slice(flag.end, clause.end) + (clause.cutAfter ? '\u0000' : ''));
    if (!found) return null;
    end = flag.end + (found.indices?.[1]?.[0] ?? found[0].length);
  }
  return { start, end };
}
