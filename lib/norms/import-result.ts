import type { NormsList } from './format';

/** A problem with a file a person gave us, named by line (0 = the file as a whole). */
export interface ImportProblem {
  line: number;
  message: string;
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
