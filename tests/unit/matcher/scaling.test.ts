// Linear time by behaviour, not by the clock: the same work on 64× the text must cost far less
// than quadratic (4,096×). Each size is measured as the best of several runs (CPU time). The
// bound, 1,024× (16× the linear ratio), leaves room for the garbage collector: dense overlaps
// make ~200k match objects at 1 MB and its share grows with them (measured ~350× on a quiet
// 2-core box; with a 10× size step the GC alone once pushed a 50× bound over under load). A wide
// size ratio keeps linear and quadratic far apart, so neither load nor GC makes this flaky.
// Speed targets live in npm run bench.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import { norms } from './fixtures';

const matcher = compile(norms);

function cpuMs(f: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

function text(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('work grows linearly with the text', () => {
  it.each([
    ['mixed prose', 'I disagree with the class assessment, 我们再讨论一下这个方案。 '],
    ['dense matches', '傻逼 f.u.c.k $hit 你妈死了 '],
    ['dense overlaps', '你妈你妈你妈妈'],
    ['one long word', 'a'],
    ['spelled out', 'f u c k s b '],
    ['separators only', ' .*. '],
  ])('%s: 1 MB costs at most 1,024× 16 KB (quadratic: 4,096×)', (_, unit) => {
    const small = text(unit, 16 * 1024);
    const large = text(unit, 1024 * 1024);
    for (let i = 0; i < 5; i++) matcher.findAll(small); // warm up
    const a = cpuMs(() => matcher.findAll(small), 20);
    const b = cpuMs(() => matcher.findAll(large), 3);
    expect(matcher.findAll(large).length).toBeGreaterThanOrEqual(matcher.findAll(small).length);
    // cpuUsage has microsecond resolution; 0.1 ms keeps a tiny small-text time from shrinking the bound.
    expect(b).toBeLessThan(1024 * Math.max(a, 0.1));
  });
});

describe('phrases and masks grow linearly too', () => {
  const phrased = compile({
    terms: [
      { id: 'niu', pattern: '牛…牛逼', category: 'insult', severity: 2 },
      { id: 'go', pattern: 'go … die', category: 'self-harm', severity: 3 },
      { id: 'fuck', pattern: 'fuck', category: 'profanity', severity: 1 },
    ],
  });
  it.each([
    ['a one-character piece everywhere', '牛牛牛牛牛牛牛牛逼，'],
    ['a first piece whose second is out of reach', '牛牛牛牛牛牛牛牛。牛逼。'],
    ['pieces that never chain', 'go go go go go. '],
    ['masked words', 'f*ck f**k f@ck wow! '],
  ])('%s: 1 MB costs at most 1,024× 16 KB', (_, unit) => {
    const small = text(unit, 16 * 1024);
    const large = text(unit, 1024 * 1024);
    for (let i = 0; i < 5; i++) phrased.findAll(small);
    const a = cpuMs(() => phrased.findAll(small), 20);
    const b = cpuMs(() => phrased.findAll(large), 3);
    expect(b).toBeLessThan(1024 * Math.max(a, 0.1));
  });
});
