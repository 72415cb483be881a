// A term's pattern (or variant, or allow phrase) normalised exactly like a draft, so both
// sides compare folded code points: what the automaton looks for, plus the minimum count of
// each collapsed letter (`ass` needs two s, so `as` stays clean while `asssss` matches).
import { K_LETTER, K_SEP, Normalised, isWordKind, normaliseInto } from './normalise';

const LETTER_I = 0x69;
const LETTER_L = 0x6c;

export interface PatternForm {
  /** Folded code points, one per entry. */
  symbols: Int32Array;
  /** Minimum run per entry (1 for most). */
  minRun: Uint16Array;
  /** True when some `minRun` is above 1. */
  hasRun: boolean;
  /** First / last entry is a letter or digit (word boundaries apply there). */
  startsWord: boolean;
  endsWord: boolean;
}

interface Entries {
  symbols: number[];
  runs: number[];
  kinds: number[];
}

const scratch = new Normalised();

/** Rebuilds entries after an edit, merging equal neighbouring letters again. */
function recollapse(src: Entries, map: (symbol: number, kind: number) => number | undefined): Entries {
  const out: Entries = { symbols: [], runs: [], kinds: [] };
  for (let i = 0; i < src.symbols.length; i++) {
    const kind = src.kinds[i]!;
    const symbol = map(src.symbols[i]!, kind);
    if (symbol === undefined) continue;
    const last = out.symbols.length - 1;
    if (kind === K_LETTER && last >= 0 && out.kinds[last] === K_LETTER && out.symbols[last] === symbol) {
      out.runs[last] = out.runs[last]! + src.runs[i]!;
    } else {
      out.symbols.push(symbol);
      out.runs.push(src.runs[i]!);
      out.kinds.push(kind);
    }
  }
  return out;
}

function formOf(e: Entries): PatternForm {
  return {
    symbols: new Int32Array(e.symbols),
    minRun: new Uint16Array(e.runs),
    hasRun: e.runs.some((r) => r > 1),
    startsWord: isWordKind(e.kinds[0]!),
    endsWord: isWordKind(e.kinds[e.kinds.length - 1]!),
  };
}

/**
 * The forms a pattern is searched in: as written; for several words, also written together
 * (`kill yourself` → `killyourself`, which `k i l l y o u r s e l f` becomes); and for each,
 * when it has an `l`, with every `l` read as `i`, because `1` and `|` fold to `i` (`ki11` →
 * `kiii` matches `kill`). Returns an empty list when nothing is left after normalisation.
 */
export function patternForms(pattern: string): PatternForm[] {
  const n = normaliseInto(pattern, scratch);
  if (n.length === 0) return [];
  const written: Entries = { symbols: [], runs: [], kinds: [] };
  for (let i = 0; i < n.length; i++) {
    written.symbols.push(n.sym[i]!);
    written.runs.push(n.run[i]!);
    written.kinds.push(n.kind[i]!);
  }
  const bases = [written];
  if (written.kinds.includes(K_SEP)) bases.push(recollapse(written, (s, k) => (k === K_SEP ? undefined : s)));
  const all: Entries[] = [];
  for (const base of bases) {
    all.push(base);
    if (base.symbols.some((s, i) => s === LETTER_L && base.kinds[i] === K_LETTER)) {
      all.push(recollapse(base, (s, k) => (s === LETTER_L && k === K_LETTER ? LETTER_I : s)));
    }
  }
  return all.map(formOf);
}
