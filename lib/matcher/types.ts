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

/** The language of drafts a term is meant for: `zh` Chinese, `en` English. */
export type TermLanguage = 'zh' | 'en';

/**
 * How aiming at a person matters to a norm: `required` counts only when aimed at someone,
 * `always` counts whether aimed or not, `raises` always counts and is one step more severe
 * when aimed. The matcher only carries it; the judgement decides what aimed means.
 */
export type Aim = 'required' | 'always' | 'raises';

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
  /**
   * The language of drafts the term is meant for (absent: any). A pinyin abbreviation such as
   * `sb` or `nmsl` is `zh`: in an English draft the same letters are usually a name or a code.
   * Copied onto each match; the judgement drops matches whose language is not the draft's.
   */
  lang?: TermLanguage;
  /** How aiming at a person matters to this norm (absent: the category's default). */
  aim?: Aim;
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
  /** The term's `lang`, when it has one. */
  lang?: TermLanguage;
  /** The term's `aim`, when it has one. */
  aim?: Aim;
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
