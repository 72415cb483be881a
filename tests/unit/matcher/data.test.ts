// Data is code: the traditional → simplified table is checked like code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { T2S_PAIRS } from '../../../lib/matcher/data/t2s';
import { buildFoldTables, foldTables } from '../../../lib/matcher/fold';
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

describe('the shipped fold table (data/fold-table.ts)', () => {
  const shipped = foldTables();
  const built = buildFoldTables();
  // The table was generated on the Unicode version its header names. Under another one, the
  // engine's rules differ for characters that version added or changed, not for the ones below.
  const generatedOn = /Unicode ([\d.]+)/.exec(readFileSync(new URL('../../../lib/matcher/data/fold-table.ts', import.meta.url), 'utf8'))![1];
  const differing = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let c = from; c < to; c++) {
      if (shipped.fold[c] !== built.fold[c] || shipped.cls[c] !== built.cls[c] || shipped.info[c] !== built.info[c]) out.push(`U+${c.toString(16)}`);
    }
    return out;
  };

  it('folds ASCII, Latin, full-width forms and CJK exactly as the rules do', () => {
    for (const [from, to] of [[0, 0x250], [0x3000, 0x3040], [0x3400, 0x4dc0], [0x4e00, 0xa000], [0xac00, 0xd7a4], [0xff00, 0xfff0]] as const) {
      expect(differing(from, to), 'regenerate: npx tsx lib/matcher/data/generate-fold.ts').toEqual([]);
    }
    expect(shipped.leet).toEqual(built.leet);
  });

  it('is the rules\' table for every code unit on the Unicode version it was generated on', () => {
    const diff = differing(0, 65536);
    if (generatedOn !== process.versions.unicode) {
      // Another Node: only characters one of the two Unicode versions added or changed differ.
      expect(diff.length, `generated on Unicode ${generatedOn}, this Node has ${process.versions.unicode}: regenerate`).toBeLessThan(300);
      return;
    }
    expect(diff, 'regenerate: npx tsx lib/matcher/data/generate-fold.ts').toEqual([]);
    expect([...shipped.multi].sort((a, b) => a[0] - b[0])).toEqual([...built.multi].sort((a, b) => a[0] - b[0]));
  });
});
