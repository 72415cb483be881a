// Why a norms file or term is not valid, as a message key and its values rather than a sentence,
// so the options page and the demo say it in the user's language and the CLI in English.
import { format, messages, type Locale, type MessageKey } from '../i18n/messages';

export type NormsProblemKey = Extract<MessageKey, `norms.problem.${string}`>;

export interface NormsProblem {
  key: NormsProblemKey;
  params?: Record<string, string | number>;
  /** The list field the problem is about (JSON imports use it to find the line). */
  field?: string;
}

export function problem(key: NormsProblemKey, params?: Record<string, string | number>, field?: string): NormsProblem {
  return field === undefined ? (params ? { key, params } : { key }) : { key, params, field };
}

/** The problem as a sentence in `locale`. */
export function describeProblem(value: NormsProblem, locale: Locale): string {
  return format(messages[locale][value.key], value.params);
}
