// The kinder alternatives for one flagged span: which phrase around it a rewrite covers, and
// the whole phrases that may stand there instead, each previewed in the whole draft.
import type { Category, LocalisedText, Severity, TermLanguage } from '../matcher/types';
import type { PhraseRewrite } from '../norms/format';
import { clauseAround, SENTENCE_END, type Span } from './clause';
import { draftLanguage, type DraftLanguage } from './language';
import { termById, type RewriteNorms } from './norms';
import { compilePhrase, parsePhrase, phraseSpan, type CompiledPhrase } from './phrase';
import { fitsLanguage, isWordChar } from './script';
import { suggestionIn } from './suggestion';

/** A flagged span: a matcher `Match`, or anything with its fields. */
export interface RewriteFlag extends Span {
  normId: string;
  category: Category;
  severity?: Severity;
  suggestion?: LocalisedText;
  /** The term's language, when it has one: only for a draft with no letters to tell. */
  lang?: TermLanguage;
}

/** One edit: replace `text.slice(start, end)` with `insert`. */
export interface Edit extends Span {
  insert: string;
}

/** One kinder way to say a flagged phrase, and the whole draft as it reads with it. */
export interface Alternative extends Edit {
  /** The draft after this edit alone, as Replace would leave it. */
  preview: string;
  lang: DraftLanguage;
}

/** Where a flag's rewrite goes and what may stand there, before capitals are fitted. */
export interface Candidates {
  lang: DraftLanguage;
  /** Best first; an empty insert leaves the phrase out (with the comma before it). */
  options: Edit[];
}

const MAX_ALTERNATIVES = 3;
const wholeClause = compilePhrase(parsePhrase('* {term} *')!, 'en');
const compiled = new WeakMap<PhraseRewrite, CompiledPhrase | null>();

function compiledOf(rewrite: PhraseRewrite): CompiledPhrase | null {
  if (!compiled.has(rewrite)) {
    const parsed = parsePhrase(rewrite.phrase);
    compiled.set(rewrite, parsed && compilePhrase(parsed, rewrite.lang));
  }
  return compiled.get(rewrite) ?? null;
}

/** The flag grown to whole words, so nothing is ever put inside a word. */
function wholeWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start -= 1;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end += 1;
  return { start, end };
}

const QUESTION = /^[?？]/u;
const COMMA_BEFORE = /[,，、]\s*$/u;
const COMMA_AFTER = /^\s*[,，、]\s*/u;

/**
 * Words left out of the middle of a clause ("this is fucking great" → "this is great", "这他妈的
 * 是什么" → "这是什么"), with one space beside them so two words do not meet or part twice.
 */
function leftOut(text: string, span: Span, clause: Span, lang: DraftLanguage): Edit {
  if (span.end < clause.end) {
    const end = span.end + (/^\s+/u.exec(text.slice(span.end))?.[0].length ?? 0);
    const word = /^[\p{L}\p{N}'’]+/u.exec(text.slice(end))?.[0] ?? '';
    // What follows may now start the sentence.
    const capital = lang === 'en' && word !== '' && fitCase(word, text, span.start, lang) !== word && text.slice(0, span.start).trim() === text.slice(0, clause.start).trim();
    return capital ? { start: span.start, end: end + word.length, insert: fitCase(word, text, span.start, lang) } : { start: span.start, end, insert: '' };
  }
  const start = span.start - (/\s+$/u.exec(text.slice(0, span.start))?.[0].length ?? 0);
  return { start, end: span.end, insert: '' };
}

/**
 * The edit that puts `insert` in place of `span`. Leaving a phrase out takes the comma before it
 * too ("shut up, fatso" → "shut up"), or after it at the start of a sentence; with neither there
 * is nothing left to say, and no edit. A question mark after a clause rewritten whole goes
 * when the kinder phrase is not a question, and is not doubled when it is one.
 */
function editFor(text: string, span: Span, clause: Span, insert: string, lang: DraftLanguage): Edit | null {
  if (insert === '' && (span.start > clause.start || span.end < clause.end)) return leftOut(text, span, clause, lang);
  if (insert === '') {
    const before = COMMA_BEFORE.exec(text.slice(0, span.start));
    if (before) return { start: span.start - before[0].length, end: span.end, insert };
    const after = COMMA_AFTER.exec(text.slice(span.end));
    if (after && text.slice(0, span.start).trim() === '') {
      // What follows now starts the draft: in English, with a capital.
      const end = span.end + after[0].length;
      const word = /^[\p{L}\p{N}'’]+/u.exec(text.slice(end))?.[0] ?? '';
      if (lang === 'en' && word !== '' && word[0] !== word[0]!.toUpperCase()) return { start: span.start, end: end + word.length, insert: word[0]!.toUpperCase() + word.slice(1) };
      return { start: span.start, end, insert };
    }
    return null;
  }
  const asks = /[?？]$/u.test(insert);
  if (span.end === clause.end && QUESTION.test(text.slice(span.end)) && (asks || span.start === clause.start)) {
    // A statement in place of a question ends as one, so what follows stays a sentence of its own.
    const more = text.slice(span.end + 1).trim() !== '';
    const stop = asks || !more ? '' : lang === 'zh' ? '。' : '.';
    return { start: span.start, end: span.end + 1, insert: insert + stop };
  }
  // A question written for a clause that does not end in one reads as a statement.
  return { start: span.start, end: span.end, insert: asks && span.end !== clause.end ? insert.slice(0, -1) : insert };
}

function optionsFor(text: string, span: Span, clause: Span, instead: readonly string[], suggestion: string | null, lang: DraftLanguage): Edit[] {
  const found = instead
    .map((text) => (text.includes('{suggestion}') ? (suggestion ? text.replace('{suggestion}', suggestion) : null) : text)?.trim())
    .filter((text): text is string => text !== undefined && fitsLanguage(text, lang));
  const edits = [...new Set(found)].map((insert) => editFor(text, span, clause, insert, lang)).filter((edit): edit is Edit => edit !== null);
  return edits.slice(0, MAX_ALTERNATIVES);
}

/**
 * Where the rewrite of `flag` goes and the phrases that may stand there: the term's own phrase
 * rewrites first, then its category's (the one covering most of the clause), and when none fits,
 * the whole clause with the term's suggestion. Null when the term has nothing in the draft's language.
 */
export function candidatesFor(text: string, flag: RewriteFlag, norms: RewriteNorms): Candidates | null {
  const lang = draftLanguage(text, flag, flag.lang ?? 'en');
  const term = termById(norms, flag.normId);
  const suggestion = suggestionIn(flag.suggestion ?? term?.suggestion, lang);
  const words = wholeWords(text, flag);
  const clause = clauseAround(text, words);
  const fits = (rewrite: PhraseRewrite) => rewrite.lang === lang;

  const tryAll = (rewrites: readonly PhraseRewrite[], longest: boolean): Candidates | null => {
    let best: Candidates | null = null;
    let bestLength = -1;
    for (const rewrite of rewrites.filter(fits)) {
      const phrase = compiledOf(rewrite);
      const span = phrase && phraseSpan(phrase, text, clause, words);
      const options = span ? optionsFor(text, span, clause, rewrite.instead, suggestion, lang) : [];
      if (!span || options.length === 0) continue;
      if (!longest) return { lang, options };
      if (!best || span.end - span.start > bestLength) {
        best = { lang, options };
        bestLength = span.end - span.start;
      }
    }
    return best;
  };

  const own = tryAll(term?.rewrites ?? [], false);
  if (own) return own;
  const byCategory = tryAll(norms.rewrites?.[flag.category] ?? [], true);
  if (byCategory) return byCategory;
  if (!suggestion) return null;
  const span = phraseSpan(wholeClause, text, clause, words)!;
  return { lang, options: optionsFor(text, span, clause, [suggestion], suggestion, lang) };
}

/**
 * An English phrase takes a capital at the start of a sentence and a small letter inside one
 * ("I" stays "I"); Chinese has no case.
 */
export function fitCase(insert: string, text: string, start: number, lang: DraftLanguage): string {
  if (lang !== 'en' || insert === '') return insert;
  // Mentions before a sentence ("@lin @sam Let's …") do not start it.
  const before = text.slice(0, start).replace(/(?:(?:^|\s)@[\p{L}\p{N}_.-]+)+\s*$/u, '').trimEnd();
  if (before === '' || SENTENCE_END.test(before[before.length - 1]!)) return insert[0]!.toUpperCase() + insert.slice(1);
  if (/^I(?![\p{L}])/u.test(insert)) return insert;
  return insert[0]!.toLowerCase() + insert.slice(1);
}

/** `text` with the edits applied (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  return out;
}

/**
 * The kinder alternatives for one flag, best first (at most three), each with the whole draft
 * as it reads after Replace. Empty when the term has no suggestion in the draft's language.
 *
 * @example
 * alternativesFor('You are such an id1ot', flag, norms)[0];
 * // → { start: 0, end: 21, insert: "I think you're wrong about this", preview: "I think you're wrong about this", lang: 'en' }
 */
export function alternativesFor(text: string, flag: RewriteFlag, norms: RewriteNorms): Alternative[] {
  const found = candidatesFor(text, flag, norms);
  if (!found) return [];
  return found.options.map((option) => {
    const edit = { ...option, insert: fitCase(option.insert, text, option.start, found.lang) };
    return { ...edit, preview: applyEdits(text, [edit]), lang: found.lang };
  });
}
