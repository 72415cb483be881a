/**
 * Sansi's matcher: finds the norms' terms in a draft, through the evasions people use, in one
 * linear pass. Pure TypeScript, no DOM, no dependencies: runs in the extension, in Node and in
 * the benchmark alike. See README.md for the normalisation rules.
 *
 * @packageDocumentation
 */
import { CompiledMatcher } from './compile';
import type { NormsInput } from './types';

export type * from './types';
export type { MatcherStats, SkippedTerm, SkipReason } from './compile';
export { parsePattern, isPhrasePattern, DEFAULT_GAP, MAX_GAP } from './phrase';
export type { Phrase, PhraseError, ParsedPattern } from './phrase';
export { CompiledMatcher, compileInSteps } from './compile';
export { normalise, Normalised } from './normalise';
export { traceNormalise } from './trace';
export type { TracedStep, TraceStep } from './trace';

/**
 * Builds a matcher for a norms list. Do it once per list (it builds an automaton: about
 * 100 ms for 50,000 terms) and reuse the matcher for every keystroke.
 *
 * Never fails whole because of one bad term: a term whose id repeats an earlier one, whose
 * pattern or variant has nothing left to match once normalised (e.g. `"***"`), or whose phrase
 * pattern is malformed is left out and listed in `matcher.skipped` with the reason; every
 * other term is matched. Empty allow phrases are ignored.
 *
 * @example
 * const matcher = compile({
 *   terms: [{ id: 'zh.shabi', pattern: '傻逼', variants: ['煞笔', 'sb'], category: 'insult', severity: 2 }],
 *   allow: [],
 * });
 * matcher.findAll('你个傻*逼');
 * // → [{ start: 2, end: 5, normId: 'zh.shabi', category: 'insult', severity: 2 }]
 * matcher.hasMatch('USB cable'); // → false: Latin terms match whole words only
 */
export function compile(norms: NormsInput): CompiledMatcher {
  return new CompiledMatcher(norms);
}
