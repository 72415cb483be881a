// The shipped presets as the extension runs them (the general lists and the teen list, merged),
// with their phrase rewrites, and a matcher to judge a rewrite again.
import { defaultJudgeSettings, judge, prepareJudge } from '@/lib/judgement';
import { compile } from '@/lib/matcher';
import { scoreDraft } from '@/lib/model';
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

const deps = prepareJudge({ matcher: shippedMatcher, norms: merged, scorer: scoreDraft });

/** What the extension would show for `text` with default settings (smart detection on). */
export function nudgeFor(text: string): 'none' | 'mark' | 'pause' {
  return judge(text, deps, defaultJudgeSettings).nudge;
}
