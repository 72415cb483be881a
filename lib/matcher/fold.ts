// Character folding: one table lookup per code unit turns a character into what the matcher
// compares (NFKC, lower case, no diacritics, simplified Chinese, Latin look-alikes) and says
// what kind of character it is. `buildFoldTables` states the rules with the JavaScript engine's
// own Unicode data (`String.prototype.normalize`, `\p{…}`); looking up all 65,536 code units
// that way took 150-250 ms, most of a page's first compile, so the extension ships its result
// (data/fold-table.ts, generated from it and tested equal) and decodes that in about 1 ms.
import { FOLD_MULTI, FOLD_RUNS } from './data/fold-table';
import { T2S_PAIRS } from './data/t2s';

/** A separator: whitespace, punctuation, symbols. Skipped inside a term, see normalise. */
export const C_SEP = 0;
/** Invisible: zero-width characters, combining marks, variation selectors, bidi controls. */
export const C_IGN = 1;
/** A letter of an alphabetic script (Latin, Cyrillic, Greek …): part of a word. */
export const C_LET = 2;
/** A decimal digit: part of a word; `0 1 3 4 5 7` may stand for letters (leetspeak). */
export const C_DIG = 3;
/** A symbol that may stand for a letter inside a word: `@ $ ! |`. */
export const C_SYM = 4;
/** A character of a script written without spaces (Han, kana, Hangul), or an emoji: a word of its own. */
export const C_UNIT = 5;

/** In the table only: a high surrogate; the class comes from the whole code point. */
export const C_SURROGATE = 6;
/** In the table only: folds to several code points (`ﬁ` → fi), see `FoldTables.multi`. */
export const C_MULTI = 7;

export type CharClass = 0 | 1 | 2 | 3 | 4 | 5;

/** The folded code point that stands for a kept run of separators. */
export const SEP_SYMBOL = 0x20;

/** `FOLD[c] === MULTI` marks a character that folds to several (see `foldMulti`). */
const MULTI = 0xffff;

/** Leetspeak: what a digit or symbol stands for inside a word that has real letters. */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  // `|` reads as l or i; it folds with `1` and `!` to i, and terms with an l also match with
  // i in its place (see pattern.ts), so `ki||` and `k1ll` both reach "kill".
  '|': 'i',
};

/**
 * Latin look-alikes from Cyrillic and Greek that people swap in to dodge filters (`ѕhit`).
 * Lower case only: folding lowers first.
 */
const HOMOGLYPHS =
  'аaвbеeкkмmнhоoрpсcтtуyхxѕsіiјjӏlԁdԛqԝwɡgαaβbεeιiκkνvοoρpτtυuχxϲcһh';

/** Scripts written without spaces between words: each character is a word of its own. */
const UNIT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const IGN_RE = /^[\p{Mn}\p{Me}\p{Cf}\p{Emoji_Modifier}\u115F\u1160\u3164\uFFA0]$/u;
/** Emoji can be terms (🖕), so they are words of their own rather than separators. */
const PICTO_RE = /^\p{Extended_Pictographic}$/u;
const LET_RE = /^[\p{L}\p{Mc}]$/u;
const DIG_RE = /^\p{Nd}$/u;
const MARK_RE = /\p{M}/gu;

export interface FoldTables {
  /** Folded code unit per BMP code unit (`MULTI` for several; surrogates map to themselves).
   * Derived from `info` on first read in decoded tables: the normaliser reads `info` only. */
  readonly fold: Uint16Array;
  /** Class of the folded character per BMP code unit, or `C_SURROGATE` / `C_MULTI` (derived
   * from `info` on first read, like `fold`). */
  readonly cls: Uint8Array;
  /** Characters that fold to several code points, with each one's class. */
  multi: Map<number, { cps: number[]; classes: CharClass[] }>;
  /** Leetspeak letter per ASCII code (0 when none). */
  leet: Uint16Array;
  /** `fold[c] << 3 | cls[c]`: the normaliser's hot loop reads one table, not two (for CJK
   * text, whose code points are spread over the tables, that is one cache line per character
   * instead of two). */
  info: Int32Array;
}

let tables: FoldTables | undefined;
const t2s = new Map<string, string>();
const homoglyphs = new Map<string, string>();

/** The maps `foldString` reads, filled on its first call. */
function fillMaps(): void {
  if (t2s.size > 0) return;
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t2s.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
  for (let i = 0; i + 1 < HOMOGLYPHS.length; i += 2) homoglyphs.set(HOMOGLYPHS[i]!, HOMOGLYPHS[i + 1]!);
}

/** Class of one already folded code point. */
export function classify(cp: number): CharClass {
  if (cp === 0x40 || cp === 0x24 || cp === 0x21 || cp === 0x7c) return C_SYM as CharClass;
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return C_LET;
    if (cp >= 0x30 && cp <= 0x39) return C_DIG;
    return C_SEP;
  }
  const s = String.fromCodePoint(cp);
  if (IGN_RE.test(s)) return C_IGN;
  if (UNIT_RE.test(s) || PICTO_RE.test(s)) return C_UNIT;
  if (LET_RE.test(s)) return C_LET;
  if (DIG_RE.test(s)) return C_DIG;
  return C_SEP;
}

function mapChars(s: string, table: Map<string, string>): string {
  let out = '';
  for (const ch of s) out += table.get(ch) ?? ch;
  return out;
}

/** Folds one character (as a string) to the string the matcher compares. */
export function foldString(ch: string): string {
  fillMaps();
  const first = ch.codePointAt(0) ?? 0;
  // NFKC never changes these blocks; skipping them keeps the table build fast.
  const plainHan = (first >= 0x3400 && first <= 0x9fff) || (first >= 0xac00 && first <= 0xd7a3);
  let s = mapChars(ch, t2s);
  if (!plainHan) {
    s = s.normalize('NFKC').toLowerCase();
    // Diacritics off alphabetic letters only: NFD would also split Hangul and kana.
    let stripped = '';
    for (const c of s) {
      const code = c.codePointAt(0) ?? 0;
      const alphabetic = code < 0x0530 || (code >= 0x1e00 && code <= 0x1fff);
      stripped += alphabetic ? c.normalize('NFD').replace(MARK_RE, '') : c;
    }
    s = mapChars(mapChars(stripped, homoglyphs), t2s);
  }
  return s;
}

function leetTable(): Uint16Array {
  const leet = new Uint16Array(128);
  for (const [k, v] of Object.entries(LEET)) leet[k.charCodeAt(0)] = v.charCodeAt(0);
  return leet;
}

function infoTable(fold: Uint16Array, cls: Uint8Array): Int32Array {
  const info = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) info[c] = (fold[c]! << 3) | cls[c]!;
  return info;
}

/**
 * The tables by the rules, from the engine's Unicode data: what data/fold-table.ts is generated
 * from (data/generate-fold.ts) and tested against. Slow; `foldTables` is what the matcher uses.
 */
export function buildFoldTables(): FoldTables {
  const fold = new Uint16Array(65536);
  const cls = new Uint8Array(65536);
  const multi: FoldTables['multi'] = new Map();

  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      fold[c] = c;
      cls[c] = c <= 0xdbff ? C_SURROGATE : C_SEP;
      continue;
    }
    if (c < 0x80) {
      const lower = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      fold[c] = lower;
      cls[c] = classify(lower);
      continue;
    }
    const ch = String.fromCharCode(c);
    if (IGN_RE.test(ch)) {
      fold[c] = c;
      cls[c] = C_IGN;
      continue;
    }
    const folded = foldString(ch);
    let cps = [...folded].map((x) => x.codePointAt(0) ?? 0).filter((cp) => classify(cp) !== C_IGN);
    if (cps.length > 1) {
      // Several: keep the word characters (`⑴` → 1, `㈱` → 株), and one kind only, letters
      // and digits or units, so an expansion never straddles a word and a CJK character.
      const word = cps.filter((cp) => { const k = classify(cp); return k === C_LET || k === C_DIG; });
      cps = word.length > 0 ? word : cps.filter((cp) => classify(cp) === C_UNIT);
    }
    if (cps.length === 0) {
      fold[c] = c;
      cls[c] = classify(folded.codePointAt(0) ?? c) === C_IGN || folded === '' ? C_IGN : C_SEP;
    } else if (cps.length === 1 && cps[0]! < 0x10000) {
      fold[c] = cps[0]!;
      cls[c] = classify(cps[0]!);
    } else {
      fold[c] = MULTI;
      cls[c] = C_MULTI;
      multi.set(c, { cps, classes: cps.map(classify) });
    }
  }
  return { fold, cls, multi, leet: leetTable(), info: infoTable(fold, cls) };
}

/**
 * CJK ideographs (Extension A, the unified block) and Hangul syllables, which fold to
 * themselves unless the traditional → simplified pairs map them: data/fold-table.ts stores them
 * unmapped, and `decodeFoldTables` applies T2S_PAIRS (already shipped) on top, which halves the
 * generated file.
 */
export function isPlainUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

/** Tables around a decoded `info`, with `fold` and `cls` split out of it only if read. */
class DecodedTables implements FoldTables {
  readonly leet = leetTable();
  private foldCache: Uint16Array | undefined;
  private clsCache: Uint8Array | undefined;

  constructor(
    readonly info: Int32Array,
    readonly multi: FoldTables['multi'],
  ) {}

  get fold(): Uint16Array {
    if (!this.foldCache) {
      const fold = new Uint16Array(65536);
      for (let c = 0; c < 65536; c++) fold[c] = this.info[c]! >>> 3;
      this.foldCache = fold;
    }
    return this.foldCache;
  }

  get cls(): Uint8Array {
    if (!this.clsCache) {
      const cls = new Uint8Array(65536);
      for (let c = 0; c < 65536; c++) cls[c] = this.info[c]! & 7;
      this.clsCache = cls;
    }
    return this.clsCache;
  }
}

/**
 * The tables from data/fold-table.ts (see generate-fold.ts for the format), decoded straight
 * into `info`: this runs once per page at the first draft, before the optimiser has seen the
 * loop, so one store per code unit matters (three 65,536-long passes took ~14 ms there).
 */
function decodeFoldTables(): FoldTables {
  const info = new Int32Array(65536);
  const runs = FOLD_RUNS.split(',');
  let c = 0;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const length = parseInt(runs[i]!, 36);
    const delta = parseInt(runs[i + 1]!, 36);
    const k = parseInt(runs[i + 2]!, 36);
    for (const end = c + length; c < end; c++) info[c] = ((c + delta) << 3) | k;
  }
  if (c !== 65536) throw new Error(`fold-table.ts covers ${c} code units, not 65536: regenerate it`);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    const from = T2S_PAIRS.charCodeAt(i);
    if (isPlainUnit(from)) info[from] = (T2S_PAIRS.charCodeAt(i + 1) << 3) | (info[from]! & 7);
  }
  const multi: FoldTables['multi'] = new Map();
  const fields = FOLD_MULTI.split(',').map((field) => parseInt(field, 36));
  for (let i = 0; i < fields.length; ) {
    const at = fields[i]!;
    const n = fields[i + 1]!;
    const cps = fields.slice(i + 2, i + 2 + n);
    const classes = fields.slice(i + 2 + n, i + 2 + 2 * n) as CharClass[];
    multi.set(at, { cps, classes });
    i += 2 + 2 * n;
  }
  return new DecodedTables(info, multi);
}

/** The shared folding tables, decoded on first use (once per process or page). */
export function foldTables(): FoldTables {
  tables ??= decodeFoldTables();
  return tables;
}

export const MULTI_FOLD = MULTI;

const astralCache = new Map<number, number>();

/**
 * Folds a code point outside the BMP; returns `folded * 8 + class`. Mathematical alphanumerics
 * (`𝐟𝐮𝐜𝐤`) and enclosed letters (`🅕`) become ASCII, Han extensions stay Han units, tag and
 * variation selectors are invisible, emoji are units like Han characters.
 */
export function foldAstral(cp: number): number {
  const cached = astralCache.get(cp);
  if (cached !== undefined) return cached;
  let result: number;
  if (cp >= 0x1f150 && cp <= 0x1f189 && (cp <= 0x1f169 || cp >= 0x1f170)) {
    // Negative circled and squared letters have no NFKC mapping.
    const letter = 0x61 + ((cp - 0x1f150) % 0x20);
    result = letter * 8 + C_LET;
  } else if ((cp >= 0xe0000 && cp <= 0xe01ef)) {
    result = cp * 8 + C_IGN;
  } else if ((cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x1f100 && cp <= 0x1f14f) || (cp >= 0x2f800 && cp <= 0x2fa1f)) {
    const folded = [...foldString(String.fromCodePoint(cp))];
    const one = folded.length === 1 ? (folded[0]!.codePointAt(0) ?? cp) : cp;
    result = one * 8 + classify(one);
  } else if (cp >= 0x20000 && cp <= 0x3134f) {
    result = cp * 8 + C_UNIT;
  } else {
    result = cp * 8 + classify(cp);
  }
  if (astralCache.size < 4096) astralCache.set(cp, result);
  return result;
}
