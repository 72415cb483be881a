// The naive reference: at every position, try every pattern. Same normalisation, same checks,
// same resolution as the matcher; only the search differs. Tests compare the two on random
// input. Quadratic in patterns × text: for tests only.
import { CandidateList } from './candidates';
import type { CompiledMatcher } from './compile';
import { referenceNormalise } from './normalise-reference';
import { resolve } from './resolve';
import type { Match } from './types';
import { F_ALLOW, verify } from './verify';

/** What `matcher.findAll(text)` must return, found the slow, obvious way. */
export function referenceFindAll(matcher: CompiledMatcher, text: string): Match[] {
  const n = referenceNormalise(text);
  const cands = new CandidateList();
  const allows = new CandidateList();
  const { patternSymbols, patternStart, table } = matcher;
  for (let end = 0; end < n.length; end++) {
    for (let p = 0; p < patternStart.length; p++) {
      const symbols = patternSymbols.subarray(patternStart[p]!, patternStart[p]! + table.length[p]!);
      const first = end - symbols.length + 1;
      if (first < 0) continue;
      let equal = true;
      for (let k = 0; k < symbols.length; k++) {
        if (n.sym[first + k] !== symbols[k]) {
          equal = false;
          break;
        }
      }
      if (equal && verify(n, table, p, end)) {
        (table.flags[p]! & F_ALLOW ? allows : cands).push(first, end, p);
      }
    }
  }
  return resolve(n, matcher, cands, allows, new Uint8Array(n.length + 1));
}
