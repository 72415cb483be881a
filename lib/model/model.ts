// The scorer: a logistic regression over hashed character n-grams (features.ts). A draft is
// cut into windows at sentence ends, each window is scored, and the draft scores as its most
// abusive window, so one hostile sentence in a long post is not averaged away.
import { type ModelLanguage, type ModelWeights, decodeBase64, decodeTable } from './codec';
import { Units, grams, normaliseUnits } from './features';

/** A stretch of the original text that pushed the score up. */
export interface ContributingSpan {
  /** UTF-16 offset into the original text, on a code point boundary. */
  start: number;
  /** UTF-16 offset (exclusive). */
  end: number;
  /** How much the span added to the log-odds (> 0). */
  weight: number;
}

export interface ModelScore {
  /** Probability that the draft reads as abusive, 0..1. */
  probability: number;
  /** `probability >= threshold`. */
  flagged: boolean;
  /** The model's operating threshold. */
  threshold: number;
  /** The spans that contributed most, sorted by start; empty when nothing contributed. */
  spans: ContributingSpan[];
  /** The window the draft scored as (its most abusive one), UTF-16 offsets; all of a short draft. */
  window: { start: number; end: number };
}

export interface ScoreOptions {
  /** Compute the contributing spans (default true). */
  spans?: boolean;
}

/** How many spans to mark, at most. */
const MAX_SPANS = 3;
/** A span must add at least this share of the strongest span's contribution to be marked. */
const MIN_SHARE = 0.3;

/** Code points that end a sentence: a window may be cut right after one. */
function isSentenceEnd(c: number): boolean {
  return (
    c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b ||
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff0e || c === 0x2026
  );
}

/** An ASCII letter, digit, apostrophe, or a Latin letter with a diacritic: part of a word. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Punctuation ends a span: mark `外地人就没`, not `说真的，外地人就没`. */
function isPunctuation(c: number): boolean {
  if (c < 0x80) return !((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x27);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0x2010 && c <= 0x2027);
}

/** A loaded model. Build once with `loadModel`; `score` allocates only the returned spans. */
export class Model {
  readonly language: ModelLanguage;
  readonly threshold: number;
  readonly window: number;
  /** How the weights were made (data, hyperparameters, held-out scores). */
  readonly provenance: Readonly<Record<string, string | number>>;
  /** One byte per hash bucket… */
  private readonly bytes: Uint8Array;
  /** …standing for this weight. */
  private readonly table: Float64Array;
  private readonly bias: number;
  private readonly config: { minN: number; maxN: number; bits: number };
  private readonly units = new Units();
  private readonly buffer = { buckets: new Int32Array(1024), count: 0 };
  private heat = new Float64Array(256);

  constructor(w: ModelWeights) {
    if (w.format !== 1) throw new Error(`Unsupported model format ${String(w.format)}`);
    const bytes = decodeBase64(w.weights);
    if (bytes.length !== 2 ** w.bits) throw new Error(`Model weights: expected ${2 ** w.bits} bytes, got ${bytes.length}`);
    this.bytes = bytes;
    this.table = decodeTable(w.scale);
    this.language = w.language;
    this.threshold = w.threshold;
    this.window = w.window;
    this.provenance = w.provenance;
    this.bias = w.bias;
    this.config = { minN: w.minN, maxN: w.maxN, bits: w.bits };
  }

  /** The log-odds of `text[from, to)`, leaving its n-grams in `this.buffer`. */
  private logit(text: string, from: number, to: number): number {
    grams(normaliseUnits(text, this.units, from, to), this.config, this.buffer);
    const { buckets, count } = this.buffer;
    if (count === 0) return this.bias;
    const { bytes, table } = this;
    let sum = 0;
    for (let k = 0; k < count; k++) sum += table[bytes[buckets[k]!]!]!;
    return this.bias + sum / Math.sqrt(count);
  }

  /**
   * Scores a draft: the probability that it reads as abusive and the spans that contributed
   * most. Offsets are UTF-16 offsets into `text`. `{ spans: false }` skips the spans (a second
   * pass over the deciding window) when only the probability is wanted.
   */
  score(text: string, options: ScoreOptions = {}): ModelScore {
    let best = -Infinity;
    let bestFrom = 0;
    let bestTo = 0;
    for (const [from, to] of this.windows(text)) {
      const z = this.logit(text, from, to);
      if (z > best) {
        best = z;
        bestFrom = from;
        bestTo = to;
      }
    }
    if (best === -Infinity) best = this.bias;
    const probability = 1 / (1 + Math.exp(-best));
    return {
      probability,
      flagged: probability >= this.threshold,
      threshold: this.threshold,
      spans: bestTo > bestFrom && options.spans !== false ? this.spans(text, bestFrom, bestTo) : [],
      window: { start: bestFrom, end: bestTo },
    };
  }

  /** Cuts `text` into windows of at most `this.window` code units, at sentence ends if it can. */
  private windows(text: string): Array<[number, number]> {
    const size = this.window;
    if (text.length <= size) return [[0, text.length]];
    const out: Array<[number, number]> = [];
    let from = 0;
    while (from < text.length) {
      let to = Math.min(text.length, from + size);
      if (to < text.length) {
        let cut = -1;
        for (let i = to - 1; i > from + (size >> 2); i--) {
          if (isSentenceEnd(text.charCodeAt(i))) {
            cut = i + 1;
            break;
          }
        }
        if (cut > 0) to = cut;
        else {
          const c = text.charCodeAt(to - 1);
          if (c >= 0xd800 && c <= 0xdbff) to--; // never split a surrogate pair
        }
      }
      out.push([from, to]);
      from = to;
    }
    return out;
  }

  /**
   * The stretches of `text[from, to)` that pushed the score up: each n-gram's contribution is
   * shared among its units, and the strongest runs of units with a positive share (ending at
   * punctuation, ignoring spaces at their edges) become spans, at most `MAX_SPANS`, each at least `MIN_SHARE` of the
   * strongest.
   */
  private spans(text: string, from: number, to: number): ContributingSpan[] {
    grams(normaliseUnits(text, this.units, from, to), this.config, this.buffer);
    const { buckets, count } = this.buffer;
    const { cp, start, end, length } = this.units;
    const { minN, maxN } = this.config;
    if (this.heat.length < length) this.heat = new Float64Array(Math.max(length, this.heat.length * 2));
    const heat = this.heat;
    heat.fill(0, 0, length);
    const factor = 1 / Math.sqrt(Math.max(1, count));
    const { bytes, table } = this;
    let k = 0;
    for (let i = 0; i < length; i++) {
      const limit = Math.min(maxN, length - i);
      for (let n = 1; n <= limit; n++) {
        if (n < minN || (n === 1 && cp[i] === 0x20)) continue;
        const share = (table[bytes[buckets[k++]!]!]! * factor) / n;
        for (let u = i; u < i + n; u++) heat[u] = heat[u]! + share;
      }
    }
    const runs: ContributingSpan[] = [];
    for (let i = 0; i < length; ) {
      if (!(heat[i]! > 0) || cp[i] === 0x20 || isPunctuation(cp[i]!)) {
        i++;
        continue;
      }
      let j = i;
      let sum = 0;
      let last = i;
      while (j < length && heat[j]! > 0 && !isPunctuation(cp[j]!)) {
        sum += heat[j]!;
        if (cp[j] !== 0x20) last = j;
        j++;
      }
      runs.push({ start: start[i]!, end: end[last]!, weight: sum });
      i = j;
    }
    runs.sort((a, b) => b.weight - a.weight || a.start - b.start);
    const best = runs[0];
    if (!best) return [];
    const kept = runs
      .slice(0, MAX_SPANS)
      .filter((r) => r.weight >= MIN_SHARE * best.weight)
      .sort((a, b) => a.start - b.start);
    // Mark whole words: a Latin span edge inside a word moves out to the word's edge.
    const merged: ContributingSpan[] = [];
    for (const r of kept) {
      while (r.start > 0 && isWordChar(text.charCodeAt(r.start - 1)) && isWordChar(text.charCodeAt(r.start))) r.start--;
      while (r.end < text.length && isWordChar(text.charCodeAt(r.end - 1)) && isWordChar(text.charCodeAt(r.end))) r.end++;
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) {
        last.end = Math.max(last.end, r.end);
        last.weight += r.weight;
      } else merged.push(r);
    }
    return merged;
  }
}

/** Builds a model from its serialised weights (decodes once; reuse the model). */
export function loadModel(weights: ModelWeights): Model {
  return new Model(weights);
}
