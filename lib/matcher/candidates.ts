// Growable lists of hits: raw automaton outputs (pattern, last entry), and candidates that
// passed verification (first and last entry, pattern index).

/** The automaton's raw outputs of one text, reused between calls: no closure per output. */
export class HitList {
  count = 0;
  pattern = new Int32Array(64);
  end = new Int32Array(64);

  push(pattern: number, end: number): void {
    if (this.count === this.pattern.length) {
      const p = new Int32Array(this.count * 2);
      p.set(this.pattern);
      this.pattern = p;
      const e = new Int32Array(this.count * 2);
      e.set(this.end);
      this.end = e;
    }
    this.pattern[this.count] = pattern;
    this.end[this.count] = end;
    this.count++;
  }
}

export class CandidateList {
  count = 0;
  first = new Int32Array(16);
  last = new Int32Array(16);
  pattern = new Int32Array(16);

  push(first: number, last: number, pattern: number): void {
    if (this.count === this.first.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.first = grow(this.first);
      this.last = grow(this.last);
      this.pattern = grow(this.pattern);
    }
    this.first[this.count] = first;
    this.last[this.count] = last;
    this.pattern[this.count] = pattern;
    this.count++;
  }

  clear(): void {
    this.count = 0;
  }

  /** Indices sorted by first entry, then last, then pattern. */
  sortedByStart(): Int32Array {
    const order = new Int32Array(this.count);
    let sorted = true;
    for (let i = 0; i < this.count; i++) {
      order[i] = i;
      if (i > 0 && this.compare(i - 1, i) > 0) sorted = false;
    }
    if (!sorted) order.sort((a, b) => this.compare(a, b));
    return order;
  }

  private compare(a: number, b: number): number {
    return (
      this.first[a]! - this.first[b]! || this.last[a]! - this.last[b]! || this.pattern[a]! - this.pattern[b]!
    );
  }
}
