// The shipped weights: one signed byte q per hash bucket, companded so that small weights keep
// their precision (weight = sign(q) · (|q| / 127)² · scale), base64 in a generated .ts module
// so the bundler inlines it and nothing is fetched at run time.
import type { FeatureConfig } from './features';

/** The serialised form of one language's model (lib/model/weights/*.ts). */
export interface ModelWeights extends FeatureConfig {
  /** Bumped when the features or this format change; `loadModel` refuses other versions. */
  format: 1;
  language: ModelLanguage;
  /** Log-odds offset. */
  bias: number;
  /** The largest |weight|: a bucket's weight is sign(q) · (|q| / 127)² · scale. */
  scale: number;
  /** Operating threshold on the probability (chosen at training time, see README.md). */
  threshold: number;
  /** Longest stretch of a draft scored at once, in UTF-16 code units (see model.ts). */
  window: number;
  /** base64 of the `2 ** bits` signed bytes. */
  weights: string;
  /** How the weights were made: data, hyperparameters, held-out scores. Documentation only. */
  provenance: Record<string, string | number>;
}

export type ModelLanguage = 'zh' | 'en';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 (standard alphabet, with `=` padding) → bytes. Throws on a malformed string. */
export function decodeBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d) end--;
  if (text.length % 4 !== 0 || text.length - end > 2) throw new Error('base64: bad length or padding');
  const out = new Uint8Array((end * 3) >> 2);
  let o = 0;
  let acc = 0;
  let bitsHeld = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? lookup[c]! : -1;
    if (v < 0) throw new Error(`base64: bad character at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bitsHeld += 6;
    if (bitsHeld >= 8) {
      bitsHeld -= 8;
      out[o++] = (acc >> bitsHeld) & 0xff;
    }
  }
  return out;
}

/** The weight each byte stands for (index = the byte, read as unsigned). */
export function decodeTable(scale: number): Float64Array {
  const table = new Float64Array(256);
  for (let b = 0; b < 256; b++) {
    const q = b < 128 ? b : b - 256;
    const a = Math.abs(q) / 127;
    table[b] = Math.sign(q) * a * a * scale;
  }
  return table;
}

/** A weight → its byte (the inverse of `decodeTable`, rounding in the companded domain). */
export function encodeWeight(w: number, scale: number): number {
  const a = scale === 0 ? 0 : Math.min(1, Math.abs(w) / scale);
  const q = Math.round(127 * Math.sqrt(a));
  return (w < 0 ? -q : q) & 0xff;
}

/** bytes → base64 (standard alphabet, `=` padding). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk.push(
      ALPHABET[a >> 2]! +
        ALPHABET[((a & 3) << 4) | (b >> 4)]! +
        (i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=') +
        (i + 2 < bytes.length ? ALPHABET[c & 63]! : '='),
    );
    if (chunk.length === 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}
