// The naive reference: at every position, try every pattern. Same normalisation, same checks,
// same resolution as the matcher; only the search differs. Tests compare the two on random
// input. Quadratic in patterns × text: for tests only.
import { CandidateList } from './candidates';
import { chainPhrases } from './chain';
import type { CompiledMatcher } from './compile';
import { hasMask, maskCandidates } from './mask';
import { isNameOrCode } from './names';
import { referenceNormalise } from './normalise-reference';
import { resolve } from './resolve';
import type { Match } from './types';
import { F_ABBR, F_ALLOW, F_NAMEABLE, F_PIECE, verify } from './verify';

/** What `matcher.findAll(text)` must return, found the slow, obvious way. */
export function referenceFindAll(matcher: CompiledMatcher, text: string): Match[] {
  const n = referenceNormalise(text);
  const cands = new CandidateList();
  const allows = new CandidateList();
  const pieces = new CandidateList();
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
      if (!equal || !verify(n, table, p, end)) continue;
      const f = table.flags[p]!;
      if (f & F_NAMEABLE && isNameOrCode(text, n.start[first]!, n.end[end]!, (f & F_ABBR) !== 0)) continue;
      (f & F_ALLOW ? allows : f & F_PIECE ? pieces : cands).push(first, end, p);
    }
  }
  chainPhrases(n, text, pieces, matcher.pieces, cands);
  if (hasMask(text)) maskCandidates(n, text, matcher.maskTable(), cands);
  return resolve(n, matcher, cands, allows, new Uint8Array(n.length + 1));
}
