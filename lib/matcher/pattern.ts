// A term's pattern (or variant, or allow phrase) normalised exactly like a draft, so both
// sides compare folded code points: what the automaton looks for, plus the minimum count of
// each collapsed letter (`ass` needs two s, so `as` stays clean while `asssss` matches).
// Forms go straight into flat typed arrays (PatternPool): 50k terms cost a few arrays rather
// than 100k small objects and typed arrays, which kept the garbage collector busy at compile.
import * as normaliseModule from './normalise';
import { Normalised } from './normalise';
import * as verifyModule from './verify';

// Local copies: loops read module constants, never an import binding (some loaders, tsx among
// them, compile imports to getter calls on the module object).
const K_LETTER: number = normaliseModule.K_LETTER;
const K_SEP: number = normaliseModule.K_SEP;
const isWordKind = normaliseModule.isWordKind;
const normaliseInto = normaliseModule.normaliseInto;
const F_ALLOW: number = verifyModule.F_ALLOW;
const F_END_WORD: number = verifyModule.F_END_WORD;
const F_RUN: number = verifyModule.F_RUN;
const F_START_WORD: number = verifyModule.F_START_WORD;

const LETTER_I = 0x69;
const LETTER_L = 0x6c;

const scratch = new Normalised();

/** Growable scratch for one form while it is rebuilt (joined words, `l` → `i`). */
interface Entries {
  length: number;
  sym: Int32Array;
  run: Uint16Array;
  kind: Uint8Array;
}

function entries(size: number): Entries {
  return { length: 0, sym: new Int32Array(size), run: new Uint16Array(size), kind: new Uint8Array(size) };
}

/** The normalised pattern itself (views the scratch buffers). */
const written0 = entries(0);
const joined = entries(64);
const mapped = entries(64);

/**
 * Copies `src` into `out`, dropping separators when `dropSep`, reading each letter `l` as `i`
 * when `lToI`, and merging equal neighbouring letters again (their counts add up).
 */
function rebuild(src: Entries, out: Entries, dropSep: boolean, lToI: boolean): Entries {
  if (out.sym.length < src.length) {
    out.sym = new Int32Array(src.length * 2);
    out.run = new Uint16Array(src.length * 2);
    out.kind = new Uint8Array(src.length * 2);
  }
  let e = 0;
  for (let i = 0; i < src.length; i++) {
    const kind = src.kind[i]!;
    if (dropSep && kind === K_SEP) continue;
    let symbol = src.sym[i]!;
    if (lToI && symbol === LETTER_L && kind === K_LETTER) symbol = LETTER_I;
    if (kind === K_LETTER && e > 0 && out.kind[e - 1] === K_LETTER && out.sym[e - 1] === symbol) {
      out.run[e - 1] = out.run[e - 1]! + src.run[i]!;
    } else {
      out.sym[e] = symbol;
      out.run[e] = src.run[i]!;
      out.kind[e] = kind;
      e++;
    }
  }
  out.length = e;
  return out;
}

function hasLetterL(e: Entries): boolean {
  for (let i = 0; i < e.length; i++) if (e.sym[i] === LETTER_L && e.kind[i] === K_LETTER) return true;
  return false;
}

/**
 * Every searched form, back to back in flat arrays: pattern p's symbols are
 * `symbols[start[p] .. start[p] + length[p])`, with the minimum run of each in `minRun` at the
 * same offsets.
 */
export class PatternPool {
  count = 0;
  /** Symbols in use in `symbols` / `minRun`. */
  used = 0;
  symbols = new Int32Array(1024);
  minRun = new Uint16Array(1024);
  start = new Int32Array(256);
  length = new Int32Array(256);
  flags = new Uint8Array(256);
  /** Term index per pattern (-1 for allow phrases). */
  term = new Int32Array(256);

  /**
   * Adds the forms `written` is searched in, for term `term` (-1: an allow phrase, written form
   * only): as written; for several words, also written together (`kill yourself` →
   * `killyourself`, which `k i l l y o u r s e l f` becomes); and for each, when it has an
   * `l`, with every `l` read as `i`, because `1` and `|` fold to `i` (`ki11` → `kiii` matches
   * `kill`). Forms equal to one the term already has since `termFirst` are skipped. Returns
   * false when nothing is left after normalisation.
   */
  add(written: string, term: number, wholeWord: boolean, termFirst: number): boolean {
    const n = normaliseInto(written, scratch);
    if (n.length === 0) return false;
    const base = written0;
    base.length = n.length;
    base.sym = n.sym;
    base.run = n.run;
    base.kind = n.kind;
    if (term < 0) {
      this.push(base, term, false, termFirst, F_ALLOW);
      return true;
    }
    let hasSep = false;
    for (let i = 0; i < n.length; i++) if (n.kind[i] === K_SEP) hasSep = true;
    this.withL(base, term, wholeWord, termFirst);
    if (hasSep) this.withL(rebuild(base, joined, true, false), term, wholeWord, termFirst);
    return true;
  }

  private withL(e: Entries, term: number, wholeWord: boolean, termFirst: number): void {
    this.push(e, term, wholeWord, termFirst, 0);
    if (hasLetterL(e)) this.push(rebuild(e, mapped, false, true), term, wholeWord, termFirst, 0);
  }

  /** Appends one form unless the term already has it. */
  private push(e: Entries, term: number, wholeWord: boolean, termFirst: number, extra: number): void {
    const len = e.length;
    let flags = extra;
    for (let i = 0; i < len; i++) if (e.run[i]! > 1) flags |= F_RUN;
    if (wholeWord && isWordKind(e.kind[0]!)) flags |= F_START_WORD;
    if (wholeWord && isWordKind(e.kind[len - 1]!)) flags |= F_END_WORD;
    // Variants often normalise alike (傻B, 傻b): search each form once per term.
    for (let q = termFirst; q < this.count; q++) {
      if (this.length[q] !== len) continue;
      const at = this.start[q]!;
      let same = true;
      for (let i = 0; i < len && same; i++) same = this.symbols[at + i] === e.sym[i] && this.minRun[at + i] === e.run[i];
      if (same) return;
    }
    this.reserve(len);
    const p = this.count++;
    const at = this.used;
    // A loop, not set(subarray): a view per form is an allocation the GC pays for.
    const symbols = this.symbols;
    const minRun = this.minRun;
    for (let i = 0; i < len; i++) {
      symbols[at + i] = e.sym[i]!;
      minRun[at + i] = e.run[i]!;
    }
    this.used += len;
    this.start[p] = at;
    this.length[p] = len;
    this.flags[p] = flags;
    this.term[p] = term;
  }

  private reserve(len: number): void {
    if (this.used + len > this.symbols.length) {
      const size = Math.max(this.symbols.length * 2, this.used + len);
      this.symbols = grow(this.symbols, new Int32Array(size));
      this.minRun = grow(this.minRun, new Uint16Array(size));
    }
    if (this.count === this.start.length) {
      const size = this.count * 2;
      this.start = grow(this.start, new Int32Array(size));
      this.length = grow(this.length, new Int32Array(size));
      this.flags = grow(this.flags, new Uint8Array(size));
      this.term = grow(this.term, new Int32Array(size));
    }
  }

  /** Trims every array to its used size (the compiled matcher keeps them). */
  trim(): void {
    this.symbols = this.symbols.slice(0, this.used);
    this.minRun = this.minRun.slice(0, this.used);
    this.start = this.start.slice(0, this.count);
    this.length = this.length.slice(0, this.count);
    this.flags = this.flags.slice(0, this.count);
    this.term = this.term.slice(0, this.count);
  }
}

function grow<T extends Int32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
