// The shipped presets as the extension runs them (the general lists and the teen list, merged),
// with their phrase rewrites, and a matcher to judge a rewrite again.
import { compile } from '@/lib/matcher';
import { mergePresets, presets } from '@/lib/norms/presets';
import type { NormEntry } from '@/lib/norms/format';
import { mergeRewrites, type RewriteNorms } from '@/lib/rewrite';

const ids = ['zh-general', 'en-general', 'teen'];
const merged = mergePresets(ids);

export const shippedNorms: RewriteNorms = {
  terms: merged.terms as NormEntry[],
  rewrites: mergeRewrites(ids.map((id) => presets[id]!)),
};
export const shippedMatcher = compile(merged);
