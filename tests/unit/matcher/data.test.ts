// Data is code: the traditional → simplified table is checked like code.
import { describe, expect, it } from 'vitest';
import { T2S_PAIRS } from '../../../lib/matcher/data/t2s';
import { normalise } from '../../../lib/matcher';

const pairs = Array.from({ length: T2S_PAIRS.length / 2 }, (_, i) => [T2S_PAIRS[2 * i]!, T2S_PAIRS[2 * i + 1]!] as const);

describe('traditional → simplified table', () => {
  it('holds pairs of Han characters, no key twice, no chains, no identity', () => {
    expect(T2S_PAIRS.length % 2).toBe(0);
    expect(pairs.length).toBeGreaterThan(800);
    const keys = new Set(pairs.map(([t]) => t));
    expect(keys.size).toBe(pairs.length);
    for (const [t, s] of pairs) {
      expect(t).toMatch(/^\p{Script=Han}$/u);
      expect(s).toMatch(/^\p{Script=Han}$/u);
      expect(t).not.toBe(s);
      expect(keys.has(s)).toBe(false);
    }
  });

  it.each([...'廢嗎媽蠢豬賤們屍殺罵雞貨腦殘噁醜東條國'])('folds %s', (t) => {
    const n = normalise(t);
    const folded = String.fromCodePoint(n.sym[0]!);
    expect(folded).toMatch(/^\p{Script=Han}$/u);
    // The folded character is simplified: folding it again changes nothing.
    expect(String.fromCodePoint(normalise(folded).sym[0]!)).toBe(folded);
  });

  it.each([
    ['廢物', '废物'],
    ['嗎', '吗'],
    ['媽', '妈'],
    ['豬', '猪'],
    ['雞', '鸡'],
    ['醜', '丑'],
    ['國', '国'],
  ])('%s → %s', (t, s) => {
    const n = normalise(t);
    expect(String.fromCodePoint(...n.sym.subarray(0, n.length))).toBe(s);
  });
});
