// What rewrites read from a norms list: each term's suggestion and phrase rewrites, and the
// list's rewrites by category. A `NormsList` is one; so is a merge of several (`mergeRewrites`).
import type { Category, LocalisedText } from '../matcher/types';
import type { CategoryRewrites, PhraseRewrite } from '../norms/format';

export interface RewriteTerm {
  id: string;
  category: Category;
  suggestion?: LocalisedText;
  rewrites?: readonly PhraseRewrite[];
}

export interface RewriteNorms {
  terms: readonly RewriteTerm[];
  rewrites?: CategoryRewrites;
}

const byId = new WeakMap<readonly RewriteTerm[], Map<string, RewriteTerm>>();

/** The term with this id (looked up in a table built once per terms array). */
export function termById(norms: RewriteNorms, id: string): RewriteTerm | undefined {
  let table = byId.get(norms.terms);
  if (!table) {
    table = new Map(norms.terms.map((term) => [term.id, term]));
    byId.set(norms.terms, table);
  }
  return table.get(id);
}

/** Several lists' category rewrites as one: each list's come after the earlier lists'. */
export function mergeRewrites(lists: readonly { rewrites?: CategoryRewrites }[]): CategoryRewrites {
  const merged: CategoryRewrites = {};
  for (const list of lists) {
    for (const [category, rewrites] of Object.entries(list.rewrites ?? {}) as [Category, PhraseRewrite[]][]) {
      const seen = new Set((merged[category] ?? []).map((rewrite) => `${rewrite.lang}\u0000${rewrite.phrase}`));
      const fresh = rewrites.filter((rewrite) => !seen.has(`${rewrite.lang}\u0000${rewrite.phrase}`));
      merged[category] = [...(merged[category] ?? []), ...fresh];
    }
  }
  return merged;
}
