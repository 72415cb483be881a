// The checks a candidate from the automaton must pass. Shared by the automaton path and the
// reference scan, so the two can only differ in how they find candidates.
import * as normalise from './normalise';
import type { Normalised } from './normalise';

const K_LETTER: number = normalise.K_LETTER;
const K_DIGIT: number = normalise.K_DIGIT;
const K_SEP: number = normalise.K_SEP;

/** Pattern flags. */
export const F_START_WORD = 1;
export const F_END_WORD = 2;
export const F_ALLOW = 4;
export const F_RUN = 8;
/** Some allow phrase contains this pattern, so a hit may be suppressed. */
export const F_COVERABLE = 16;
/** A piece of a phrase pattern: a hit only counts once chained with the phrase's other pieces. */
export const F_PIECE = 32;
/** A Latin form that may be a name or a code when capitalised (see names.ts). */
export const F_NAMEABLE = 64;
/** With F_NAMEABLE: the form is an abbreviation (no vowel), which may be a code. */
export const F_ABBR = 128;

export interface PatternTable {
  length: Int32Array;
  flags: Uint8Array;
  /** Offset of the pattern's symbols, and of their minimum runs in `minRun`. */
  start: Int32Array;
  /** Minimum run per symbol of every pattern, back to back (read when `F_RUN`). */
  minRun: Uint16Array;
}

/**
 * True when pattern `p`, found ending at entry `end`, is a real match:
 * - each collapsed letter occurs at least as often as in the pattern;
 * - with leetspeak, at least two real letters and at most one leet character more than real
 *   letters (so `5b` is not `sb`, but `$hit`, `@ss`, `ki11` and `1d10t` are what they look like);
 * - a Latin end of a whole-word term does not touch another letter or digit.
 */
export function verify(n: Normalised, table: PatternTable, p: number, end: number): boolean {
  const len = table.length[p]!;
  const first = end - len + 1;
  const flags = table.flags[p]!;
  if (flags & F_RUN) {
    const off = table.start[p]!;
    for (let k = 0; k < len; k++) if (n.run[first + k]! < table.minRun[off + k]!) return false;
  }
  if (flags & F_ALLOW) return true;
  if (flags & F_START_WORD && first > 0 && isWord(n.kind[first - 1]!)) return false;
  if (flags & F_END_WORD && end + 1 < n.length && isWord(n.kind[end + 1]!)) return false;
  let leet = 0;
  let plain = 0;
  for (let k = first; k <= end; k++) {
    if (n.kind[k] === K_SEP) continue;
    const l = n.leet[k]!;
    leet += l;
    plain += n.run[k]! - l;
  }
  return leet === 0 || (plain >= 2 && leet <= plain + 1);
}

function isWord(kind: number): boolean {
  return kind === K_LETTER || kind === K_DIGIT;
}
