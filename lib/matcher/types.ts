/** What a norm is about. Matches the categories of the design. */
export type Category =
  | 'insult'
  | 'profanity'
  | 'threat'
  | 'harassment'
  | 'identity-hate'
  | 'self-harm'
  | 'doxxing';

/** 1 = rude, 2 = hurtful, 3 = threat, incitement or hate. */
export type Severity = 1 | 2 | 3;

/** A kinder wording, per UI language. */
export interface LocalisedText {
  'zh-CN'?: string;
  en?: string;
}

/** One term the matcher looks for. */
export interface NormTerm {
  /** Stable id, unique within a compiled list. */
  id: string;
  /** The term as written, e.g. `傻逼` or `asshole`. */
  pattern: string;
  category: Category;
  severity: Severity;
  /** Homophones and abbreviations that mean the same, e.g. `煞笔`, `sb`. */
  variants?: string[];
  suggestion?: LocalisedText;
  /**
   * Latin-script terms match on word boundaries unless this is `false`. Ignored for CJK terms,
   * which have no word boundaries.
   */
  wholeWord?: boolean;
}

/** The input of `compile`: the terms plus phrases that suppress matches they cover. */
export interface NormsInput {
  terms: readonly NormTerm[];
  /** Longer innocent phrases, e.g. `操作` covering `操`, `垃圾分类` covering `垃圾`. */
  allow?: readonly string[];
}

/** One flagged span, in UTF-16 offsets of the original text (end exclusive). */
export interface Match {
  start: number;
  end: number;
  normId: string;
  category: Category;
  severity: Severity;
  suggestion?: LocalisedText;
}

/** A compiled norms list; build one with `compile` and reuse it for every keystroke. */
export interface Matcher {
  /**
   * Every match, sorted by start, overlaps resolved to the longest, then the most severe.
   * Offsets are UTF-16 offsets in `text` itself, whatever normalisation found the term.
   *
   * @example
   * matcher.findAll('你个傻*逼'); // → [{ start: 2, end: 5, normId: 'zh.shabi', … }]
   * matcher.findAll('ＳＢ了'); // → [{ start: 0, end: 2, … }]: the span is the user's own 'ＳＢ'
   */
  findAll(text: string): Match[];
  /**
   * True when `findAll(text)` would return at least one match; stops at the first one.
   *
   * @example
   * matcher.hasMatch('f.u.c.k'); // → true
   * matcher.hasMatch('Scunthorpe'); // → false
   */
  hasMatch(text: string): boolean;
}
