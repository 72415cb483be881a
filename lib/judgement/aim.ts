// How aiming matters per norm: the norm's own `aim` when its list says, else its category's
// default. Insults and swearing are the words people use about things and themselves all day
// ("this update is stupid", "卧槽", "I feel so stupid"): they show only when aimed. Threats,
// doxxing and slurs hurt wherever they appear.
import type { Aim, Category, NormTerm, TermLanguage } from '../matcher/types';

/** What the judgement reads from a norm entry; `aim` and `lang` are optional in the format. */
export type JudgedTerm = Pick<NormTerm, 'id' | 'category' | 'severity' | 'aim' | 'lang'>;

export const defaultAim: Readonly<Record<Category, Aim>> = {
  insult: 'required',
  profanity: 'required',
  harassment: 'required',
  // "去死" to someone is incitement; "我真想去死" is a person in pain, not abuse.
  'self-harm': 'required',
  // Shown wherever it is said, but not when the writer says it of themselves ("我真是个傻子") or
  // quotes it ("他骂我…"); one step more severe when aimed at the reader.
  'identity-hate': 'raises',
  threat: 'always',
  doxxing: 'always',
};

/**
 * Whether a `required` match with no cue either way ("傻逼", "idiot", "滚出去" on their own) is
 * taken as aimed. In a comment box a bare insult is said to someone, usually the post's author;
 * bare swearing ("卧槽", "fuck") is said to nobody.
 */
export const presumedAimed: Readonly<Record<Category, boolean>> = {
  insult: true,
  profanity: false,
  harassment: true,
  'self-harm': true,
  'identity-hate': true,
  threat: true,
  doxxing: true,
};

export function aimOf(term: JudgedTerm): Aim {
  return term.aim ?? defaultAim[term.category];
}

/**
 * The language a term is meant for: its own `lang`, else what its id says (`zh.`, `en.` as the
 * shipped presets name them), else none (the term fires in any draft).
 */
export function langOf(term: JudgedTerm): TermLanguage | undefined {
  if (term.lang) return term.lang;
  if (term.id.startsWith('zh.')) return 'zh';
  if (term.id.startsWith('en.')) return 'en';
  return undefined;
}
