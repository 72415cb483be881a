import type { MessageKey } from '@/lib/i18n/messages';
import type { Translate } from './i18n';

/**
 * The background refuses with a short reason meant for a program (`locked`, `pin.tooShort`) or
 * an English sentence; either way the reader gets a sentence in their own language, never the
 * reason itself. Patterns, not only codes, since a reason can name the thing refused.
 */
const reasons: readonly { match: RegExp; key: MessageKey; params?: (found: RegExpMatchArray) => Record<string, string> }[] = [
  { match: /^locked$/, key: 'lock.error.locked' },
  { match: /^pin\.tooShort$/, key: 'lock.error.tooShort' },
  { match: /^pin\.notDigits$/, key: 'lock.error.notDigits' },
  { match: /^pin\.tooLong$/, key: 'lock.error.tooLong' },
  { match: /^A term with id .+ already exists$/, key: 'refusal.termExists' },
  { match: /^No term .+ in list .+$/, key: 'refusal.noTerm' },
  { match: /^No list with id .+$/, key: 'refusal.noList' },
  { match: /^An allow phrase cannot be empty$/, key: 'refusal.allowEmpty' },
  { match: /^"(.+)" is already allowed$/, key: 'refusal.allowExists', params: (found) => ({ phrase: found[1]! }) },
  { match: /^"(.+)" is not in the list$/, key: 'refusal.allowMissing', params: (found) => ({ phrase: found[1]! }) },
  { match: /^A shipped preset can be switched off, not deleted$/, key: 'refusal.presetDelete' },
  { match: /^Only /, key: 'refusal.sender' },
  { match: /^No handler answered /, key: 'refusal.noAnswer' },
];

/** A refusal (or any failure of a request to the background) as one sentence for the reader. */
export function refusalText(error: unknown, t: Translate): string {
  const reason = error instanceof Error ? error.message : String(error);
  for (const { match, key, params } of reasons) {
    const found = reason.match(match);
    if (found) return t(key, params?.(found));
  }
  return t('refusal.other');
}
