// Places a trie into a double array: every node gets a base such that each child with label
// c sits in slot base + c, and no two nodes share a slot. Nodes are placed breadth first, so
// the wide ones (the root, the first characters of CJK terms) come while the array is empty
// and the many one-child nodes then fill the holes they leave.
import type { Trie } from './trie';

export interface Placement {
  /** Base per slot (0 for leaves), at least `frontier + alphabet + 1` long. */
  base: Int32Array;
  /** Parent slot per slot; -1 free, -2 the root. Same length as `base`. */
  check: Int32Array;
  /** Slot of each trie node. */
  slotOf: Int32Array;
  /** Slots in use: every used slot is below it. */
  frontier: number;
}

const ROOT = 0;

/** Tries per wide node before it goes to the frontier. */
const MAX_TRIES = 128;

function grown(a: Int32Array, size: number, fill: number): Int32Array {
  const b = new Int32Array(size);
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

/**
 * `nextFree[i]` leads to the first free slot at or after i (union-find with path halving:
 * taking slot t sets `nextFree[t] = t + 1`), so full stretches are skipped in near constant
 * time. Plain functions over the arrays, not closures, so the hot loop keeps its arrays in
 * locals rather than a shared context.
 */
function findFree(nextFree: Int32Array, i: number): number {
  while (nextFree[i] !== i) {
    const j = nextFree[nextFree[i]!]!;
    nextFree[i] = j;
    i = j;
  }
  return i;
}

export function place(trie: Trie, alphabet: number): Placement {
  const { nodes, label, childStart, children, bfs } = trie;
  let cap = 1024;
  while (cap < nodes + alphabet + 2) cap *= 2;
  let base: Int32Array = new Int32Array(cap);
  let check: Int32Array = new Int32Array(cap).fill(-1);
  let nextFree = new Int32Array(cap + 1);
  for (let i = 0; i <= cap; i++) nextFree[i] = i;
  const slotOf = new Int32Array(nodes);
  check[ROOT] = -2; // the root is nobody's child
  nextFree[ROOT] = ROOT + 1;
  let frontier = 1;
  let wideFrom = 0;
  for (let head = 0; head < nodes; head++) {
    const u = bfs[head]!;
    const from = childStart[u]!;
    const to = childStart[u + 1]!;
    if (from === to) continue;
    let lmin = label[children[from]!]!;
    let lmax = lmin;
    for (let x = from + 1; x < to; x++) {
      const l = label[children[x]!]!;
      if (l < lmin) lmin = l;
      if (l > lmax) lmax = l;
    }
    if (frontier + lmax + 1 >= cap) {
      const old = cap;
      while (cap <= frontier + lmax + 1) cap *= 2;
      base = grown(base, cap, 0);
      check = grown(check, cap, -1);
      const n2 = new Int32Array(cap + 1);
      n2.set(nextFree.subarray(0, old));
      for (let i = old; i <= cap; i++) n2[i] = i;
      nextFree = n2;
    }
    let b: number;
    if (to - from === 1) {
      b = findFree(nextFree, lmin) - lmin; // one child: the first free slot fits
    } else {
      // Several: bounded first fit from `wideFrom`, else the frontier (all free beyond).
      // A stretch where the tries all failed is too full for wide nodes: later ones start
      // after it, and only one-child nodes fill its holes.
      b = -1;
      let h = findFree(nextFree, Math.max(lmin, wideFrom));
      for (let tries = 0; h < frontier && tries < MAX_TRIES; h = findFree(nextFree, h + 1), tries++) {
        const cand = h - lmin;
        let ok = true;
        for (let x = from; x < to; x++) {
          if (check[cand + label[children[x]!]!] !== -1) {
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
    base[s] = b;
    for (let x = from; x < to; x++) {
      const v = children[x]!;
      const t = b + label[v]!;
      check[t] = s;
      nextFree[t] = t + 1;
      slotOf[v] = t;
      if (t >= frontier) frontier = t + 1;
    }
  }
  const size = frontier + alphabet + 1;
  if (size > cap) {
    base = grown(base, size, 0);
    check = grown(check, size, -1);
  }
  return { base, check, slotOf, frontier };
}
