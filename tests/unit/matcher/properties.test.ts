// Property tests: offsets always land inside the text on code point boundaries, the automaton
// returns exactly what a naive scan over the same normalisation returns, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import { normalise } from '../../../lib/matcher/normalise';
import { referenceNormalise } from '../../../lib/matcher/normalise-reference';
import { referenceFindAll } from '../../../lib/matcher/reference';
import type { NormTerm } from '../../../lib/matcher/types';
import { norms } from './fixtures';

// Characters that exercise every rule: letters of the terms, leet, repeats, separators,
// invisible characters, full-width, traditional, astral and combining characters.
const pieces = [
  'a', 's', 'b', 'i', 'l', 'k', 't', 'n', 'm', 'h', 'f', 'u', 'c',
  '1', '0', '5', '$', '@', '!', '|',
  ' ', '.', '*', '\n', '-', '\u200B', '\u0301', '\uFE0F',
  'Ｓ', 'Ｂ', 'ﬁ', '①', '𝐟', '😀', '🖕', '\uD83D', '\uDE00',
  '傻', '逼', '你', '妈', '媽', '死', '了', '操', '作', '日', '本', '草', '地', '废', '廢', '物',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
const word = fc
  .array(fc.constantFrom(...pieces.filter((p) => p.trim() !== '' && !/[\u200B\u0301\uFE0F\uD83D\uDE00]/.test(p))), {
    minLength: 1,
    maxLength: 4,
  })
  .map((xs) => xs.join(''));

const randomNorms = fc.record({
  words: fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
  severities: fc.array(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, { minLength: 8, maxLength: 8 }),
  allow: fc.array(word, { maxLength: 3 }),
  wholeWord: fc.boolean(),
});

function safeCompile(words: string[], severities: Array<1 | 2 | 3>, allow: string[], wholeWord: boolean) {
  const terms: NormTerm[] = words.map((pattern, i) => ({
    id: `t${i}`,
    pattern,
    category: 'insult',
    severity: severities[i % severities.length]!,
    wholeWord,
  }));
  try {
    return compile({ terms, allow });
  } catch {
    return undefined; // a random word may normalise to nothing, e.g. `$`
  }
}

describe('matcher properties', () => {
  const fixed = compile(norms);

  it('offsets are inside the text, ordered, non-overlapping and on code point boundaries', () => {
    fc.assert(
      fc.property(text, (t) => {
        const matches = fixed.findAll(t);
        let last = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          for (const at of [m.start, m.end]) {
            const before = t.charCodeAt(at - 1);
            const after = t.charCodeAt(at);
            const splits = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
            expect(splits).toBe(false);
          }
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the automaton returns exactly what the naive reference scan returns (fixed norms)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(fixed.findAll(t)).toEqual(referenceFindAll(fixed, t));
        expect(fixed.hasMatch(t)).toBe(referenceFindAll(fixed, t).length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('the automaton returns exactly what the naive reference scan returns (random norms)', () => {
    fc.assert(
      fc.property(randomNorms, fc.array(text, { minLength: 1, maxLength: 5 }), ({ words, severities, allow, wholeWord }, texts) => {
        const m = safeCompile(words, severities, allow, wholeWord);
        if (!m) return;
        for (const t of [...texts, words.join(' '), words.join('')]) {
          expect(m.findAll(t)).toEqual(referenceFindAll(m, t));
          expect(m.hasMatch(t)).toBe(referenceFindAll(m, t).length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('allow phrases around the terms suppress exactly what the reference suppresses', () => {
    // Phrases that contain the terms (often more than once, or one term inside another's
    // phrase), and drafts made of phrases, terms and noise: random words rarely make these.
    const norms = fc.record({
      words: fc.uniqueArray(word, { minLength: 1, maxLength: 4 }),
      affixes: fc.array(fc.tuple(word, word, fc.nat(3)), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(norms, fc.array(fc.nat(20), { minLength: 1, maxLength: 8 }), text, ({ words, affixes }, picks, noise) => {
        const allow = affixes.map(([before, after, w]) => `${before}${words[w % words.length]}${after}`);
        const m = safeCompile(words, [2, 3, 1], allow, false);
        if (!m) return;
        const parts = [...allow, ...words, noise, ' '];
        const t = picks.map((i) => parts[i % parts.length]).join('');
        expect(m.findAll(t)).toEqual(referenceFindAll(m, t));
        expect(m.hasMatch(t)).toBe(referenceFindAll(m, t).length > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('the streaming normaliser agrees with the look-ahead reference, entry by entry', () => {
    const entries = (t: string, n: ReturnType<typeof normalise>) =>
      Array.from({ length: n.length }, (_, i) => [n.sym[i], n.start[i], n.end[i], n.run[i], n.leet[i], n.kind[i]]);
    fc.assert(
      fc.property(text, (t) => {
        expect(entries(t, normalise(t))).toEqual(entries(t, referenceNormalise(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        expect(() => fixed.findAll(t)).not.toThrow();
        expect(() => fixed.hasMatch(t)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
