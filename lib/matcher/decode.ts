// Decoding of the characters the tables cannot answer in one lookup, and which separators
// end a thought. Shared by the fast normaliser and its reference.
import * as fold from './fold';

const C_MULTI: number = fold.C_MULTI;
const C_SEP: number = fold.C_SEP;
const foldAstral = fold.foldAstral;
const foldTables = fold.foldTables;

// Decoding of the rare characters (beyond the BMP, or folding to several): results in module
// scratch so the hot loop allocates nothing.
/** The last decoded character: its folded code points, their classes, its width in code units. */
export const slow = { cps: [0] as readonly number[], classes: [0] as readonly number[], width: 1 };
const one = [0];
const oneClass = [0];

/** Decodes the character at `i` whose table class is `k` (surrogate or multi). */
export function decodeSlow(text: string, i: number, k: number): void {
  if (k === C_MULTI) {
    const expansion = foldTables().multi.get(text.charCodeAt(i))!;
    slow.cps = expansion.cps;
    slow.classes = expansion.classes;
    slow.width = 1;
    return;
  }
  const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (d >= 0xdc00 && d <= 0xdfff) {
    const r = foldAstral(((text.charCodeAt(i) - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    one[0] = r >>> 3;
    oneClass[0] = r & 7;
    slow.width = 2;
  } else {
    one[0] = text.charCodeAt(i);
    oneClass[0] = C_SEP;
    slow.width = 1;
  }
  slow.cps = one;
  slow.classes = oneClass;
}

/**
 * A separator that ends a thought rather than hides a letter: a line break, or CJK sentence
 * punctuation as an IME types it (`。，！？；：、`). A run holding one is never skipped, so
 * `你真傻。逼得我没办法` is not `傻逼`.
 */
export function isHardSeparator(c: number): boolean {
  return (
    (c >= 0x0a && c <= 0x0d) ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3001 ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff0c ||
    c === 0xff1a ||
    c === 0xff1b ||
    c === 0xff1f
  );
}

