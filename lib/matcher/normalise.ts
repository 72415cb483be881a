// Normalisation: the draft becomes a compact array of "entries" the automaton walks, plus the
// map from each entry back to the original UTF-16 offsets. One streaming pass over the code
// units, each folded by one table lookup (fold.ts), no strings built. The rules:
//   - invisible characters are dropped (their width goes to the entry before them);
//   - in a word with a real letter, `0 1 3 4 5 7 @ $ ! |` read as letters (leetspeak); a
//     trailing `!` or `$` stays punctuation;
//   - equal letters collapse into one entry that counts them (`fuuuck` → u × 3);
//   - a run of separators between two one-character words (a single letter, digit or CJK
//     character on each side: `f.u.c.k`, `N M S L`, `傻 逼`) is dropped, unless it holds a line
//     break or CJK sentence punctuation; any other run becomes one separator entry.
// normalise-reference.ts states the same rules with a look-ahead; this file streams, deciding
// late and patching the few entries a late decision changes, because a look-ahead reads every
// word twice. Property tests check the two agree.
import { decodeSlow, isHardSeparator, slow } from './decode';
import * as fold from './fold';
import * as kinds from './normalised';
import { Normalised } from './normalised';

export { K_DIGIT, K_LETTER, K_SEP, K_UNIT, Normalised, isWordKind } from './normalised';

// Local copies: hot loops read module constants, never an import binding or a getter (some
// loaders compile imports to property reads).
const C_DIG: number = fold.C_DIG;
const C_IGN: number = fold.C_IGN;
const C_LET: number = fold.C_LET;
const C_SEP: number = fold.C_SEP;
const C_SYM: number = fold.C_SYM;
const C_UNIT: number = fold.C_UNIT;
const C_SURROGATE: number = fold.C_SURROGATE;
const C_MULTI: number = fold.C_MULTI;
const SEP_SYMBOL: number = fold.SEP_SYMBOL;
const K_LETTER: number = kinds.K_LETTER;
const K_DIGIT: number = kinds.K_DIGIT;
const K_UNIT: number = kinds.K_UNIT;
const K_SEP: number = kinds.K_SEP;
const foldTables = fold.foldTables;
/**
 * Read through `call` rather than `text.charCodeAt(i)`: that property load keeps type feedback
 * per string representation (one-byte or two-byte, flat, sliced, concatenated ...), and once
 * the pass has seen more than a few (compile's patterns, then drafts) it turns megamorphic: the
 * optimiser then calls the builtin for every character instead of inlining the read.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Normalises `text` into `out` (reusing its buffers) and returns it. See the top of this file
 * for the rules.
 */
export function normaliseInto(text: string, out: Normalised): Normalised {
  out.cleanAll();
  const e = fill(text, out);
  out.length = e;
  out.clean = e;
  return out;
}

/**
 * Normalises `text` into fresh buffers.
 *
 * @example
 * const n = normalise('Ｆ.U.C.K');
 * String.fromCodePoint(...n.sym.subarray(0, n.length)); // 'fuck'
 */
export function normalise(text: string): Normalised {
  return normaliseInto(text, new Normalised());
}

/**
 * Emits the word characters of `text[from, to)` (the slow path: leet symbols, digits before a
 * word's first letter, astral and multi-character folds) and returns the new entry count.
 * Invisible characters extend the entry before them if it is at or after `wordEntry`.
 */
function emitWordChars(text: string, from: number, to: number, hasLetter: boolean, out: Normalised, e0: number, wordEntry: number): number {
  const { info, leet: leetMap } = foldTables();
  let e = e0;
  for (let i = from; i < to; ) {
    const cu = charCodeAt.call(text, i);
    const folded = info[cu]!;
    let ku: number = folded & 7;
    let cp: number = folded >>> 3;
    let wu = 1;
    let count = 1;
    const isSlow = ku === C_SURROGATE || ku === C_MULTI;
    if (isSlow) {
      decodeSlow(text, i, ku);
      wu = slow.width;
      count = slow.cps.length;
    }
    // Room for this character's code points and one entry per code unit still to come: an
    // expansion (ﬁ → f, i) takes more entries than units, and the caller's fast paths write
    // without checking (a typed array drops writes past its end, so a tail would be lost).
    out.reserve(e + count + (text.length - i) + 2);
    const { sym, start, end, run, leet, kind } = out;
    for (let x = 0; x < count; x++) {
      if (isSlow) {
        cp = slow.cps[x]!;
        ku = slow.classes[x]!;
      }
      let isLeet = 0;
      let ke = K_LETTER;
      if (ku === C_IGN) {
        if (e > wordEntry) end[e - 1] = i + wu;
        break;
      } else if (ku === C_DIG) {
        const l = hasLetter && cp < 0x80 ? leetMap[cp]! : 0;
        if (l !== 0) {
          cp = l;
          isLeet = 1;
        } else ke = K_DIGIT;
      } else if (ku === C_SYM) {
        if (!hasLetter) break;
        cp = leetMap[cp]!;
        isLeet = 1;
      } else if (ku !== C_LET) break;
      if (ke === K_LETTER && e > 0 && kind[e - 1] === K_LETTER && sym[e - 1] === cp) {
        extendRun(out, e - 1, isLeet, i + wu);
        continue;
      }
      sym[e] = cp;
      start[e] = i;
      end[e] = i + wu;
      run[e] = 1;
      leet[e] = isLeet;
      kind[e] = ke;
      e++;
    }
    i += wu;
  }
  return e;
}

/**
 * Removes the separator entry at `slot` (the one-character word after it moves into its
 * place) and joins that word to a run of the same letter before it. Returns the new count.
 */
function dropSlot(out: Normalised, slot: number, e: number): number {
  const { sym, start, end, run, leet, kind } = out;
  const from = slot + 1;
  sym[slot] = sym[from]!;
  start[slot] = start[from]!;
  end[slot] = end[from]!;
  run[slot] = run[from]!;
  leet[slot] = leet[from]!;
  kind[slot] = kind[from]!;
  if (slot > 0 && kind[slot] === K_LETTER && kind[slot - 1] === K_LETTER && sym[slot] === sym[slot - 1]) {
    extendRun(out, slot - 1, leet[slot]!, end[slot]!);
    abandon(out, e - 2, e);
    return e - 2;
  }
  abandon(out, e - 1, e);
  return e - 1;
}

/**
 * Counts one more equal letter (`leets` of them leetspeak) into entry `x`, which now ends at
 * `to`. The count saturates at 65535.
 */
function extendRun(out: Normalised, x: number, leets: number, to: number): void {
  const r = out.run[x]!;
  if (r < 0xffff) {
    out.run[x] = r + 1;
    out.leet[x] = out.leet[x]! + leets;
  }
  out.end[x] = to;
}

/** Writes a kept separator run [from, to) as entry `e` (its run and leet are clean). */
function writeSep(out: Normalised, e: number, from: number, to: number): void {
  out.sym[e] = SEP_SYMBOL;
  out.start[e] = from;
  out.end[e] = to;
  out.kind[e] = K_SEP;
}

/** Entries [from, to) are no longer used: make their slots clean again (see `Normalised.clean`). */
function abandon(out: Normalised, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    out.run[k] = 1;
    out.leet[k] = 0;
  }
}

/**
 * The pass itself; returns the number of entries. New entries store only sym, start, end and
 * kind: their slot already holds run 1 and leet 0 (see `Normalised.clean`), and every place
 * that gives entries up (`dropSlot`, a word written again) cleans their slots.
 */
function fill(text: string, out: Normalised): number {
  const { info, leet: leetMap } = foldTables();
  const n = text.length;
  out.reserve(n + 2);
  let sym = out.sym;
  let start = out.start;
  let end = out.end;
  let run = out.run;
  let leet = out.leet;
  let kind = out.kind;
  let e = 0;
  /** The symbol of the last entry when it is a letter (it may grow a run), else -1. */
  let lastLetter = -1;

  // The token before the current separator run: does it exist, was it one character?
  let hasPrev = false;
  let prevSingle = false;
  // The pending separator run.
  let sepStart = -1;
  let sepEnd = 0;
  let sepHard = false;
  // The current word: where it began, its first entry, its counts.
  let inWord = false;
  let wordPos = 0;
  let wordEntry = 0;
  let letters = 0;
  let digits = 0;
  let symbols = 0;
  /** Before its first letter, the word read a digit or symbol that a letter would change. */
  let dirty = false;
  // Leet symbols not yet known to be inside a word (they may be trailing punctuation).
  let pendStart = -1;
  let pendCount = 0;
  let pendHard = false;
  /** A separator entry written before a word that may turn out one character long. */
  let sepSlot = -1;
  /** In a word that has a letter, with nothing pending: plain letters take the short path. */
  let plain = false;

  for (let i = 0; i < n; ) {
    const c = charCodeAt.call(text, i);
    const folded = info[c]!;
    let k: number = folded & 7;
    if (k === C_LET && plain) {
      // A run of plain letters inside a word (the common case), in a tight loop of its own.
      let cp = folded >>> 3;
      for (;;) {
        letters++;
        i++;
        if (cp === lastLetter) {
          const r = run[e - 1]!;
          if (r < 0xffff) run[e - 1] = r + 1;
          end[e - 1] = i;
        } else {
          sym[e] = cp;
          start[e] = i - 1;
          end[e] = i;
          kind[e] = K_LETTER;
          e++;
          lastLetter = cp;
        }
        if (i === n) break;
        const f = info[charCodeAt.call(text, i)]!;
        if ((f & 7) !== C_LET) break;
        cp = f >>> 3;
      }
      continue;
    }
    if (k === C_SEP && pendStart < 0 && (!inWord || sepSlot < 0)) {
      if (inWord) {
        // The common end of a word: a separator, nothing pending, no slot to decide.
        hasPrev = true;
        prevSingle = (letters > 0 ? letters + digits + symbols : digits) === 1;
        inWord = false;
        plain = false;
        lastLetter = -1;
      }
      if (sepStart < 0) {
        sepStart = i;
        sepHard = false;
      }
      // The run of separators, in a tight loop of its own.
      let d = c;
      for (;;) {
        if ((d <= 0x0d || d >= 0x2028 || d === 0x85) && isHardSeparator(d)) sepHard = true;
        i++;
        if (i === n) break;
        d = charCodeAt.call(text, i);
        if ((info[d]! & 7) !== C_SEP) break;
      }
      sepEnd = i;
      continue;
    }
    if (k === C_LET && !inWord && pendStart < 0) {
      // The common start of a word: a plain letter. (lastLetter is -1 between tokens.)
      if (sepStart >= 0) {
        if (hasPrev) {
          writeSep(out, e++, sepStart, sepEnd);
          if (prevSingle && !sepHard) sepSlot = e - 1;
        }
        sepStart = -1;
      }
      inWord = true;
      wordPos = i;
      wordEntry = e;
      letters = 1;
      digits = 0;
      symbols = 0;
      dirty = false;
      plain = true;
      const cp = (folded >>> 3);
      sym[e] = cp;
      start[e] = i;
      end[e] = i + 1;
      kind[e] = K_LETTER;
      e++;
      lastLetter = cp;
      i++;
      continue;
    }
    if (k === C_UNIT && !inWord && pendStart < 0 && sepStart < 0) {
      // CJK characters (or emoji) right after another or after a word: nothing to decide.
      let f = folded;
      for (;;) {
        sym[e] = f >>> 3;
        start[e] = i;
        end[e] = i + 1;
        kind[e] = K_UNIT;
        e++;
        i++;
        if (i === n) break;
        f = info[charCodeAt.call(text, i)]!;
        if ((f & 7) !== C_UNIT) break;
      }
      lastLetter = -1;
      hasPrev = true;
      prevSingle = true;
      continue;
    }

    let w = 1;
    let isSlow = false;
    if (k === C_SURROGATE || k === C_MULTI) {
      decodeSlow(text, i, k);
      k = slow.classes[0]!;
      w = slow.width;
      isSlow = true;
    }

    if (k === C_LET || k === C_DIG) {
      if (!inWord) {
        // A word begins, at its leading symbols if any. The separator before it is kept if the
        // token before was longer than one character; otherwise it is written as a slot that
        // the word's end removes again if the word too is one character long.
        wordPos = pendStart >= 0 ? pendStart : i;
        if (sepStart >= 0) {
          if (hasPrev) {
            writeSep(out, e++, sepStart, sepEnd);
            lastLetter = -1;
            if (prevSingle && !sepHard) sepSlot = e - 1;
          }
          sepStart = -1;
        }
        inWord = true;
        wordEntry = e;
        letters = 0;
        digits = 0;
        symbols = 0;
        dirty = false;
      }
      if (pendStart >= 0) {
        // Symbols between letters or digits are inside the word.
        let letterNow = letters > 0 || k === C_LET;
        if (isSlow) for (const kx of slow.classes) if (kx === C_LET) letterNow = true;
        symbols += pendCount;
        e = emitWordChars(text, pendStart, i, letterNow, out, e, wordEntry);
        if (!letterNow) dirty = true;
        ({ sym, start, end, run, leet, kind } = out);
        lastLetter = e > 0 && kind[e - 1] === K_LETTER ? sym[e - 1]! : -1;
        pendStart = -1;
        pendCount = 0;
        pendHard = false;
      }
      if (isSlow) {
        const before = letters;
        for (const kx of slow.classes) {
          if (kx === C_LET) letters++;
          else digits++;
        }
        if (before === 0 && letters > 0 && dirty) {
          const was = e;
          e = emitWordChars(text, wordPos, i + w, true, out, wordEntry, wordEntry);
          if (e < was) abandon(out, e, was);
          dirty = false;
        } else {
          e = emitWordChars(text, i, i + w, letters > 0, out, e, wordEntry);
        }
        ({ sym, start, end, run, leet, kind } = out);
        lastLetter = e > 0 && kind[e - 1] === K_LETTER ? sym[e - 1]! : -1;
      } else if (k === C_LET) {
        letters++;
        if (letters === 1 && dirty) {
          // The first letter turns earlier digits and symbols into leetspeak: write the word again.
          const was = e;
          e = emitWordChars(text, wordPos, i + 1, true, out, wordEntry, wordEntry);
          if (e < was) abandon(out, e, was);
          dirty = false;
          ({ sym, start, end, run, leet, kind } = out);
          lastLetter = kind[e - 1] === K_LETTER ? sym[e - 1]! : -1;
        } else {
          const cp = (folded >>> 3);
          if (cp === lastLetter) {
            extendRun(out, e - 1, 0, i + 1);
          } else {
            sym[e] = cp;
            start[e] = i;
            end[e] = i + 1;
            kind[e] = K_LETTER;
            e++;
            lastLetter = cp;
          }
        }
      } else {
        digits++;
        const d = (folded >>> 3);
        const l = d < 0x80 ? leetMap[d]! : 0;
        if (l !== 0 && letters > 0) {
          if (l === lastLetter) {
            extendRun(out, e - 1, 1, i + 1);
          } else {
            sym[e] = l;
            start[e] = i;
            end[e] = i + 1;
            run[e] = 1;
            leet[e] = 1;
            kind[e] = K_LETTER;
            e++;
            lastLetter = l;
          }
        } else {
          if (l !== 0) dirty = true;
          sym[e] = d;
          start[e] = i;
          end[e] = i + 1;
          kind[e] = K_DIGIT;
          e++;
          lastLetter = -1;
        }
      }
      plain = letters > 0;
      i += w;
      continue;
    }

    if (k === C_SYM) {
      if (pendStart < 0) {
        pendStart = i;
        pendCount = 0;
        pendHard = false;
      }
      pendCount++;
      if (isHardSeparator(c)) pendHard = true;
      plain = false;
      i++;
      continue;
    }

    if (k === C_IGN) {
      if (pendStart >= 0) {
        // Part of the pending symbols.
      } else if (inWord) end[e - 1] = i + w;
      else if (sepStart >= 0) sepEnd = i + w;
      else if (e > 0) end[e - 1] = i + w;
      i += w;
      continue;
    }

    // A separator or a unit ends the word and the pending symbols.
    if (inWord) {
      const single = (letters > 0 ? letters + digits + symbols : digits) === 1;
      if (sepSlot >= 0) {
        if (single) {
          // One character on both sides: drop the separator, and join a repeated letter.
          e = dropSlot(out, sepSlot, e);
        }
        sepSlot = -1;
      }
      hasPrev = true;
      prevSingle = single;
      inWord = false;
      plain = false;
      lastLetter = -1;
    }
    if (pendStart >= 0) {
      // Symbols after a word, or on their own: separators.
      if (sepStart < 0) {
        sepStart = pendStart;
        sepHard = false;
      }
      if (pendHard) sepHard = true;
      sepEnd = i;
      pendStart = -1;
    }
    if (k === C_SEP) {
      if (sepStart < 0) {
        sepStart = i;
        sepHard = false;
      }
      if (isHardSeparator(c)) sepHard = true;
      i += w;
      sepEnd = i;
      continue;
    }

    // A unit (CJK character, emoji); an expansion can hold several (㍻ → 平成).
    const count = isSlow ? slow.cps.length : 1;
    if (sepStart >= 0) {
      if (hasPrev && (!prevSingle || count !== 1 || sepHard)) writeSep(out, e++, sepStart, sepEnd);
      sepStart = -1;
    }
    if (count > 1) {
      out.reserve(e + count + (n - i) + 2);
      ({ sym, start, end, run, leet, kind } = out);
    }
    for (let x = 0; x < count; x++) {
      sym[e] = isSlow ? slow.cps[x]! : (folded >>> 3);
      start[e] = i;
      end[e] = i + w;
      kind[e] = K_UNIT;
      e++;
    }
    lastLetter = -1;
    hasPrev = true;
    prevSingle = count === 1;
    i += w;
  }

  // End of text: a one-character last word drops the separator slot before it. Every
  // comparison runs on every call (no short circuit): one first reached after the optimiser
  // compiled this function throws the compiled code away, and with V8 11 (Node 20) short texts
  // that end inside a word (`abc`) did that on every call, thousands of times in a row.
  const slotted = sepSlot >= 0;
  const single = (letters > 0 ? letters + digits + symbols : digits) === 1;
  return inWord && slotted && single ? dropSlot(out, sepSlot, e) : e;
}
