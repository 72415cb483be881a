// Feature extraction shared by the scorer and the trainer, so both see exactly the same
// features: a light normalisation that keeps a map back to the original UTF-16 offsets, then
// hashed character n-grams.
//
// Normalisation, one code point at a time:
//   - full-width ASCII (`ＳＢ`) → ASCII, Latin capitals → lower case;
//   - traditional → simplified Chinese (the matcher's table, lib/matcher/data/t2s.ts);
//   - every decimal digit → `0` (numbers carry little signal and many rare n-grams);
//   - any run of whitespace → one space; invisible characters (zero-width, BOM, variation
//     selectors) are dropped;
//   - a run of one character longer than two keeps two (`哈哈哈哈` → `哈哈`, `fuuuck` → `fuuck`).
// The text is framed by a space on each side so n-grams see where it starts and ends.
//
// This is deliberately lighter than lib/matcher's normaliser (no leetspeak, no separator
// skipping): the model learns from what people actually write, and the list handles evasions.
import { T2S_PAIRS } from '../matcher/data/t2s';

/** The unit sequence a text normalises to, with each unit's original UTF-16 offsets. */
export class Units {
  /** Folded code points; index 0 and `length - 1` are the framing spaces. */
  cp = new Uint32Array(256);
  /** Original UTF-16 start of each unit (the framing spaces are empty ranges). */
  start = new Int32Array(256);
  /** Original UTF-16 end of each unit. */
  end = new Int32Array(256);
  length = 0;

  reserve(n: number): void {
    if (n <= this.cp.length) return;
    let size = this.cp.length;
    while (size < n) size *= 2;
    const cp = new Uint32Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    cp.set(this.cp);
    start.set(this.start);
    end.set(this.end);
    this.cp = cp;
    this.start = start;
    this.end = end;
  }
}

const SPACE = 0x20;
/** The Han range the traditional → simplified table covers. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
let t2s: Uint16Array | undefined;

/**
 * The simplified form of each Han code unit in HAN_FIRST..HAN_LAST (0: itself). A flat table,
 * not a Map: it is read for every Han character of every draft, and a Map lookup there cost
 * Chromium several times what it costs Node.
 */
function t2sTable(): Uint16Array {
  if (!t2s) {
    t2s = new Uint16Array(HAN_LAST - HAN_FIRST + 1);
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
      const from = T2S_PAIRS.charCodeAt(i);
      if (from >= HAN_FIRST && from <= HAN_LAST) t2s[from - HAN_FIRST] = T2S_PAIRS.charCodeAt(i + 1);
    }
  }
  return t2s;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0xfeff || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x2060;
}

/** Folds one code point (see the top of this file). Returns -1 for a space, -2 to drop it. */
function fold(c: number, table: Uint16Array): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    if (c >= 0x30 && c <= 0x39) return 0x30;
    return isSpace(c) ? -1 : c;
  }
  if (c >= 0xff01 && c <= 0xff5e) return fold(c - 0xfee0, table);
  if (isSpace(c)) return -1;
  if (isInvisible(c)) return -2;
  if (c >= HAN_FIRST && c <= HAN_LAST) return table[c - HAN_FIRST] || c;
  if (c >= 0xff10 && c <= 0xff19) return 0x30;
  return c;
}

/** Normalises `text[from, to)` into `out` (reusing its buffers) and returns it. */
export function normaliseUnits(text: string, out: Units, from = 0, to = text.length): Units {
  const table = t2sTable();
  out.reserve(to - from + 2);
  const { cp, start, end } = out;
  cp[0] = SPACE;
  start[0] = from;
  end[0] = from;
  let n = 1;
  for (let i = from; i < to; ) {
    let c = text.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const f = fold(c, table);
    if (f === -2) {
      i += width;
      continue;
    }
    const u = f === -1 ? SPACE : f;
    const prev = cp[n - 1]!;
    // Collapse whitespace runs into one space, and runs of a character beyond two.
    if (prev === u && (u === SPACE || (n >= 2 && cp[n - 2] === u))) {
      if (u !== SPACE || n > 1) end[n - 1] = i + width;
      i += width;
      continue;
    }
    cp[n] = u;
    start[n] = i;
    end[n] = i + width;
    n++;
    i += width;
  }
  if (cp[n - 1] !== SPACE || n === 1) {
    cp[n] = SPACE;
    start[n] = to;
    end[n] = to;
    n++;
  }
  out.length = n;
  return out;
}

/** Which n-grams a language's model reads, and how many hash buckets hold their weights. */
export interface FeatureConfig {
  /** Shortest n-gram, in units. */
  minN: number;
  /** Longest n-gram, in units. */
  maxN: number;
  /** log2 of the number of hash buckets. */
  bits: number;
}

/** The murmur3 finaliser, keeping the top `bits` bits: the bucket of an FNV-1a hash. */
function mix(h0: number, bits: number): number {
  let h = h0 ^ (h0 >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> (32 - bits);
}

/**
 * Writes the bucket of every n-gram of `units` into `out.buckets` (grown as needed) in a fixed
 * order: by start unit, then by length; a lone space is not an n-gram. `out.count` receives
 * how many were written. The scorer and the trainer both read features through this function.
 */
export function grams(units: Units, config: FeatureConfig, out: { buckets: Int32Array; count: number }): void {
  const { minN, maxN, bits } = config;
  const { cp, length } = units;
  const need = length * (maxN - minN + 1);
  if (out.buckets.length < need) out.buckets = new Int32Array(Math.max(need, out.buckets.length * 2));
  const buckets = out.buckets;
  let count = 0;
  for (let i = 0; i < length; i++) {
    let h = 0x811c9dc5;
    const limit = Math.min(maxN, length - i);
    for (let n = 1; n <= limit; n++) {
      h = Math.imul(h ^ cp[i + n - 1]!, 0x01000193);
      if (n < minN) continue;
      if (n === 1 && cp[i] === SPACE) continue;
      buckets[count++] = mix(h, bits);
    }
  }
  out.count = count;
}
