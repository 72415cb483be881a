// The public API: what a match carries, offsets in the original text, overlap resolution,
// hasMatch agreeing with findAll, and programmer errors.
import { describe, expect, it } from 'vitest';
import { compile, compileInSteps, normalise } from '../../../lib/matcher';
import type { NormTerm } from '../../../lib/matcher/types';
import { norms } from './fixtures';

const term = (id: string, pattern: string, severity: 1 | 2 | 3, extra: Partial<NormTerm> = {}): NormTerm => ({
  id,
  pattern,
  category: 'insult',
  severity,
  ...extra,
});

describe('findAll', () => {
  const matcher = compile(norms);

  it('returns offsets in the original text, with id, category, severity and suggestion', () => {
    const text = '嗯，你个傻 * 逼！';
    expect(matcher.findAll(text)).toEqual([
      {
        start: 4,
        end: 9,
        normId: 'zh.shabi',
        category: 'insult',
        severity: 2,
        suggestion: { 'zh-CN': '换个说法', en: 'Say it another way' },
      },
    ]);
    expect(text.slice(4, 9)).toBe('傻 * 逼');
  });

  it('counts offsets in UTF-16 code units around astral characters', () => {
    const text = '😀😀 𝐟𝐮𝐜𝐤 😀';
    const [m] = matcher.findAll(text);
    expect(m).toMatchObject({ start: 5, end: 13, normId: 'en.fuck' });
    expect(text.slice(m!.start, m!.end)).toBe('𝐟𝐮𝐜𝐤');
  });

  it('returns every match, sorted by start', () => {
    const text = 'fuck you, 傻逼, and $hit, 你这个废物';
    expect(matcher.findAll(text).map((m) => [m.normId, text.slice(m.start, m.end)])).toEqual([
      ['en.fuck', 'fuck'],
      ['zh.shabi', '傻逼'],
      ['en.shit', '$hit'],
      ['zh.feiwu', '废物'],
    ]);
  });

  it('resolves overlaps to the longest match', () => {
    // 你妈 (2), 你妈死了 (4): the longer wins; 操你妈 vs 你妈: the longer wins.
    expect(matcher.findAll('你妈死了').map((m) => m.normId)).toEqual(['zh.nmsl']);
    expect(matcher.findAll('操你妈').map((m) => m.normId)).toEqual(['zh.cnm']);
    expect(matcher.findAll('asshole').map((m) => m.normId)).toEqual(['en.asshole']);
  });

  it('resolves overlaps of equal length to the most severe match', () => {
    const m = compile({ terms: [term('mild', '傻瓜', 1), term('harsh', '瓜皮', 3)] });
    expect(m.findAll('傻瓜皮').map((x) => x.normId)).toEqual(['harsh']);
    const same = compile({ terms: [term('a', '笨蛋', 1), term('b', '笨蛋', 2)] });
    expect(same.findAll('笨蛋').map((x) => x.normId)).toEqual(['b']);
  });

  it('keeps non-overlapping neighbours after resolving a cluster', () => {
    const m = compile({ terms: [term('ab', '甲乙', 1), term('bc', '乙丙', 2), term('cd', '丙丁', 1)] });
    // 甲乙丙丁: all three overlap in a chain; all have length 2, bc is most severe and wins,
    // which blocks both neighbours.
    expect(m.findAll('甲乙丙丁').map((x) => x.normId)).toEqual(['bc']);
    expect(m.findAll('甲乙，丙丁').map((x) => x.normId)).toEqual(['ab', 'cd']);
  });

  it('matches inside words when a term says wholeWord: false', () => {
    const m = compile({ terms: [term('part', 'shit', 1, { wholeWord: false })] });
    expect(m.findAll('bullshitter').map((x) => x.normId)).toEqual(['part']);
    expect(compile({ terms: [term('whole', 'shit', 1)] }).findAll('bullshitter')).toEqual([]);
  });

  it('handles terms of several words and a term written with separators', () => {
    expect(matcher.findAll('just kill   yourself').map((x) => x.normId)).toEqual(['en.kys']);
    const m = compile({ terms: [term('spaced', 's b', 2)] });
    expect(m.findAll('你是sb').map((x) => x.normId)).toEqual(['spaced']);
  });

  it('returns nothing for empty and separator-only text', () => {
    expect(matcher.findAll('')).toEqual([]);
    expect(matcher.findAll(' .*. \n ')).toEqual([]);
  });

  it('can be called repeatedly: buffers are reused without leaking state', () => {
    const long = `${'傻逼 '.repeat(500)}end`;
    expect(matcher.findAll(long)).toHaveLength(500);
    expect(matcher.findAll('ok')).toEqual([]);
    expect(matcher.findAll('傻逼')).toHaveLength(1);
  });
});

describe('hasMatch', () => {
  const matcher = compile(norms);

  it.each(['傻逼', 'f.u.c.k', '你妈妈 你妈', '操作 操', 'fine', '操作', '日本', '', 'USB'])(
    'agrees with findAll: %s',
    (text) => {
      expect(matcher.hasMatch(text)).toBe(matcher.findAll(text).length > 0);
    },
  );
});

describe('compile', () => {
  it('skips a term whose id repeats an earlier one, and reports it', () => {
    const m = compile({ terms: [term('x', 'apple', 1), term('x', 'pear', 1)] });
    expect(m.skipped).toEqual([{ index: 1, id: 'x', reason: 'duplicateId' }]);
    expect(m.findAll('apple pear').map((x) => x.normId)).toEqual(['x']);
    expect(m.findAll('pear')).toEqual([]);
  });

  it('skips a term with nothing to match, and still checks every other term', () => {
    const m = compile({
      terms: [term('stars', '***', 1), term('v', 'ok', 1, { variants: [' '] }), term('zw', '\u200b\u0301', 1), term('idiot', 'idiot', 2)],
    });
    expect(m.skipped).toEqual([
      { index: 0, id: 'stars', reason: 'nothingToMatch', form: '***' },
      { index: 1, id: 'v', reason: 'nothingToMatch', form: ' ' },
      { index: 2, id: 'zw', reason: 'nothingToMatch', form: '\u200b\u0301' },
    ]);
    // The bad term's good pattern is not half-added either.
    expect(m.findAll('ok, you idiot').map((x) => x.normId)).toEqual(['idiot']);
    expect(m.hasMatch('ok')).toBe(false);
  });

  it('skips a malformed phrase pattern, naming the fault', () => {
    const m = compile({ terms: [term('open', 'go (away', 1), term('edge', '… die', 1), term('ok', 'go … die', 3)] });
    expect(m.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['open', 'unclosedGroup'],
      ['edge', 'gapAtEdge'],
    ]);
    expect(m.findAll('just go and die').map((x) => x.normId)).toEqual(['ok']);
  });

  it('ignores empty allow phrases and accepts an empty list', () => {
    expect(compile({ terms: [], allow: ['', '  '] }).findAll('anything')).toEqual([]);
  });

  it('compiles a phase at a time, to the same matcher', () => {
    const steps = compileInSteps(norms);
    let step = steps.next();
    let phases = 1;
    while (!step.done) {
      step = steps.next();
      phases++;
    }
    expect(phases).toBeGreaterThanOrEqual(4);
    const stepped = step.value;
    const whole = compile(norms);
    expect(stepped.stats()).toEqual(whole.stats());
    for (const text of ['你个傻 * 逼', 'f.u.c.k you', '操作 操你妈', '垃圾分类 垃圾', 'USB cable', '']) {
      expect(stepped.findAll(text)).toEqual(whole.findAll(text));
      expect(stepped.hasMatch(text)).toBe(whole.hasMatch(text));
    }
  });

  it('compiling in phases skips the same terms as compile', () => {
    const input = { terms: [term('x', 'a', 1), term('x', 'b', 1), term('s', '***', 1)] };
    const steps = compileInSteps(input);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.skipped).toEqual(compile(input).skipped);
  });

  it('reports its size', () => {
    const stats = compile(norms).stats();
    expect(stats.terms).toBe(norms.terms.length);
    expect(stats.patterns).toBeGreaterThan(norms.terms.length);
    expect(stats.bytes).toBeGreaterThan(0);
  });
});

describe('normalise', () => {
  const folded = (text: string): string => {
    const n = normalise(text);
    return String.fromCodePoint(...n.sym.subarray(0, n.length));
  };

  it.each([
    ['ＡＢＣ', 'abc'],
    ['廢物', '废物'],
    ['f.u.c.k', 'fuck'],
    ['is this hit', 'is this hit'],
    ['傻 * 逼', '傻逼'],
    ['fuuuck', 'fuck'],
    ['a\u200Bb', 'ab'],
    ['idiot!!', 'idiot'],
    ['$5', '5'],
    ['a\n b', 'a b'], // a line break is never skipped
  ])('%s → %s', (text, expected) => {
    expect(folded(text)).toBe(expected);
  });

  it('maps each entry back to the original characters', () => {
    const n = normalise('ｆｕｕｕｃｋ');
    expect(Array.from(n.start.subarray(0, n.length))).toEqual([0, 1, 4, 5]);
    expect(Array.from(n.end.subarray(0, n.length))).toEqual([1, 4, 5, 6]);
    expect(Array.from(n.run.subarray(0, n.length))).toEqual([1, 3, 1, 1]);
  });
});
