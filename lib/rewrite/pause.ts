// What the pause before sending offers: each flagged phrase with its best kinder wording, and
// the whole draft with all of them in ("Use the kinder wording").
import { alternativesFor, type Alternative, type RewriteFlag } from './alternatives';
import type { RewriteNorms } from './norms';
import { rewrite, type Rewrite } from './rewrite';

export interface PauseItem {
  flag: RewriteFlag;
  /** The words the rewrite replaces (the phrase around the flag), as the person wrote them. */
  phrase: string;
  /** The best kinder wording, or null when the term has none in the draft's language. */
  best: Alternative | null;
}

export interface PauseOffer {
  items: PauseItem[];
  /** Every item's best wording in at once; `edits` is empty when there is nothing to replace. */
  all: Rewrite;
}

/**
 * The pause's list, in the draft's order, and the draft with all of it rewritten.
 *
 * @example
 * const { items, all } = pauseOffer('shut up, fatso', flags, norms);
 * items.map((item) => [item.phrase, item.best?.insert]); // → [['shut up', "Let's leave it here"], [', fatso', '']]
 * all.text; // → "Let's leave it here"
 */
export function pauseOffer(text: string, flags: readonly RewriteFlag[], norms: RewriteNorms): PauseOffer {
  const items = [...flags]
    .sort((a, b) => a.start - b.start)
    .map((flag) => {
      const best = alternativesFor(text, flag, norms)[0] ?? null;
      return { flag, phrase: text.slice(best?.start ?? flag.start, best?.end ?? flag.end), best };
    });
  return { items, all: rewrite(text, flags, norms) };
}
