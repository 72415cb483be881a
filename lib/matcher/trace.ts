// What the normaliser did to a text, rule by rule: for teaching ("how it matched") and for
// tools, never on the hot path. Every step is read off the real normaliser's work: the fold
// table it looks characters up in, and the entries it produced (which characters it read as
// leetspeak, which letters it counted as one, which separators it skipped). So the steps are
// the ones that ran, and the last is exactly the text the automaton walks.
import { decodeSlow, slow } from './decode';
import * as fold from './fold';
import { normalise } from './normalise';
import { K_LETTER, K_SEP, type Normalised } from './normalised';

/** The rules in the order they apply (see README.md, "Normalisation rules"). */
export type TraceStep = 'original' | 'fold' | 'invisible' | 'leetspeak' | 'repeats' | 'separators';

export interface TracedStep {
  step: TraceStep;
  /** The text after this rule. */
  text: string;
  /** Whether this rule changed anything. */
  changed: boolean;
}

/** One character of the original text as the fold table sees it. */
interface Folded {
  at: number;
  width: number;
  /** What it folds to. */
  text: string;
  /** Its class after folding (one per folded code point). */
  classes: readonly number[];
}

function foldedChars(text: string): Folded[] {
  const { info } = fold.foldTables();
  const chars: Folded[] = [];
  for (let i = 0; i < text.length; ) {
    const cu = text.charCodeAt(i);
    const packed = info[cu]!;
    const k = packed & 7;
    if (k === fold.C_SURROGATE || k === fold.C_MULTI) {
      decodeSlow(text, i, k);
      chars.push({ at: i, width: slow.width, text: String.fromCodePoint(...slow.cps), classes: [...slow.classes] });
      i += slow.width;
    } else {
      chars.push({ at: i, width: 1, text: String.fromCodePoint(packed >>> 3), classes: [k] });
      i++;
    }
  }
  return chars;
}

const symbol = (n: Normalised, e: number): string => String.fromCodePoint(n.sym[e]!);

/**
 * The text after each normalisation rule, starting with the text as typed; the last step's
 * text is the normalised text itself (a kept run of separators reads as one space).
 *
 * @example
 * traceNormalise('1d10t').map((s) => s.text); // ['1d10t', '1d10t', '1d10t', 'idiot', 'idiot', 'idiot']
 */
export function traceNormalise(text: string): TracedStep[] {
  const n = normalise(text);
  const chars = foldedChars(text);
  // The entry covering each character, or -1 (a separator the normaliser skipped).
  const entryOf = new Int32Array(chars.length).fill(-1);
  for (let c = 0, e = 0; c < chars.length; c++) {
    while (e < n.length && n.end[e]! <= chars[c]!.at) e++;
    if (e < n.length && n.start[e]! <= chars[c]!.at) entryOf[c] = e;
  }
  const invisible = (c: Folded): boolean => c.classes.every((k) => k === fold.C_IGN);
  let folded = '';
  let visible = '';
  let unleeted = '';
  for (let c = 0; c < chars.length; c++) {
    const char = chars[c]!;
    folded += char.text;
    if (invisible(char)) continue;
    visible += char.text;
    const e = entryOf[c]!;
    const leet = e >= 0 && n.kind[e] === K_LETTER && (char.classes[0] === fold.C_DIG || char.classes[0] === fold.C_SYM);
    unleeted += leet ? symbol(n, e) : char.text;
  }
  // Repeats: each letter entry once; separators, kept or not, still as written (folded).
  let collapsed = '';
  for (let c = 0, last = -1; c < chars.length; c++) {
    const char = chars[c]!;
    const e = entryOf[c]!;
    if (invisible(char)) continue;
    if (e < 0 || n.kind[e] === K_SEP) collapsed += char.text;
    else if (e !== last) {
      // A character that folds to several (ﬁ → f, i) has one entry per code point.
      for (let x = e; x < n.length && n.start[x] === n.start[e]; x++) collapsed += symbol(n, x);
    }
    last = e;
  }
  let final = '';
  for (let e = 0; e < n.length; e++) final += symbol(n, e);
  const texts: [TraceStep, string][] = [
    ['original', text],
    ['fold', folded],
    ['invisible', visible],
    ['leetspeak', unleeted],
    ['repeats', collapsed],
    ['separators', final],
  ];
  return texts.map(([step, after], i) => ({ step, text: after, changed: i > 0 && after !== texts[i - 1]![1] }));
}
