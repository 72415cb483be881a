// compile(): norms → patterns → one automaton; the Matcher that runs it.
import { Automaton } from './automaton';
import { CandidateList, HitList } from './candidates';
import { foldTables } from './fold';
import { firstDuplicateId } from './ids';
import * as normaliseModule from './normalise';
import { Normalised } from './normalise';
import { PatternPool } from './pattern';
import * as resolveModule from './resolve';
import type { Match, Matcher, NormsInput, NormTerm } from './types';
import * as verifyModule from './verify';
import type { PatternTable } from './verify';

// Local copies: the hot loops read module constants, never an import binding (some loaders,
// tsx among them, compile imports to getter calls on the module object).
const F_ALLOW: number = verifyModule.F_ALLOW;
const F_COVERABLE: number = verifyModule.F_COVERABLE;
const verify = verifyModule.verify;
const normaliseInto = normaliseModule.normaliseInto;
const resolve = resolveModule.resolve;
const uncovered = resolveModule.uncovered;

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

/** What compile builds, before it is a matcher. */
export interface CompiledParts {
  pool: PatternPool;
  /** Patterns from here on are allow phrases. */
  termPatterns: number;
  automaton: Automaton;
}

/**
 * Builds a matcher's parts one phase per step (see `compileInSteps`): the fold table, the
 * terms' forms, the allow phrases, the automaton. The phases are functions of their own (see
 * the Automaton constructor for why).
 */
function* partsInSteps(norms: NormsInput): Generator<void, CompiledParts, void> {
  const duplicate = firstDuplicateId(norms.terms);
  if (duplicate !== undefined) throw new Error(`matcher: duplicate norm id "${duplicate}"`);
  foldTables(); // decoded once per page or process: the first compile pays for it
  yield;
  const pool = termForms(norms);
  yield;
  const termPatterns = pool.count;
  for (const phrase of new Set(norms.allow ?? [])) pool.add(phrase, -1, false, pool.count);
  pool.trim();
  yield;
  return { pool, termPatterns, automaton: new Automaton(pool.symbols, pool.start, pool.length, pool.count) };
}

function finished<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A pool, sized for every form to come, holding the terms' searched forms (patterns, variants
 * and their derived forms). Throws when a written form has nothing to match.
 */
function termForms(norms: NormsInput): PatternPool {
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
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    const whole = term.wholeWord !== false;
    const first = pool.count;
    const variants = term.variants ?? [];
    for (let v = -1; v < variants.length; v++) {
      const written = v < 0 ? term.pattern : variants[v]!;
      if (!pool.add(written, t, whole, first)) {
        throw new Error(`matcher: norm "${term.id}": "${written}" has nothing to match once normalised`);
      }
    }
  }
  return pool;
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
  private readonly buffer = new Normalised();
  private readonly cands = new CandidateList();
  private readonly allows = new CandidateList();
  private readonly hits = new HitList();
  private taken = new Uint8Array(64);

  /** @param parts what `compileInSteps` built for these norms (else built here, at once) */
  constructor(norms: NormsInput, parts: CompiledParts = finished(partsInSteps(norms))) {
    const { pool, termPatterns, automaton } = parts;
    this.terms = norms.terms;
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
    this.collect(n);
    if (this.taken.length < n.length) this.taken = new Uint8Array(n.sym.length);
    return resolve(n, this, this.cands, this.allows, this.taken);
  }

  /** See {@link Matcher.hasMatch}. */
  hasMatch(text: string): boolean {
    const n = normaliseInto(text, this.buffer);
    const table = this.table;
    let coverable = false;
    const hit = this.automaton.scan(n.sym, 0, n.length, (p, end) => {
      const f = table.flags[p]!;
      if (f & F_ALLOW || !verify(n, table, p, end)) return false;
      if (f & F_COVERABLE) {
        coverable = true;
        return false;
      }
      return true;
    });
    if (hit) return true;
    if (!coverable) return false;
    this.collect(n);
    return uncovered(this.cands, this.allows).length > 0;
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

  /** Fills `cands` and `allows` with the verified hits in `n`. */
  private collect(n: Normalised): void {
    const cands = this.cands;
    const allows = this.allows;
    const table = this.table;
    const hits = this.hits;
    cands.clear();
    allows.clear();
    this.automaton.scanAll(n.sym, n.length, hits);
    for (let h = 0; h < hits.count; h++) {
      const p = hits.pattern[h]!;
      const end = hits.end[h]!;
      if (verify(n, table, p, end)) {
        (table.flags[p]! & F_ALLOW ? allows : cands).push(end - table.length[p]! + 1, end, p);
      }
    }
  }
}

/**
 * Compiles `norms` a phase at a time: each `next()` runs one phase and the last returns the
 * matcher, the same one `compile` builds. For a caller that must not hold a page for a whole
 * compile: a page's first compile of the default lists runs before the optimiser has seen the
 * code, and in one piece it was a long task (~100 ms) at the first focus; in phases, each is a
 * fraction of it. Throws (at the first step) as `compile` does.
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
