// The reference normaliser: the rules of normalise.ts written the plain way, with a look-ahead
// over each word. The fast normaliser streams instead; property tests check the two agree.
import * as fold from './fold';

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
const foldTables = fold.foldTables;
import { decodeSlow, isHardSeparator, slow } from './decode';
import { K_DIGIT, K_LETTER, K_SEP, K_UNIT, Normalised } from './normalised';

/**
 * Normalises `text` into `out` (reusing its buffers) and returns it.
 *
 * Rules, in order: NFKC, lower case, diacritics off, traditional → simplified, Latin
 * look-alikes; invisible characters dropped; inside a word that has a real letter, `0 1 3 4 5
 * 7 @ $ ! |` read as letters (a trailing `!` or `$` stays punctuation); equal letters collapse
 * into one entry with a count; a run of separators between two one-character words (a single
 * letter, digit or CJK character on each side) is dropped unless it holds a line break or CJK
 * sentence punctuation; any other run becomes one separator entry.
 */
export function referenceNormaliseInto(text: string, out: Normalised): Normalised {
  out.length = fill(text, out);
  out.clean = out.sym.length; // it writes every field and does not keep slots clean
  return out;
}

/** The pass itself; returns the number of entries. (A separate function so the caller's store
 * of `length` is not a never-run site in the optimised loop.) */
function fill(text: string, out: Normalised): number {
  const { fold: foldOf, cls, leet: leetMap } = foldTables();
  const n = text.length;
  out.reserve(n + 1);
  let sym = out.sym;
  let start = out.start;
  let end = out.end;
  let run = out.run;
  let leet = out.leet;
  let kind = out.kind;
  let e = 0;
  let hasPrev = false;
  let prevSingle = false;
  let sepStart = -1;
  let sepEnd = 0;
  let sepHard = false;
  /** The symbol of the last entry when it is a letter (it may grow a run), else -1. */
  let lastLetter = -1;

  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let k: number = cls[c]!;
    let w = 1;
    if (k === C_SURROGATE) {
      decodeSlow(text, i, k);
      k = slow.classes[0]!;
      w = slow.width;
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
    if (k === C_IGN) {
      if (sepStart >= 0) sepEnd = i + w;
      else if (e > 0) end[e - 1] = i + w;
      i += w;
      continue;
    }
    let expansion = false;
    if (k === C_MULTI) {
      decodeSlow(text, i, k);
      k = slow.classes[0]!;
      expansion = true;
    }
    if (k === C_UNIT) {
      // Expansions can hold several units (㍻ → 平成); each is its own entry.
      const count = expansion || w === 2 ? slow.cps.length : 1;
      if (sepStart >= 0) {
        if (hasPrev && (!prevSingle || count !== 1 || sepHard)) {
          sym[e] = SEP_SYMBOL;
          start[e] = sepStart;
          end[e] = sepEnd;
          run[e] = 1;
          leet[e] = 0;
          kind[e] = K_SEP;
          e++;
        }
        sepStart = -1;
      }
      lastLetter = -1;
      // Room for the rest of the text too: an expansion takes more entries than units.
      if (count > 1) {
        out.reserve(e + count + (n - i) + 1);
        ({ sym, start, end, run, leet, kind } = out);
      }
      for (let x = 0; x < count; x++) {
        sym[e] = expansion || w === 2 ? slow.cps[x]! : foldOf[c]!;
        start[e] = i;
        end[e] = i + w;
        run[e] = 1;
        leet[e] = 0;
        kind[e] = K_UNIT;
        e++;
      }
      hasPrev = true;
      prevSingle = count === 1;
      i += w;
      continue;
    }

    // A word. Look ahead to its end: letters, digits and leet symbols, with invisible
    // characters inside; symbols after its last letter or digit are punctuation (`idiot!`).
    let letters = 0;
    let digits = 0;
    let symbols = 0;
    let pendingSymbols = 0;
    let wordEnd = -1;
    let j = i;
    while (j < n) {
      const cj = text.charCodeAt(j);
      let kj: number = cls[cj]!;
      let wj = 1;
      if (kj === C_LET) {
        letters++;
        j++;
        symbols += pendingSymbols;
        pendingSymbols = 0;
        wordEnd = j;
        continue;
      }
      if (kj === C_SURROGATE || kj === C_MULTI) {
        decodeSlow(text, j, kj);
        kj = slow.classes[0]!;
        wj = slow.width;
        if (kj === C_LET || kj === C_DIG) {
          for (const kx of slow.classes) {
            if (kx === C_LET) letters++;
            else digits++;
          }
          j += wj;
          symbols += pendingSymbols;
          pendingSymbols = 0;
          wordEnd = j;
          continue;
        }
      }
      if (kj === C_DIG) {
        digits++;
        j += wj;
        symbols += pendingSymbols;
        pendingSymbols = 0;
        wordEnd = j;
      } else if (kj === C_SYM) {
        pendingSymbols++;
        j += wj;
      } else if (kj === C_IGN) {
        j += wj;
      } else break;
    }
    if (wordEnd < 0) {
      // Symbols only: a separator run.
      if (sepStart < 0) {
        sepStart = i;
        sepHard = false;
      }
      for (let x = i; x < j; x++) if (isHardSeparator(text.charCodeAt(x))) sepHard = true;
      sepEnd = j;
      i = j;
      continue;
    }
    const hasLetter = letters > 0;
    const single = (hasLetter ? letters + digits + symbols : digits) === 1;
    if (sepStart >= 0) {
      if (hasPrev && (!(prevSingle && single) || sepHard)) {
        sym[e] = SEP_SYMBOL;
        start[e] = sepStart;
        end[e] = sepEnd;
        run[e] = 1;
        leet[e] = 0;
        kind[e] = K_SEP;
        e++;
        lastLetter = -1;
      }
      sepStart = -1;
    }
    // Emit the word. Plain letters take the short path. Invisible characters extend only
    // this word's entries.
    const wordFirst = e;
    while (i < wordEnd) {
      const cu = text.charCodeAt(i);
      let ku: number = cls[cu]!;
      if (ku === C_LET) {
        const cp = foldOf[cu]!;
        i++;
        if (cp === lastLetter) {
          const r = run[e - 1]!;
          if (r < 0xffff) run[e - 1] = r + 1;
          end[e - 1] = i;
        } else {
          sym[e] = cp;
          start[e] = i - 1;
          end[e] = i;
          run[e] = 1;
          leet[e] = 0;
          kind[e] = K_LETTER;
          e++;
          lastLetter = cp;
        }
        continue;
      }
      let cp: number = foldOf[cu]!;
      let wu = 1;
      let count = 1;
      const isSlow = ku === C_SURROGATE || ku === C_MULTI;
      if (isSlow) {
        decodeSlow(text, i, ku);
        wu = slow.width;
        count = slow.cps.length;
        if (count > 1) {
          out.reserve(e + count + (n - i) + 1);
          ({ sym, start, end, run, leet, kind } = out);
        }
      }
      for (let x = 0; x < count; x++) {
        if (isSlow) {
          cp = slow.cps[x]!;
          ku = slow.classes[x]!;
        }
        let isLeet = 0;
        if (ku === C_IGN) {
          if (e > wordFirst) end[e - 1] = i + wu;
          break;
        } else if (ku === C_DIG) {
          const l = hasLetter && cp < 0x80 ? leetMap[cp]! : 0;
          if (l === 0) {
            sym[e] = cp;
            start[e] = i;
            end[e] = i + wu;
            run[e] = 1;
            leet[e] = 0;
            kind[e] = K_DIGIT;
            e++;
            lastLetter = -1;
            continue;
          }
          cp = l;
          isLeet = 1;
        } else if (ku === C_SYM) {
          if (!hasLetter) break;
          cp = leetMap[cp]!;
          isLeet = 1;
        } else if (ku !== C_LET) break;
        if (cp === lastLetter) {
          const r = run[e - 1]!;
          if (r < 0xffff) {
            run[e - 1] = r + 1;
            leet[e - 1] = leet[e - 1]! + isLeet;
          }
          end[e - 1] = i + wu;
          continue;
        }
        sym[e] = cp;
        start[e] = i;
        end[e] = i + wu;
        run[e] = 1;
        leet[e] = isLeet;
        kind[e] = K_LETTER;
        e++;
        lastLetter = cp;
      }
      i += wu;
    }
    hasPrev = true;
    prevSingle = single;
  }
  return e;
}

/** Normalises `text` into fresh buffers with the reference normaliser. */
export function referenceNormalise(text: string): Normalised {
  return referenceNormaliseInto(text, new Normalised());
}
