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
const F_NAMEABLE: number = verifyModule.F_NAMEABLE;
const F_ABBR: number = verifyModule.F_ABBR;

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
  symbols: Int32Array;
  minRun: Uint16Array;
  start: Int32Array;
  length: Int32Array;
  flags: Uint8Array;
  /** Term index per pattern (-1 for allow phrases). */
  term: Int32Array;

  /**
   * @param forms expected number of forms, and `units` of their symbols (estimates: the pool
   * grows past them). Sized right, it never grows: every doubling allocates and touches fresh
   * memory, which after a collection costs page faults (most of a cold compile's time).
   */
  constructor(forms = 256, units = 1024) {
    const f = Math.max(16, forms);
    const u = Math.max(64, units);
    this.symbols = new Int32Array(u);
    this.minRun = new Uint16Array(u);
    this.start = new Int32Array(f);
    this.length = new Int32Array(f);
    this.flags = new Uint8Array(f);
    this.term = new Int32Array(f);
  }

  /**
   * Adds the forms `written` is searched in, for term `term` (-1: an allow phrase, written form
   * only): as written; for several words, also written together (`kill yourself` →
   * `killyourself`, which `k i l l y o u r s e l f` becomes); and for each, when it has an
   * `l`, with every `l` read as `i`, because `1` and `|` fold to `i` (`ki11` → `kiii` matches
   * `kill`). Forms equal to one the term already has since `termFirst` are skipped. Returns
   * false when nothing is left after normalisation.
   */
  add(written: string, term: number, wholeWord: boolean, termFirst: number, extra = 0, insultWords = false): boolean {
    const n = normaliseInto(written, scratch);
    if (n.length === 0) return false;
    const base = written0;
    base.length = n.length;
    base.sym = n.sym;
    base.run = n.run;
    base.kind = n.kind;
    if (term < 0) {
      this.push(base, term, false, termFirst, F_ALLOW, -1);
      return true;
    }
    let hasSep = false;
    for (let i = 0; i < n.length; i++) if (n.kind[i] === K_SEP) hasSep = true;
    // One Latin word of a term (not a phrase piece) may be a name or a code (names.ts): an
    // abbreviation always, another word when the term is an insult or swearing.
    const nameable = extra === 0 && !hasSep ? (insultWords ? 1 : 0) : -1;
    this.withL(base, term, wholeWord, termFirst, extra, nameable);
    if (hasSep) this.withL(rebuild(base, joined, true, false), term, wholeWord, termFirst, extra, -1);
    return true;
  }

  /** Forgets every form from number `count` on (a term that turned out bad is skipped). */
  truncate(count: number, used: number): void {
    this.count = count;
    this.used = used;
  }

  private withL(e: Entries, term: number, wholeWord: boolean, termFirst: number, extra: number, nameable: number): void {
    this.push(e, term, wholeWord, termFirst, extra, nameable);
    if (hasLetterL(e)) this.push(rebuild(e, mapped, false, true), term, wholeWord, termFirst, extra, nameable);
  }

  /**
   * Appends one form unless the term already has it. `nameable`: -1 never a name; 0 only as an
   * abbreviation (a Latin word with no vowel); 1 as any Latin word (see names.ts).
   */
  private push(e: Entries, term: number, wholeWord: boolean, termFirst: number, extra: number, nameable: number): void {
    const len = e.length;
    let flags = extra;
    let latin = nameable >= 0;
    let vowel = false;
    for (let i = 0; i < len; i++) {
      if (e.run[i]! > 1) flags |= F_RUN;
      const y = e.sym[i]!;
      if (e.kind[i] !== K_LETTER || y < 0x61 || y > 0x7a) latin = false;
      else if (y === 0x61 || y === 0x65 || y === 0x69 || y === 0x6f || y === 0x75 || y === 0x79) vowel = true;
    }
    if (latin) flags |= !vowel ? F_NAMEABLE | F_ABBR : nameable === 1 ? F_NAMEABLE : 0;
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

  /**
   * Trims every array to its used size (the compiled matcher keeps them): views when the
   * estimate was close (the spare tail was never written, so it holds no pages), copies when
   * more than a quarter would be spare.
   */
  trim(): void {
    const cut = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, n: number): T =>
      (4 * n >= 3 * a.length ? a.subarray(0, n) : a.slice(0, n)) as T;
    this.symbols = cut(this.symbols, this.used);
    this.minRun = cut(this.minRun, this.used);
    this.start = cut(this.start, this.count);
    this.length = cut(this.length, this.count);
    this.flags = cut(this.flags, this.count);
    this.term = cut(this.term, this.count);
  }
}

function grow<T extends Int32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
