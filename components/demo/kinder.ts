import type { NormsList } from '@/lib/norms/format';
import type { Matcher } from '@/lib/matcher/types';
import { rewrittenDraft } from '@/lib/rewrite';

/**
 * The draft with every flagged phrase put more kindly, as "Replace" on each would leave it, in
 * the draft's own language; null when nothing in it is flagged (or has a kinder wording).
 */
export function kinderDraft(text: string, { list, matcher }: { list: NormsList; matcher: Matcher }): string | null {
  return rewrittenDraft(text, matcher.findAll(text), list);
}
