// Aho–Corasick over folded code points, stored as a double-array trie: the transition from
// state s on symbol class c is slot base[s] + c when check[that slot] === s. One array read
// pair per step, failure links for the rest, output lists merged along failure links so a hit
// walks only real outputs. Built once per norms list from sorted patterns.

/** Called for every pattern that ends at entry `end`; return true to stop the scan. */
export type HitSink = (pattern: number, end: number) => boolean;

const ROOT = 0;

export class Automaton {
  /** Symbol class per BMP code point (0: in no pattern). */
  readonly classes: Uint16Array;
  /** Symbol class for code points beyond the BMP. */
  readonly astralClasses = new Map<number, number>();
  /** Number of symbol classes, plus one. */
  readonly alphabet: number;
  /** Per slot: base, check (parent slot, or -1 when free), failure link, output list head. */
  readonly table: Int32Array;
  /** Output lists: pattern per entry and the next entry (-1 ends), merged along failure links. */
  readonly outPattern: Int32Array;
  readonly outNext: Int32Array;
  /** States in use. */
  states = 0;

  /**
   * @param patterns symbol sequences (folded code points), none empty
   * @param totalLength their summed length (sizes the build arrays)
   */
  constructor(patterns: readonly Int32Array[], totalLength = 0) {
    // Symbol classes by frequency, so common symbols get small numbers and pack densely.
    const freq = new Map<number, number>();
    for (const p of patterns) for (let i = 0; i < p.length; i++) freq.set(p[i]!, (freq.get(p[i]!) ?? 0) + 1);
    const bySymbol = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (bySymbol.length > 0xfffe) throw new Error('matcher: too many distinct characters in the norms');
    this.classes = new Uint16Array(65536);
    for (let i = 0; i < bySymbol.length; i++) {
      const symbol = bySymbol[i]![0];
      if (symbol < 65536) this.classes[symbol] = i + 1;
      else this.astralClasses.set(symbol, i + 1);
    }
    this.alphabet = bySymbol.length + 1;

    // Patterns as strings of class numbers, then NUL and the pattern's index: the engine's
    // native sort orders them (a prefix before its extensions, equal patterns by index).
    const keys = new Array<string>(patterns.length);
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i]!;
      // Built in one call so the string is flat: sorting compares flat strings fast.
      const codes = new Array<number>(p.length + 3);
      for (let k = 0; k < p.length; k++) codes[k] = this.classOf(p[k]!);
      codes[p.length] = 0;
      codes[p.length + 1] = i >>> 16;
      codes[p.length + 2] = i & 0xffff;
      keys[i] = String.fromCharCode.apply(null, codes);
    }
    keys.sort();
    const lengthOf = (k: string): number => k.length - 3;
    const indexOf = (k: string): number => (k.charCodeAt(k.length - 2) << 16) | k.charCodeAt(k.length - 1);

    // The double array while building: check holds parent + 1 (0: free), so fresh zeroed
    // memory needs no fill. Free slots below the frontier form a doubly linked list.
    let cap = 4096;
    while (cap < 2 * totalLength + this.alphabet + 2) cap *= 2;
    let base = new Int32Array(cap);
    let check = new Int32Array(cap);
    let holeNext = new Int32Array(cap);
    let holePrev = new Int32Array(cap);
    const ensure = (n: number): void => {
      if (n <= cap) return;
      while (cap < n) cap *= 2;
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(cap);
        b.set(a);
        return b;
      };
      base = grow(base);
      check = grow(check);
      holeNext = grow(holeNext);
      holePrev = grow(holePrev);
    };
    ensure(this.alphabet + 2);
    check[ROOT] = -1; // taken

    // Nodes in creation order, for the breadth-first pass; pattern ends, for the outputs.
    const nodeSlot: number[] = [ROOT];
    const nodeParent: number[] = [-1];
    const nodeLabel: number[] = [0];
    const nodeDepth: number[] = [0];
    const endSlot: number[] = [];
    const endPattern: number[] = [];
    let frontier = 1;
    let holeHead = -1;
    let holeTail = -1;
    let states = 1;
    // Work stack, four numbers a frame: node slot, first and end key, depth.
    const stack: number[] = [ROOT, 0, keys.length, 0];
    const labels: number[] = [];
    const bounds: number[] = [];
    while (stack.length > 0) {
      const depth = stack.pop()!;
      const hi = stack.pop()!;
      let lo = stack.pop()!;
      const node = stack.pop()!;
      while (lo < hi && lengthOf(keys[lo]!) === depth) {
        endSlot.push(node);
        endPattern.push(indexOf(keys[lo]!));
        lo++;
      }
      if (lo >= hi) continue;
      labels.length = 0;
      bounds.length = 0;
      for (let i = lo; i < hi; ) {
        const c = keys[i]!.charCodeAt(depth);
        let j = i + 1;
        while (j < hi && keys[j]!.charCodeAt(depth) === c) j++;
        labels.push(c);
        bounds.push(i, j);
        i = j;
      }
      // Find a base where every child slot is free: try the first free holes below the
      // frontier (bounded, so building stays linear), else place the children at the frontier.
      const first = labels[0]!;
      let b = Math.max(1, frontier - first);
      ensure(frontier + this.alphabet + 1);
      for (let h = holeHead, tries = 0, steps = 0; h >= 0 && tries < 32 && steps < 1024; h = holeNext[h]!, steps++) {
        const cand = h - first;
        if (cand < 1) continue;
        tries++;
        let ok = true;
        for (let x = 1; x < labels.length; x++) {
          const t = cand + labels[x]!;
          if (t < frontier && check[t] !== 0) {
            ok = false;
            break;
          }
        }
        if (ok) {
          b = cand;
          break;
        }
      }
      ensure(b + this.alphabet + 1);
      for (let x = 0; x < labels.length; x++) {
        const t = b + labels[x]!;
        if (t < frontier) {
          const pv = holePrev[t]!;
          const nx = holeNext[t]!;
          if (pv >= 0) holeNext[pv] = nx;
          else holeHead = nx;
          if (nx >= 0) holePrev[nx] = pv;
          else holeTail = pv;
        } else {
          for (let u = frontier; u < t; u++) {
            holePrev[u] = holeTail;
            holeNext[u] = -1;
            if (holeTail >= 0) holeNext[holeTail] = u;
            else holeHead = u;
            holeTail = u;
          }
          frontier = t + 1;
        }
      }
      base[node] = b;
      for (let x = 0; x < labels.length; x++) {
        const child = b + labels[x]!;
        check[child] = node + 1;
        nodeSlot.push(child);
        nodeParent.push(node);
        nodeLabel.push(labels[x]!);
        nodeDepth.push(depth + 1);
        if (child >= states) states = child + 1;
        stack.push(child, bounds[2 * x]!, bounds[2 * x + 1]!, depth + 1);
      }
    }
    this.states = states;

    // One record per slot, [base, check, fail, out], so a step touches one cache line; sized to
    // the used slots plus room for the widest transition.
    const size = states + this.alphabet + 1;
    const table = new Int32Array(size * 4);
    for (let t = 0; t < size; t++) {
      table[4 * t] = t < cap ? base[t]! : 0;
      table[4 * t + 1] = (t < cap ? check[t]! : 0) - 1;
      table[4 * t + 3] = -1;
    }
    table[1] = -2; // the root is nobody's child
    this.table = table;
    this.outPattern = new Int32Array(endPattern.length);
    this.outNext = new Int32Array(endPattern.length).fill(-1);
    for (let o = endPattern.length - 1; o >= 0; o--) {
      const slot = endSlot[o]!;
      this.outPattern[o] = endPattern[o]!;
      this.outNext[o] = table[4 * slot + 3]!;
      table[4 * slot + 3] = o;
    }

    // Failure links and merged outputs, breadth first (counting sort by depth).
    let maxDepth = 0;
    for (const d of nodeDepth) if (d > maxDepth) maxDepth = d;
    const firstAt = new Int32Array(maxDepth + 2);
    for (const d of nodeDepth) firstAt[d + 1] = firstAt[d + 1]! + 1;
    for (let d = 1; d < firstAt.length; d++) firstAt[d] = firstAt[d]! + firstAt[d - 1]!;
    const bfs = new Int32Array(nodeDepth.length);
    for (let i = 0; i < nodeDepth.length; i++) bfs[firstAt[nodeDepth[i]!]!++] = i;
    const outNext = this.outNext;
    for (const i of bfs) {
      const node = nodeSlot[i]!;
      if (node === ROOT) continue;
      const p = nodeParent[i]!;
      let f = ROOT;
      if (p !== ROOT) {
        const c = nodeLabel[i]!;
        let s = table[4 * p + 2]!;
        for (;;) {
          const t = table[4 * s]! + c;
          if (table[4 * t + 1] === s) {
            f = t;
            break;
          }
          if (s === ROOT) break;
          s = table[4 * s + 2]!;
        }
      }
      table[4 * node + 2] = f;
      const own = table[4 * node + 3]!;
      if (own < 0) table[4 * node + 3] = table[4 * f + 3]!;
      else {
        let o = own;
        while (outNext[o]! >= 0) o = outNext[o]!;
        outNext[o] = table[4 * f + 3]!;
      }
    }
  }

  /** Symbol class of a folded code point (0 when it is in no pattern). */
  classOf(symbol: number): number {
    return symbol < 65536 ? this.classes[symbol]! : (this.astralClasses.get(symbol) ?? 0);
  }

  /**
   * Runs the automaton over `length` symbols; calls `sink` for each pattern ending at each
   * position, in order of position. Returns true when the sink stopped it.
   */
  scan(symbols: Int32Array, length: number, sink: HitSink): boolean {
    const classes = this.classes;
    const table = this.table;
    const outNext = this.outNext;
    const outPattern = this.outPattern;
    const astral = this.astralClasses.size > 0;
    let s = ROOT;
    for (let j = 0; j < length; j++) {
      const y = symbols[j]!;
      const c = y < 65536 ? classes[y]! : astral ? (this.astralClasses.get(y) ?? 0) : 0;
      if (c === 0) {
        s = ROOT;
        continue;
      }
      for (;;) {
        const t = table[s << 2]! + c;
        if (table[(t << 2) + 1] === s) {
          s = t;
          break;
        }
        if (s === ROOT) break;
        s = table[(s << 2) + 2]!;
      }
      let o = table[(s << 2) + 3]!;
      while (o >= 0) {
        if (sink(outPattern[o]!, j)) return true;
        o = outNext[o]!;
      }
    }
    return false;
  }

  /** Bytes held by the automaton's arrays. */
  byteSize(): number {
    return (
      this.classes.byteLength +
      this.table.byteLength +
      this.outPattern.byteLength +
      this.outNext.byteLength
    );
  }
}
