// Places a trie into a double array: every node gets a base such that each child with label
// c sits in slot base + c, and no two nodes share a slot. Nodes are placed breadth first, so
// the wide ones (the root, the first characters of CJK terms) come while the array is empty
// and the many one-child nodes then fill the holes they leave.
import type { Trie } from './trie';

export interface Placement {
  /**
   * Four Int32 fields per slot, the automaton's record (automaton.ts): base (0 for leaves),
   * parent slot plus one (0 free, -1 the root, nobody's child), and two fields left 0. At
   * least `frontier + alphabet + 1` slots long; placed straight into the record so the
   * automaton needs no second copy. (Free is 0 so a fresh array needs no fill: untouched
   * pages cost nothing.)
   */
  table: Int32Array;
  /** Slot of each trie node. */
  slotOf: Int32Array;
  /** Slots in use: every used slot is below it. */
  frontier: number;
}

const ROOT = 0;

/** Tries per wide node before it goes to the frontier. */
const MAX_TRIES = 128;

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * `skip[i]` leads to the first free slot at or after i: it holds the distance to a slot
 * nearer to it, 0 when i itself is free (union-find with path halving: taking slot t sets
 * `skip[t] = 1`), so full stretches are skipped in near constant time. Distances rather than
 * indices so that a fresh, all-zero array is already "every slot free". Plain functions over
 * the arrays, not closures, so the hot loop keeps its arrays in locals rather than a shared
 * context.
 */
function findFree(skip: Int32Array, i: number): number {
  for (;;) {
    const d = skip[i]!;
    if (d === 0) return i;
    const j = i + d;
    const k = j + skip[j]!;
    skip[i] = k - i;
    i = k;
  }
}

export function place(trie: Trie, alphabet: number): Placement {
  const { nodes, label, childStart } = trie;
  // Room for the usual fill (48 % of the slots used with the 50k list, all with 1k and 10k):
  // nothing here is written before use, so the spare end costs no memory until reached.
  let cap = Math.ceil(2.5 * nodes) + 2 * alphabet + 1024;
  let table: Int32Array = new Int32Array(cap << 2);
  let skip: Int32Array = new Int32Array(cap + 1);
  const slotOf = new Int32Array(nodes);
  table[(ROOT << 2) + 1] = -1; // the root is nobody's child
  skip[ROOT] = 1;
  let frontier = 1;
  let wideFrom = 0;
  // Nodes are numbered breadth first (trie.ts): this loop and its reads go front to back.
  for (let u = 0; u < nodes; u++) {
    const from = childStart[u]!;
    const to = childStart[u + 1]!;
    if (from === to) continue;
    let lmin = label[from]!;
    let lmax = lmin;
    for (let v = from + 1; v < to; v++) {
      const l = label[v]!;
      if (l < lmin) lmin = l;
      if (l > lmax) lmax = l;
    }
    if (frontier + lmax + 1 >= cap) {
      while (cap <= frontier + lmax + 1) cap = Math.ceil(cap * 1.5);
      table = grown(table, cap << 2);
      skip = grown(skip, cap + 1);
    }
    let b: number;
    if (to - from === 1) {
      b = findFree(skip, lmin) - lmin; // one child: the first free slot fits
    } else {
      // Several: bounded first fit from `wideFrom`, else the frontier (all free beyond).
      // A stretch where the tries all failed is too full for wide nodes: later ones start
      // after it, and only one-child nodes fill its holes.
      b = -1;
      let h = findFree(skip, Math.max(lmin, wideFrom));
      for (let tries = 0; h < frontier && tries < MAX_TRIES; h = findFree(skip, h + 1), tries++) {
        const cand = h - lmin;
        let ok = true;
        for (let x = from; x < to; x++) {
          if (table[((cand + label[x]!) << 2) + 1] !== 0) {
            ok = false;
            break;
          }
        }
        if (ok) {
          b = cand;
          break;
        }
      }
      if (b < 0) {
        b = frontier > lmin ? frontier - lmin : 0;
        wideFrom = h;
      }
    }
    const s = slotOf[u]!;
    table[s << 2] = b;
    for (let v = from; v < to; v++) {
      const t = b + label[v]!;
      table[(t << 2) + 1] = s + 1;
      skip[t] = 1;
      slotOf[v] = t;
      if (t >= frontier) frontier = t + 1;
    }
  }
  const size = frontier + alphabet + 1;
  if (size > cap) table = grown(table, size << 2);
  return { table, slotOf, frontier };
}
