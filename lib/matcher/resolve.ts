// From verified candidates to the matches a user sees: drop those an allow phrase covers,
// then among overlapping ones keep the longest, then the most severe.
import type { CandidateList } from './candidates';
import type { Normalised } from './normalise';
import type { Match, NormTerm } from './types';

export interface ResolveContext {
  terms: readonly NormTerm[];
  /** Term index per pattern. */
  patternTerm: Int32Array;
}

/** Indices (into `cands`, sorted by start) of candidates no allow phrase covers. */
export function uncovered(cands: CandidateList, allows: CandidateList): Int32Array {
  const order = cands.sortedByStart();
  if (allows.count === 0) return order;
  const allowOrder = allows.sortedByStart();
  const kept = new Int32Array(order.length);
  let count = 0;
  let a = 0;
  let reach = -1;
  for (const c of order) {
    const first = cands.first[c]!;
    while (a < allowOrder.length && allows.first[allowOrder[a]!]! <= first) {
      reach = Math.max(reach, allows.last[allowOrder[a]!]!);
      a++;
    }
    if (reach < cands.last[c]!) kept[count++] = c;
  }
  return kept.subarray(0, count);
}

/**
 * Resolves overlaps and builds the matches, sorted by start. `taken` is scratch of at least
 * `n.length` zeroes; it is left zeroed.
 */
export function resolve(
  n: Normalised,
  ctx: ResolveContext,
  cands: CandidateList,
  allows: CandidateList,
  taken: Uint8Array,
): Match[] {
  if (cands.count === 0) return [];
  const order = uncovered(cands, allows);
  const chosen: number[] = [];
  // The comparators are closures, made on the first cluster only: most texts have none, and
  // some loaders wrap every closure creation in a naming call.
  let priority: ((a: number, b: number) => number) | undefined;
  let byFirst: ((a: number, b: number) => number) | undefined;

  // Clusters of transitively overlapping candidates; most are a single candidate.
  const cluster = clusterScratch;
  const picked = pickedScratch;
  for (let i = 0; i < order.length; ) {
    let j = i + 1;
    let reach = cands.last[order[i]!]!;
    while (j < order.length && cands.first[order[j]!]! <= reach) {
      reach = Math.max(reach, cands.last[order[j]!]!);
      j++;
    }
    if (j === i + 1) {
      chosen.push(order[i]!);
    } else {
      cluster.length = 0;
      for (let x = i; x < j; x++) cluster.push(order[x]!);
      if (priority === undefined) {
        const span = (c: number): number => n.end[cands.last[c]!]! - n.start[cands.first[c]!]!;
        const severity = (c: number): number => ctx.terms[ctx.patternTerm[cands.pattern[c]!]!]!.severity;
        priority = (a: number, b: number): number =>
          span(b) - span(a) ||
          severity(b) - severity(a) ||
          cands.first[a]! - cands.first[b]! ||
          ctx.patternTerm[cands.pattern[a]!]! - ctx.patternTerm[cands.pattern[b]!]! ||
          cands.pattern[a]! - cands.pattern[b]!;
        byFirst = (a: number, b: number): number => cands.first[a]! - cands.first[b]!;
      }
      sortBy(cluster, priority);
      const from = cands.first[order[i]!]!;
      picked.length = 0;
      for (const c of cluster) {
        let free = true;
        for (let k = cands.first[c]!; k <= cands.last[c]!; k++) {
          if (taken[k]) {
            free = false;
            break;
          }
        }
        if (!free) continue;
        for (let k = cands.first[c]!; k <= cands.last[c]!; k++) taken[k] = 1;
        picked.push(c);
      }
      taken.fill(0, from, reach + 1);
      sortBy(picked, byFirst!);
      for (const c of picked) chosen.push(c);
    }
    i = j;
  }

  const matches = new Array<Match>(chosen.length);
  for (let x = 0; x < chosen.length; x++) {
    const c = chosen[x]!;
    const term = ctx.terms[ctx.patternTerm[cands.pattern[c]!]!]!;
    const start = n.start[cands.first[c]!]!;
    const end = n.end[cands.last[c]!]!;
    // Built whole in one literal or the other: adding `suggestion` afterwards would move every
    // match through a second hidden class. (`lang` and `aim` are rarer: added when present.)
    const match: Match =
      term.suggestion === undefined
        ? { start, end, normId: term.id, category: term.category, severity: term.severity }
        : { start, end, normId: term.id, category: term.category, severity: term.severity, suggestion: term.suggestion };
    if (term.lang !== undefined) match.lang = term.lang;
    if (term.aim !== undefined) match.aim = term.aim;
    matches[x] = match;
  }
  return matches;
}

/** Scratch for the clusters, reused between calls (resolve is not re-entrant). */
const clusterScratch: number[] = [];
const pickedScratch: number[] = [];

/** Sorts in place: insertion sort for the usual cluster of a few, the engine's sort beyond. */
function sortBy(xs: number[], compare: (a: number, b: number) => number): void {
  if (xs.length > 16) {
    xs.sort(compare);
    return;
  }
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i]!;
    let k = i;
    while (k > 0 && compare(xs[k - 1]!, v) > 0) {
      xs[k] = xs[k - 1]!;
      k--;
    }
    xs[k] = v;
  }
}
