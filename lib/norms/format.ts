// The norms-list file format ("sansi-norms", version 1): what users import and export, and what
// the shipped presets are written in. Documented in lib/norms/README.md.
import type { Category, LocalisedText, NormTerm, Severity } from '../matcher/types';

export const NORMS_FORMAT = 'sansi-norms';
export const NORMS_VERSION = 1;

/** One term of a list: what the matcher needs plus the words a person reads in the card. */
export interface NormEntry extends NormTerm {
  /** Why it may hurt, in both UI languages (optional: a list may have none). */
  note?: LocalisedText;
  /**
   * A kinder way to say it, a whole phrase in each language: the key is the language of the
   * text (`zh-CN` Chinese, `en` English), and the one used is the draft's, not the interface's.
   */
  suggestion?: LocalisedText;
  /** Phrase rewrites for this term, tried before its category's (see `PhraseRewrite`). */
  rewrites?: PhraseRewrite[];
}

/** The language of a phrase rewrite: Chinese or English. */
export type RewriteLanguage = 'zh' | 'en';

/**
 * A phrase around a term and kinder phrases to say instead of the whole of it, so a rewrite
 * reads as a sentence ("you are such an idiot" → "I think you're wrong about this"), never a
 * word dropped into one. `phrase` is words around `{term}` (the matched words), separated by
 * spaces: `(a|b)` is one of several, a trailing `?` makes a word optional, `<…>` must be there
 * but stays as written, `^` and `$` are the start and end of the clause, and `*` alone on one
 * side takes the rest of the clause. In `instead`, `{suggestion}` is the term's own suggestion,
 * and `""` leaves the phrase out with the comma before it ("go away, loser" → "go away").
 *
 * @example
 * { lang: 'en', phrase: "^ (you are|you're) (such)? (a|an)? {term}", instead: ["I think you're wrong about this", 'I see it differently'] }
 * { lang: 'zh', phrase: '你 (这个|个)? {term}', instead: ['我不太认同你'] }
 */
export interface PhraseRewrite {
  lang: RewriteLanguage;
  phrase: string;
  /** One to three kinder phrases, in `lang`, best first. */
  instead: string[];
}

/** Phrase rewrites by category, for every term of a list that has none of its own that fit. */
export type CategoryRewrites = Partial<Record<Category, PhraseRewrite[]>>;

export interface NormsList {
  format: typeof NORMS_FORMAT;
  version: typeof NORMS_VERSION;
  /** Stable id of the list, e.g. `zh-general`; user lists get one on import. */
  id: string;
  name: string;
  /** BCP 47 primary languages the list is written for, e.g. `["zh"]`, `["en"]`. */
  languages: string[];
  terms: NormEntry[];
  /** Innocent phrases that suppress matches they cover (`操作`, `垃圾分类`). */
  allow: string[];
  /** Optional phrase rewrites by category; without them a rewrite covers the whole clause. */
  rewrites?: CategoryRewrites;
}

export const categories: readonly Category[] = [
  'insult',
  'profanity',
  'threat',
  'harassment',
  'identity-hate',
  'self-harm',
  'doxxing',
];

export const severities: readonly Severity[] = [1, 2, 3];
