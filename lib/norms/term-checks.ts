// The checks of a term that need the matcher's own rules: every pattern and variant must
// parse as a phrase pattern and leave something to match once normalised (a term such as
// `***`, or one of only zero-width or combining characters, would match nothing, and a list of
// them must never pass for a list that checks anything). Also the `lang` and `aim` fields.
import { parsePattern, MAX_GAP } from '../matcher';
import { Normalised, normaliseInto } from '../matcher/normalise';
import type { Aim, TermLanguage } from '../matcher/types';
import { MAX_FORMS, MAX_PIECES } from '../matcher/phrase';
import { problem, type NormsProblem } from './problems';

export const termLanguages: readonly TermLanguage[] = ['zh', 'en'];
export const aims: readonly Aim[] = ['required', 'always', 'raises'];

/** Reused for every form: a list of 50,000 terms is checked without 50,000 sets of buffers. */
const scratch = new Normalised();

/** Why one written pattern or variant cannot be matched; undefined when it can. */
export function writtenProblem(written: string): NormsProblem | undefined {
  const parsed = parsePattern(written);
  if (!parsed.ok) {
    const max = parsed.error === 'gapTooWide' ? MAX_GAP : parsed.error === 'tooManyPieces' ? MAX_PIECES : MAX_FORMS;
    return problem(`norms.problem.pattern.${parsed.error}`, { pattern: written, max });
  }
  for (const piece of parsed.phrase.pieces) {
    for (const form of piece) if (normaliseInto(form, scratch).length === 0) return problem('norms.problem.nothingToMatch', { pattern: written });
  }
  return undefined;
}

/**
 * Problems of a term's `pattern`, `variants`, `lang` and `aim` that the shape checks do not
 * see; run after them, on fields already known to be strings where present.
 */
export function matchingProblems(value: Record<string, unknown>): NormsProblem[] {
  const problems: NormsProblem[] = [];
  const written = [value.pattern, ...(Array.isArray(value.variants) ? value.variants : [])];
  for (const form of written) {
    if (typeof form !== 'string' || form.trim() === '') continue;
    const found = writtenProblem(form);
    if (found) problems.push(found);
  }
  if (value.lang !== undefined && !termLanguages.includes(value.lang as TermLanguage)) {
    problems.push(problem('norms.problem.lang', { value: String(JSON.stringify(value.lang)) }));
  }
  if (value.aim !== undefined && !aims.includes(value.aim as Aim)) {
    problems.push(problem('norms.problem.aim', { value: String(JSON.stringify(value.aim)) }));
  }
  return problems;
}
