// Small helpers that keep the preset files readable: one line of data per idea, with the note
// and the suggestion written once in both UI languages.
import type { Aim, Category, LocalisedText, Severity, TermLanguage } from '../../matcher/types';
import type { NormEntry, NormsList, PhraseRewrite } from '../format';

/** A text in both UI languages. */
export function both(zh: string, en: string): LocalisedText {
  return { 'zh-CN': zh, en };
}

/** A note and a kinder alternative, shared by terms that hurt in the same way. */
export interface Advice {
  note: LocalisedText;
  suggestion: LocalisedText;
}

export function advice(note: LocalisedText, suggestion: LocalisedText): Advice {
  return { note, suggestion };
}

interface EntryOptions {
  variants?: string[];
  wholeWord?: boolean;
  /** The language of drafts the term is meant for (`zh` for pinyin abbreviations such as `sb`). */
  lang?: TermLanguage;
  /** How aiming at a person matters to it (absent: its category's default). */
  aim?: Aim;
  /** Phrase rewrites of this term's own (`rewrites.ts`), tried before its category's. */
  rewrites?: PhraseRewrite[];
}

/** One term: `term('zh.shabi', '傻逼', 'insult', 2, insultAdvice, { variants: ['煞笔'] })`. */
export function term(
  id: string,
  pattern: string,
  category: Category,
  severity: Severity,
  { note, suggestion }: Advice,
  options: EntryOptions = {},
): NormEntry {
  return {
    id,
    pattern,
    category,
    severity,
    ...(options.variants ? { variants: options.variants } : {}),
    ...(options.wholeWord === false ? { wholeWord: false } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.aim ? { aim: options.aim } : {}),
    note,
    suggestion,
    ...(options.rewrites ? { rewrites: options.rewrites } : {}),
  };
}

/**
 * The entries of `list` with these ids, in the order given; throws if one is missing, so a
 * renamed term cannot silently drop out of a preset that reuses it.
 */
export function pick(list: NormsList, ids: readonly string[], severity?: (entry: NormEntry) => Severity): NormEntry[] {
  return ids.map((id) => {
    const found = list.terms.find((entry) => entry.id === id);
    if (!found) throw new Error(`preset ${list.id} has no term ${id}`);
    return severity ? { ...found, severity: severity(found) } : found;
  });
}

/** One step stricter, for the teen preset: rude becomes hurtful, hurtful becomes severe. */
export const stricter = (entry: NormEntry): Severity => (entry.severity === 1 ? 2 : 3);
