// Aho–Corasick over folded code points, stored as a double-array trie: the transition from
// state s on symbol class c is slot base[s] + c when check[that slot] === s. One array read
// pair per step, failure links for the rest, output lists merged along failure links so a hit
// walks only real outputs. Built once per norms list, in linear passes over flat arrays: a
// hashed trie numbered breadth first (trie.ts, no sort of the patterns), the double array
// placed in that order (placement.ts), then failure links and outputs here.
import type { HitList } from './candidates';
import { place } from './placement';
import { buildTrie, type Trie } from './trie';

/** Called for every pattern that ends at entry `end`; return true to stop the scan. */
export type HitSink = (pattern: number, end: number) => boolean;

const ROOT = 0;
/** Int32 fields per slot: base, check, fail, out. */
const W = 4; // (the scan loops write it as `s << 2`)

/**
 * The state after reading class `c` in state `s`: its goto if it has one, else the goto of the
 * nearest failure state that has one, else the root's (`rootNext`, a dense row: the root has a
 * child for most classes, so the walk ends in one read there, with no probe to mispredict).
 * Class 0 (in no pattern) fails every probe and ends at `rootNext[0]`, the root. Shared by the
 * scans and the failure links (small enough for the optimiser to inline).
 */
function step(table: Int32Array, rootNext: Int32Array, s: number, c: number): number {
  while (s !== ROOT) {
    const t = table[s << 2]! + c;
    if (table[(t << 2) + 1] === s) return t;
    s = table[(s << 2) + 2]!;
  }
  return rootNext[c]!;
}

/** `a` cut to `n`: a view when little would be spare (the unused tail was never written, so
 * it holds no pages), else a copy. */
function trimmed(a: Int32Array, n: number): Int32Array {
  return 4 * n >= 3 * a.length ? a.subarray(0, n) : a.slice(0, n);
}

/**
 * Symbol classes by frequency, so common symbols get small numbers and pack densely: class
 * per BMP code point (0: in no pattern), per astral one, and the class count plus one.
 */
function symbolClasses(
  symbols: Int32Array,
  start: Int32Array,
  length: Int32Array,
  count: number,
): { classes: Uint16Array; astral: Map<number, number>; alphabet: number } {
  const bmpFreq = new Int32Array(65536);
  const astralFreq = new Map<number, number>();
  /** Each symbol once, as first seen (no scan of all 65,536 counts afterwards). */
  const seen: number[] = [];
  for (let p = 0; p < count; p++) {
    for (let k = start[p]!, end = k + length[p]!; k < end; k++) {
      const y = symbols[k]!;
      if (y < 65536) {
        if (bmpFreq[y]!++ === 0) seen.push(y);
      } else {
        const f = astralFreq.get(y);
        if (f === undefined) seen.push(y);
        astralFreq.set(y, (f ?? 0) + 1);
      }
    }
  }
  if (seen.length > 0xfffe) throw new Error('matcher: too many distinct characters in the norms');
  // Most frequent first, then by code point: one key per symbol, (2^31 - count) · 2^21 +
  // symbol (exact in a double: counts < 2^31, code points < 2^21), sorted as numbers. A
  // native sort with no comparator, which costs little even before the optimiser has run.
  const keys = new Float64Array(seen.length);
  for (let i = 0; i < seen.length; i++) {
    const y = seen[i]!;
    const f = y < 65536 ? bmpFreq[y]! : astralFreq.get(y)!;
    keys[i] = (0x80000000 - f) * 0x200000 + y;
  }
  keys.sort();
  const classes = new Uint16Array(65536);
  const astral = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const symbol = keys[i]! % 0x200000;
    if (symbol < 65536) classes[symbol] = i + 1;
    else astral.set(symbol, i + 1);
  }
  return { classes, astral, alphabet: keys.length + 1 };
}

/** The patterns as class numbers. (Uint16: classes stay below 0xffff; half the fresh memory
 * of an Int32Array.) */
function classedPatterns(
  symbols: Int32Array,
  start: Int32Array,
  length: Int32Array,
  count: number,
  classes: Uint16Array,
  astral: Map<number, number>,
): Uint16Array {
  const classed = new Uint16Array(symbols.length);
  for (let p = 0; p < count; p++) {
    for (let k = start[p]!, end = k + length[p]!; k < end; k++) {
      const y = symbols[k]!;
      classed[k] = y < 65536 ? classes[y]! : astral.get(y)!;
    }
  }
  return classed;
}

/**
 * The automaton's records, `size` of them, from placement's: placement wrote base and
 * parent + 1 (0: free); here check becomes the parent (-1 free, -2 the root) and out -1 (none
 * yet).
 */
function records(placed: Int32Array, size: number): Int32Array {
  const table = trimmed(placed, size * W);
  for (let t = 0; t < size; t++) {
    table[W * t + 1] = table[W * t + 1]! - 1;
    table[W * t + 3] = -1;
  }
  return table;
}

/** The root's goto per class, the root itself where it has none. */
function rootRow(table: Int32Array, alphabet: number): Int32Array {
  const rootNext = new Int32Array(alphabet);
  for (let c = 1; c < alphabet; c++) {
    const t = table[W * ROOT]! + c;
    if (table[W * t + 1] === ROOT) rootNext[c] = t;
  }
  return rootNext;
}

/** Output lists: entries are pattern numbers; each node first lists its own patterns. */
function outputLists(table: Int32Array, slotOf: Int32Array, endNode: Int32Array, count: number): Int32Array {
  const outNext = new Int32Array(count).fill(-1);
  for (let p = count - 1; p >= 0; p--) {
    const slot = slotOf[endNode[p]!]!;
    outNext[p] = table[W * slot + 3]!;
    table[W * slot + 3] = p;
  }
  return outNext;
}

/** Failure links and merged outputs, breadth first (the trie's node order). */
function failureLinks(table: Int32Array, rootNext: Int32Array, outNext: Int32Array, trie: Trie, slotOf: Int32Array): void {
  const { nodes, parent, label } = trie;
  for (let v = 1; v < nodes; v++) {
    const node = slotOf[v]!;
    const u = parent[v]!;
    const f = u === ROOT ? ROOT : step(table, rootNext, table[W * slotOf[u]! + 2]!, label[v]!);
    table[W * node + 2] = f;
    const own = table[W * node + 3]!;
    if (own < 0) table[W * node + 3] = table[W * f + 3]!;
    else {
      let o = own;
      while (outNext[o]! >= 0) o = outNext[o]!;
      outNext[o] = table[W * f + 3]!;
    }
  }
}

export class Automaton {
  /** Symbol class per BMP code point (0: in no pattern). */
  readonly classes: Uint16Array;
  /** Symbol class for code points beyond the BMP. */
  readonly astralClasses: Map<number, number>;
  /** Number of symbol classes, plus one. */
  readonly alphabet: number;
  /** Per slot: base, check (parent slot, or -1 when free), failure link, output list head. */
  readonly table: Int32Array;
  /** Output lists: a slot's list starts at its `out` field with a pattern number; `outNext[p]`
   * is the next pattern (-1 ends). Lists are merged along failure links. */
  readonly outNext: Int32Array;
  /** The root's goto per class, the root itself where it has none (index 0 included). */
  readonly rootNext: Int32Array;
  /** States in use. */
  states = 0;

  /**
   * @param symbols every pattern's folded code points, back to back
   * @param start where pattern p begins in `symbols`
   * @param length pattern p's length (none is empty)
   * @param count number of patterns
   */
  constructor(symbols: Int32Array, start: Int32Array, length: Int32Array, count: number) {
    // One function per phase: the phases run once per compile, so each is optimised on the
    // stack (OSR) inside its own loop; in one long constructor, code compiled for an early
    // loop was thrown away on reaching the later ones it had no feedback for, again and again.
    const { classes, astral, alphabet } = symbolClasses(symbols, start, length, count);
    this.classes = classes;
    this.astralClasses = astral;
    this.alphabet = alphabet;
    const trie = buildTrie(classedPatterns(symbols, start, length, count, classes, astral), start, length, count);
    const placed = place(trie, alphabet);
    this.states = placed.frontier;
    // One record per slot, [base, check, fail, out], so a step touches one cache line; sized to
    // the used slots plus room for the widest transition. (A per-state mask of child labels,
    // to reject most failed probes without reading the target slot, measured no faster.)
    const table = records(placed.table, placed.frontier + alphabet + 1);
    this.table = table;
    this.rootNext = rootRow(table, alphabet);
    this.outNext = outputLists(table, placed.slotOf, trie.endNode, count);
    failureLinks(table, this.rootNext, this.outNext, trie, placed.slotOf);
  }

  /** Symbol class of a folded code point (0 when it is in no pattern). */
  classOf(symbol: number): number {
    return symbol < 65536 ? this.classes[symbol]! : (this.astralClasses.get(symbol) ?? 0);
  }

  /**
   * Runs the automaton over `length` symbols from `from`; calls `sink` for each pattern ending
   * at each position (relative to `from`), in order of position. Returns true when the sink
   * stopped it.
   */
  scan(symbols: Int32Array, from: number, length: number, sink: HitSink): boolean {
    const classes = this.classes;
    const table = this.table;
    const outNext = this.outNext;
    const rootNext = this.rootNext;
    const astral = this.astralClasses.size > 0;
    let s = ROOT;
    for (let j = 0; j < length; j++) {
      const y = symbols[from + j]!;
      const c = y < 65536 ? classes[y]! : astral ? (this.astralClasses.get(y) ?? 0) : 0;
      s = s === ROOT ? rootNext[c]! : step(table, rootNext, s, c);
      for (let p = table[(s << 2) + 3]!; p >= 0; p = outNext[p]!) {
        if (sink(p, j)) return true;
      }
    }
    return false;
  }

  /**
   * Runs the automaton over `symbols[0, length)` and appends every (pattern, end) output to
   * `hits` (cleared first). The same loop as `scan`, without a callback per output.
   */
  scanAll(symbols: Int32Array, length: number, hits: HitList): void {
    const classes = this.classes;
    const table = this.table;
    const outNext = this.outNext;
    const rootNext = this.rootNext;
    const astral = this.astralClasses.size > 0;
    hits.count = 0;
    let s = ROOT;
    for (let j = 0; j < length; j++) {
      const y = symbols[j]!;
      const c = y < 65536 ? classes[y]! : astral ? (this.astralClasses.get(y) ?? 0) : 0;
      s = s === ROOT ? rootNext[c]! : step(table, rootNext, s, c);
      for (let p = table[(s << 2) + 3]!; p >= 0; p = outNext[p]!) hits.push(p, j);
    }
  }

  /** Bytes held by the automaton's arrays. */
  byteSize(): number {
    return (
      this.classes.byteLength +
      this.table.byteLength +
      this.rootNext.byteLength +
      this.outNext.byteLength
    );
  }
}
