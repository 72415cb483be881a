// The normalised text: parallel typed arrays, one slot per entry, with the map back to the
// original UTF-16 offsets. Filled by normalise.ts, read by the automaton, verify and resolve.

/** Entry kinds. Letters and digits are word characters (they matter for word boundaries). */
export const K_LETTER = 1;
export const K_DIGIT = 2;
export const K_UNIT = 3;
export const K_SEP = 4;

/**
 * A normalised text: parallel arrays, one slot per entry, valid up to `length`. Buffers are
 * reused between calls, so read them before normalising the next text.
 */
export class Normalised {
  length = 0;
  /** Folded code point; `0x20` for a kept run of separators. */
  sym = new Int32Array(64);
  /** Original UTF-16 offset where the entry starts. */
  start = new Int32Array(64);
  /** Original UTF-16 offset where the entry ends (exclusive). */
  end = new Int32Array(64);
  /** How many equal letters collapsed into this entry (`fuuuck` → u × 3), at most 65535. */
  run = new Uint16Array(64);
  /** Of those, how many were leetspeak (`$`, `1`, `@` …). */
  leet = new Uint16Array(64);
  /** `K_LETTER`, `K_DIGIT`, `K_UNIT` or `K_SEP`. */
  kind = new Uint8Array(64);
  /**
   * Slots from here on hold `run` 1 and `leet` 0, the values of a new entry, so the
   * normaliser's hot paths need not store them (two stores of six per entry). A writer that
   * does not keep this up to date sets it to the capacity.
   */
  clean = 0;

  constructor() {
    this.run.fill(1);
  }

  /** Resets `run` and `leet` of the slots before `clean` (used by an earlier text). */
  cleanAll(): void {
    if (this.clean > 0) {
      this.run.fill(1, 0, this.clean);
      this.leet.fill(0, 0, this.clean);
      this.clean = 0;
    }
  }

  /** Ensures room for `n` entries and units. */
  reserve(n: number): void {
    if (this.sym.length >= n) return;
    let size = Math.max(64, this.sym.length);
    while (size < n) size *= 2;
    const grow = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      if (a.length >= size) return a;
      const b = make(size);
      b.set(a);
      return b;
    };
    this.sym = grow(this.sym, (k) => new Int32Array(k));
    this.start = grow(this.start, (k) => new Int32Array(k));
    this.end = grow(this.end, (k) => new Int32Array(k));
    this.run = grow(this.run, (k) => new Uint16Array(k).fill(1));
    this.leet = grow(this.leet, (k) => new Uint16Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
  }
}

/** True for entries that are part of a word (letters, digits): they join into Latin terms. */
export function isWordKind(kind: number): boolean {
  return kind === K_LETTER || kind === K_DIGIT;
}
