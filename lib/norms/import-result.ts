import type { Locale } from '../i18n/messages';
import type { NormsList } from './format';
import { describeProblem, problem, type NormsProblem } from './problems';

/** A problem with a file a person gave us, named by line (0 = the file as a whole). */
export interface ImportProblem extends NormsProblem {
  line: number;
  /** Which term of a JSON list (1-based) the problem is about, when the line alone is not enough. */
  term?: number;
}

/** The problem as a sentence in `locale`, without its line (the page puts that in front). */
export function describeImportProblem(value: ImportProblem, locale: Locale): string {
  const text = describeProblem(value, locale);
  return value.term === undefined ? text : describeProblem(problem('norms.problem.inTerm', { index: value.term, problem: text }), locale);
}

export type ImportResult = { ok: true; list: NormsList } | { ok: false; errors: ImportProblem[] };

/** Enough to fix a file; more would bury the first problem. */
export const MAX_REPORTED_PROBLEMS = 20;

export function failed(errors: ImportProblem[]): ImportResult {
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_PROBLEMS) };
}

/** Maps UTF-16 offsets of a text to 1-based line numbers. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
