// The patterns' trie, built without sorting: nodes numbered as created, (parent, label) →
// child through an open-addressing hash; then children grouped by parent and the nodes listed
// breadth first, which is the order the double array is placed in (placement.ts) and the
// failure links are computed in (automaton.ts). Flat typed arrays only, no object per node.

const ROOT = 0;

export interface Trie {
  /** Node count, the root (0) included. */
  nodes: number;
  parent: Int32Array;
  /** Symbol class on the edge into each node. */
  label: Int32Array;
  /** Node where pattern p ends. */
  endNode: Int32Array;
  /** Children of u: `children[childStart[u] .. childStart[u + 1])` (`nodes + 2` long). */
  childStart: Int32Array;
  children: Int32Array;
  /** Nodes in breadth-first order (the root first). */
  bfs: Int32Array;
}

function slotFor(s: number, c: number, bits: number): number {
  return Math.imul(Math.imul(s, 0x2c1b3c6d) ^ c, 0x9e3779b1) >>> (32 - bits);
}

/**
 * @param classed every pattern's symbol classes (all above 0), back to back
 * @param start where pattern p begins
 * @param length pattern p's length
 * @param count number of patterns
 */
export function buildTrie(classed: Uint16Array, start: Int32Array, length: Int32Array, count: number): Trie {
  let total = 0;
  for (let p = 0; p < count; p++) total += length[p]!;
  const maxNodes = total + 1;
  const parent = new Int32Array(maxNodes);
  const label = new Int32Array(maxNodes);
  // Sized for a third of the symbols as nodes (typical of real lists), doubled when half
  // full: a smaller table keeps the probes in cache.
  let bits = 10;
  while (1 << bits < (2 * maxNodes) / 3) bits++;
  let mask = (1 << bits) - 1;
  // Empty is 0 (the root, never a child), so a fresh array needs no fill.
  let hash = new Int32Array(1 << bits);
  const endNode = new Int32Array(count);
  let nodes = 1;
  for (let p = 0; p < count; p++) {
    let s = ROOT;
    for (let k = start[p]!, end = k + length[p]!; k < end; k++) {
      const c = classed[k]!;
      let h = slotFor(s, c, bits);
      let child: number;
      for (;;) {
        child = hash[h]!;
        if (child === 0) {
          child = nodes++;
          parent[child] = s;
          label[child] = c;
          hash[h] = child;
          break;
        }
        if (parent[child] === s && label[child] === c) break;
        h = (h + 1) & mask;
      }
      s = child;
      if (2 * nodes > mask) {
        bits++;
        mask = (1 << bits) - 1;
        hash = new Int32Array(1 << bits);
        for (let v = 1; v < nodes; v++) {
          let g = slotFor(parent[v]!, label[v]!, bits);
          while (hash[g] !== 0) g = (g + 1) & mask;
          hash[g] = v;
        }
      }
    }
    endNode[p] = s;
  }

  // Children grouped by parent (counting sort), then the nodes in breadth-first order.
  // Counted one place to the right and used as the fill cursor, so that after the fill
  // `childStart[u]` is where u's children begin (no second array of cursors).
  const childStart = new Int32Array(nodes + 2);
  for (let v = 1; v < nodes; v++) childStart[parent[v]! + 2]!++;
  for (let u = 1; u <= nodes; u++) childStart[u + 1]! += childStart[u]!;
  const children = new Int32Array(Math.max(nodes - 1, 0));
  for (let v = 1; v < nodes; v++) children[childStart[parent[v]! + 1]!++] = v;
  const bfs = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < nodes; head++) {
    const u = bfs[head]!;
    for (let x = childStart[u]!; x < childStart[u + 1]!; x++) bfs[tail++] = children[x]!;
  }
  return { nodes, parent, label, endNode, childStart, children, bfs };
}
