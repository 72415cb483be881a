// compile(): norms → patterns → one automaton; the Matcher that runs it.
import { Automaton } from './automaton';
import { CandidateList, HitList } from './candidates';
import * as chainModule from './chain';
import type { CompiledPhrase, PieceTable } from './chain';
import { foldTables } from './fold';
import { duplicateIdIndices } from './ids';
import * as maskModule from './mask';
import type { MaskTable } from './mask';
import * as namesModule from './names';
import * as normaliseModule from './normalise';
import { Normalised } from './normalise';
import { PatternPool } from './pattern';
import * as phraseModule from './phrase';
import type { PhraseError } from './phrase';
import * as resolveModule from './resolve';
import type { Match, Matcher, NormsInput, NormTerm } from './types';
import * as verifyModule from './verify';
import type { PatternTable } from './verify';

// Local copies: the hot loops read module constants, never an import binding (some loaders,
// tsx among them, compile imports to getter calls on the module object).
const F_ALLOW: number = verifyModule.F_ALLOW;
const F_COVERABLE: number = verifyModule.F_COVERABLE;
const F_PIECE: number = verifyModule.F_PIECE;
const F_NAMEABLE: number = verifyModule.F_NAMEABLE;
const F_ABBR: number = verifyModule.F_ABBR;
/** Hits hasMatch cannot answer alone: an allow phrase may cover them, or they are pieces. */
const F_DEFER = F_COVERABLE | F_PIECE;
const verify = verifyModule.verify;
const normaliseInto = normaliseModule.normaliseInto;
const resolve = resolveModule.resolve;
const uncovered = resolveModule.uncovered;
const chainPhrases = chainModule.chainPhrases;
const hasMask = maskModule.hasMask;
const maskCandidates = maskModule.maskCandidates;
const maskTable = maskModule.maskTable;
const isNameOrCode = namesModule.isNameOrCode;
const isPhrasePattern = phraseModule.isPhrasePattern;
const parsePattern = phraseModule.parsePattern;

/** Size figures of a compiled matcher, for benchmarks and diagnostics. */
export interface MatcherStats {
  terms: number;
  /** Searched forms: patterns, variants and their `l`→`i` forms, plus allow phrases. */
  patterns: number;
  /** Automaton states. */
  states: number;
  /** Bytes held by the automaton and the pattern tables. */
  bytes: number;
}

/**
 * Why compile left a term out: its id repeats an earlier term's, one of its forms has nothing
 * to match once normalised (`***`, only zero-width or combining characters), or its phrase
 * pattern is malformed (see phrase.ts). One bad term never stops the rest of the list.
 */
export type SkipReason = 'duplicateId' | 'nothingToMatch' | PhraseError;

/** A term compile left out, and why. */
export interface SkippedTerm {
  /** Index of the term in the input. */
  index: number;
  id: string;
  reason: SkipReason;
  /** The pattern or variant at fault (absent for a duplicate id). */
  form?: string;
}

/** What compile builds, before it is a matcher. */
export interface CompiledParts {
  pool: PatternPool;
  /** Patterns from here on are allow phrases. */
  termPatterns: number;
  automaton: Automaton;
  pieces: PieceTable;
  /** A pattern number of each term (-1 for a skipped term). */
  patternOfTerm: Int32Array;
  skipped: SkippedTerm[];
}

/**
 * Builds a matcher's parts one phase per step (see `compileInSteps`): the fold table, the
 * terms' forms, the allow phrases, the automaton. The phases are functions of their own (see
 * the Automaton constructor for why).
 */
function* partsInSteps(norms: NormsInput): Generator<void, CompiledParts, void> {
  const skipped: SkippedTerm[] = duplicateIdIndices(norms.terms).map((index) => ({
    index,
    id: norms.terms[index]!.id,
    reason: 'duplicateId',
  }));
  foldTables(); // decoded once per page or process: the first compile pays for it
  yield;
  const forms = termForms(norms, skipped);
  const pool = forms.pool;
  yield;
  const termPatterns = pool.count;
  for (const phrase of new Set(norms.allow ?? [])) pool.add(phrase, -1, false, pool.count);
  pool.trim();
  yield;
  skipped.sort((a, b) => a.index - b.index);
  return {
    pool,
    termPatterns,
    automaton: new Automaton(pool.symbols, pool.start, pool.length, pool.count),
    pieces: forms.pieces,
    patternOfTerm: forms.patternOfTerm,
    skipped,
  };
}

function finished<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A pool, sized for every form to come, holding the terms' searched forms (patterns, variants
 * and their derived forms; a phrase pattern's pieces flagged F_PIECE), the phrases, and the
 * terms left out (added to `skipped`, which holds the duplicate ids already).
 */
function termForms(norms: NormsInput, skipped: SkippedTerm[]): { pool: PatternPool; pieces: PieceTable; patternOfTerm: Int32Array } {
  const terms = norms.terms;
  // Pre-size the pool: a form per written pattern, variant and allow phrase, plus a few more
  // (joined words, `l` read as `i`: 1.25–1.4 forms and 1.35–1.65 symbols per written form
  // and code unit on the bench lists).
  let forms = 0;
  let units = 0;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    forms++;
    units += term.pattern.length;
    const variants = term.variants;
    if (variants !== undefined) {
      forms += variants.length;
      for (let v = 0; v < variants.length; v++) units += variants[v]!.length;
    }
  }
  for (const phrase of norms.allow ?? []) {
    forms++;
    units += phrase.length;
  }
  const pool = new PatternPool(Math.ceil(forms * 1.4) + 16, Math.ceil(units * 1.75) + 64);
  const phrases: CompiledPhrase[] = [];
  const pieceOf = new Map<number, number>();
  const patternOfTerm = new Int32Array(terms.length).fill(-1);
  let duplicate = 0;
  const duplicates = skipped.length;
  for (let t = 0; t < terms.length; t++) {
    if (duplicate < duplicates && skipped[duplicate]!.index === t) {
      duplicate++;
      continue;
    }
    const term = terms[t]!;
    const count = pool.count;
    const used = pool.used;
    const failure = addTerm(pool, term, t, phrases, pieceOf);
    if (failure === undefined) {
      patternOfTerm[t] = count;
      continue;
    }
    pool.truncate(count, used);
    for (const p of [...pieceOf.keys()]) if (p >= count) pieceOf.delete(p);
    while (phrases.length > 0 && phrases[phrases.length - 1]!.term === t) phrases.pop();
    skipped.push({ index: t, id: term.id, ...failure });
  }
  return { pool, pieces: { phrases, pieceOf }, patternOfTerm };
}

/**
 * Adds term `t`'s forms: its plain forms first (so phrase pieces, which are searched apart,
 * never hide a plain form of the term), then its phrases' pieces. Returns why it cannot be
 * compiled, or undefined.
 */
function addTerm(
  pool: PatternPool,
  term: NormTerm,
  t: number,
  phrases: CompiledPhrase[],
  pieceOf: Map<number, number>,
): { reason: SkipReason; form: string } | undefined {
  const whole = term.wholeWord !== false;
  const insultWords = term.category === 'insult' || term.category === 'profanity';
  const first = pool.count;
  const variants = term.variants;
  const count = variants === undefined ? 0 : variants.length;
  let phrased: { written: string; pieces: string[][]; gaps: number[] }[] | undefined;
  for (let v = -1; v < count; v++) {
    const written = v < 0 ? term.pattern : variants![v]!;
    if (!isPhrasePattern(written)) {
      // The common case, without the parser's objects (compile meets 100k forms at 50k terms).
      if (!pool.add(written, t, whole, first, 0, insultWords)) return { reason: 'nothingToMatch', form: written };
      continue;
    }
    const parsed = parsePattern(written);
    if (!parsed.ok) return { reason: parsed.error, form: written };
    const { pieces, gaps } = parsed.phrase;
    if (pieces.length > 1) {
      (phrased ??= []).push({ written, pieces, gaps });
      continue;
    }
    for (const form of pieces[0]!) {
      if (!pool.add(form, t, whole, first, 0, insultWords)) return { reason: 'nothingToMatch', form: written };
    }
  }
  for (const { written, pieces, gaps } of phrased ?? []) {
    const phrase = phrases.length;
    phrases.push({ term: t, pieces: pieces.length, gaps });
    for (let piece = 0; piece < pieces.length; piece++) {
      const from = pool.count;
      for (const form of pieces[piece]!) {
        if (!pool.add(form, t, whole, from, F_PIECE)) return { reason: 'nothingToMatch', form: written };
      }
      for (let p = from; p < pool.count; p++) pieceOf.set(p, phrase * 8 + piece);
    }
  }
  return undefined;
}

/**
 * A term pattern found inside an allow phrase may be suppressed by it; hasMatch must then
 * look at the whole text before answering: flags those patterns `F_COVERABLE`.
 */
function markCoverable(automaton: Automaton, pool: PatternPool, termPatterns: number, flags: Uint8Array): void {
  for (let a = termPatterns; a < pool.count; a++) {
    automaton.scan(pool.symbols, pool.start[a]!, pool.length[a]!, (p) => {
      if (!(flags[p]! & F_ALLOW)) flags[p] = flags[p]! | F_COVERABLE;
      return false;
    });
  }
}

/**
 * The matcher `compile` returns: the automaton of one norms list plus buffers reused between
 * calls (so one instance must not be shared between threads; it is not re-entrant).
 *
 * @example
 * const m = compile({ terms: [{ id: 'en.shit', pattern: 'shit', category: 'profanity', severity: 1 }] });
 * m.findAll('$hit happens'); // → [{ start: 0, end: 4, normId: 'en.shit', category: 'profanity', severity: 1 }]
 * m.hasMatch('shiitake'); // → false
 */
export class CompiledMatcher implements Matcher {
  /** The terms, in input order. */
  readonly terms: readonly NormTerm[];
  /** Every searched form's symbols, back to back; pattern p is at `patternStart[p]`, of
   * length `table.length[p]`. (Flat, so 50k terms cost a few arrays, not 100k objects.) */
  readonly patternSymbols: Int32Array;
  readonly patternStart: Int32Array;
  /** Term index per pattern (-1 for allow phrases). */
  readonly patternTerm: Int32Array;
  readonly table: PatternTable;
  readonly automaton: Automaton;
  /** The phrase patterns: which pattern is which piece of which phrase. */
  readonly pieces: PieceTable;
  /** A pattern number of each term (-1 for a skipped term). */
  readonly patternOfTerm: Int32Array;
  /**
   * The terms left out of this matcher, and why (duplicate id, nothing to match, a malformed
   * phrase pattern), in input order. Every other term is matched as usual.
   */
  readonly skipped: readonly SkippedTerm[];
  private masks: MaskTable | undefined;
  private readonly buffer = new Normalised();
  private readonly cands = new CandidateList();
  private readonly allows = new CandidateList();
  private readonly pieceHits = new CandidateList();
  private readonly hits = new HitList();
  private taken = new Uint8Array(64);

  /** @param parts what `compileInSteps` built for these norms (else built here, at once) */
  constructor(norms: NormsInput, parts: CompiledParts = finished(partsInSteps(norms))) {
    const { pool, termPatterns, automaton, pieces, patternOfTerm, skipped } = parts;
    this.terms = norms.terms;
    this.pieces = pieces;
    this.patternOfTerm = patternOfTerm;
    this.skipped = skipped;
    this.patternSymbols = pool.symbols;
    this.patternStart = pool.start;
    this.patternTerm = pool.term;
    this.table = { length: pool.length, flags: pool.flags, start: pool.start, minRun: pool.minRun };
    this.automaton = automaton;
    markCoverable(automaton, pool, termPatterns, this.table.flags);
  }

  /** See {@link Matcher.findAll}. */
  findAll(text: string): Match[] {
    const n = normaliseInto(text, this.buffer);
    this.collect(n, text);
    if (this.taken.length < n.length) this.taken = new Uint8Array(n.sym.length);
    return resolve(n, this, this.cands, this.allows, this.taken);
  }

  /** See {@link Matcher.hasMatch}. */
  hasMatch(text: string): boolean {
    const n = normaliseInto(text, this.buffer);
    const table = this.table;
    let deferred = false;
    const hit = this.automaton.scan(n.sym, 0, n.length, (p, end) => {
      const f = table.flags[p]!;
      if (f & F_ALLOW || !verify(n, table, p, end)) return false;
      if (f & F_NAMEABLE && isNameOrCode(text, n.start[end - table.length[p]! + 1]!, n.end[end]!, (f & F_ABBR) !== 0)) return false;
      if (f & F_DEFER) {
        deferred = true;
        return false;
      }
      return true;
    });
    if (hit) return true;
    if (!deferred) {
      // Only a masked word could still match: look for one before scanning again (`great!`
      // holds a mask character and no masked word).
      if (!hasMask(text)) return false;
      const masked = this.cands;
      masked.clear();
      maskCandidates(n, text, this.maskTable(), masked);
      if (masked.count === 0) return false;
    }
    this.collect(n, text);
    return uncovered(this.cands, this.allows).length > 0;
  }

  /** The forms masked letters may stand for (built at the first text that has a mask). */
  maskTable(): MaskTable {
    return (this.masks ??= maskTable(this.terms, this.patternOfTerm, (t) => this.patternOfTerm[t]! < 0));
  }

  /** Sizes, for benchmarks. */
  stats(): MatcherStats {
    const t = this.table;
    return {
      terms: this.terms.length,
      patterns: this.patternStart.length,
      states: this.automaton.states,
      bytes:
        this.automaton.byteSize() +
        t.length.byteLength +
        t.flags.byteLength +
        t.minRun.byteLength +
        this.patternTerm.byteLength +
        this.patternSymbols.byteLength +
        this.patternStart.byteLength,
    };
  }

  /** Fills `cands` and `allows` with the verified hits in `n` (normalised from `text`): the
   * terms' forms, phrases whose pieces chain, and masked words. */
  private collect(n: Normalised, text: string): void {
    const cands = this.cands;
    const allows = this.allows;
    const pieces = this.pieceHits;
    const table = this.table;
    const hits = this.hits;
    cands.clear();
    allows.clear();
    pieces.clear();
    this.automaton.scanAll(n.sym, n.length, hits);
    for (let h = 0; h < hits.count; h++) {
      const p = hits.pattern[h]!;
      const end = hits.end[h]!;
      if (!verify(n, table, p, end)) continue;
      const f = table.flags[p]!;
      const first = end - table.length[p]! + 1;
      if (f & F_NAMEABLE && isNameOrCode(text, n.start[first]!, n.end[end]!, (f & F_ABBR) !== 0)) continue;
      (f & F_ALLOW ? allows : f & F_PIECE ? pieces : cands).push(first, end, p);
    }
    if (pieces.count > 0) chainPhrases(n, text, pieces, this.pieces, cands);
    if (hasMask(text)) maskCandidates(n, text, this.maskTable(), cands);
  }
}

/**
 * Compiles `norms` a phase at a time: each `next()` runs one phase and the last returns the
 * matcher, the same one `compile` builds. For a caller that must not hold a page for a whole
 * compile: a page's first compile of the default lists runs before the optimiser has seen the
 * code, and in one piece it was a long task (~100 ms) at the first focus; in phases, each is a
 * fraction of it. Skips bad terms as `compile` does (see `CompiledMatcher.skipped`).
 *
 * @example
 * const steps = compileInSteps(norms);
 * const tick = () => { const s = steps.next(); if (s.done) use(s.value); else requestIdleCallback(tick); };
 * requestIdleCallback(tick);
 */
export function* compileInSteps(norms: NormsInput): Generator<void, CompiledMatcher, void> {
  const parts = yield* partsInSteps(norms);
  yield;
  return new CompiledMatcher(norms, parts);
}
