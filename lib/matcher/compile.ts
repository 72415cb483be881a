// compile(): norms → patterns → one automaton; the Matcher that runs it.
import { Automaton } from './automaton';
import { CandidateList } from './candidates';
import { Normalised, normaliseInto } from './normalise';
import { type PatternForm, patternForms } from './pattern';
import { resolve, uncovered } from './resolve';
import type { Match, Matcher, NormsInput, NormTerm } from './types';
import { F_ALLOW, F_COVERABLE, F_END_WORD, F_RUN, F_START_WORD, type PatternTable, verify } from './verify';

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
  private taken = new Uint8Array(64);

  constructor(norms: NormsInput) {
    const ids = new Set<string>();
    const forms: PatternForm[] = [];
    const owner: number[] = [];
    const flags: number[] = [];
    norms.terms.forEach((term, t) => {
      if (ids.has(term.id)) throw new Error(`matcher: duplicate norm id "${term.id}"`);
      ids.add(term.id);
      const found: PatternForm[] = [];
      for (const written of term.variants ? [term.pattern, ...term.variants] : [term.pattern]) {
        const some = patternForms(written);
        if (some.length === 0) {
          throw new Error(`matcher: norm "${term.id}": "${written}" has nothing to match once normalised`);
        }
        for (const form of some) found.push(form);
      }
      // Variants often normalise alike (傻B, 傻b): search each form once per term.
      const seen = found.length > 1 ? new Set<string>() : undefined;
      const whole = term.wholeWord !== false;
      for (const form of found) {
        if (seen) {
          const key = `${String.fromCodePoint(...form.symbols)}|${String.fromCharCode(...form.minRun)}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        forms.push(form);
        owner.push(t);
        flags.push(
          (whole && form.startsWord ? F_START_WORD : 0) |
            (whole && form.endsWord ? F_END_WORD : 0) |
            (form.hasRun ? F_RUN : 0),
        );
      }
    });
    const termPatterns = forms.length;
    for (const phrase of new Set(norms.allow ?? [])) {
      const form = patternForms(phrase)[0];
      if (!form) continue;
      forms.push(form);
      owner.push(-1);
      flags.push(F_ALLOW | (form.hasRun ? F_RUN : 0));
    }

    this.terms = norms.terms;
    let total = 0;
    const patternStart = new Int32Array(forms.length);
    for (let i = 0; i < forms.length; i++) {
      patternStart[i] = total;
      total += forms[i]!.symbols.length;
    }
    const patternSymbols = new Int32Array(total);
    for (let i = 0; i < forms.length; i++) patternSymbols.set(forms[i]!.symbols, patternStart[i]);
    this.patternSymbols = patternSymbols;
    this.patternStart = patternStart;
    this.patternTerm = Int32Array.from(owner);
    const runOffset = new Int32Array(forms.length).fill(-1);
    let runs = 0;
    forms.forEach((f, i) => {
      if (f.hasRun) {
        runOffset[i] = runs;
        runs += f.minRun.length;
      }
    });
    const minRun = new Uint16Array(runs);
    forms.forEach((f, i) => {
      if (f.hasRun) minRun.set(f.minRun, runOffset[i]);
    });
    this.table = {
      length: new Int32Array(forms.map((f) => f.symbols.length)),
      flags: Uint8Array.from(flags),
      runOffset,
      minRun,
    };
    this.automaton = new Automaton(forms.map((f) => f.symbols), total);

    // A term pattern found inside an allow phrase may be suppressed by it; hasMatch must then
    // look at the whole text before answering.
    const table = this.table;
    for (let a = termPatterns; a < forms.length; a++) {
      const symbols = forms[a]!.symbols;
      this.automaton.scan(symbols, symbols.length, (p) => {
        if (!(table.flags[p]! & F_ALLOW)) table.flags[p] = table.flags[p]! | F_COVERABLE;
        return false;
      });
    }
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
    const hit = this.automaton.scan(n.sym, n.length, (p, end) => {
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
        t.runOffset.byteLength +
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
    cands.clear();
    allows.clear();
    this.automaton.scan(n.sym, n.length, (p, end) => {
      if (verify(n, table, p, end)) {
        (table.flags[p]! & F_ALLOW ? allows : cands).push(end - table.length[p]! + 1, end, p);
      }
      return false;
    });
  }
}
