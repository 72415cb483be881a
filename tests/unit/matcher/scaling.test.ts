// Linear time by behaviour, not by the clock: the same work on 10× the text costs about 10×.
// Each size is measured as the best of several runs (CPU time), and the bound is generous
// (quadratic would be 100×), so a busy machine does not make it flaky. Dense overlaps make a
// million match objects at 1 MB, and the garbage collector's share grows with them (measured
// 24× on a loaded 2-core box), hence 50× rather than a tighter bound. Speed targets live in
// npm run bench.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import { norms } from './fixtures';

const matcher = compile(norms);

function cpuMs(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
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
  ])('%s: 1 MB costs at most 50× 100 KB', (_, unit) => {
    const small = text(unit, 100 * 1024);
    const large = text(unit, 1024 * 1024);
    matcher.findAll(small); // warm up
    const a = cpuMs(() => matcher.findAll(small));
    const b = cpuMs(() => matcher.findAll(large));
    expect(matcher.findAll(large).length).toBeGreaterThanOrEqual(matcher.findAll(small).length);
    expect(b).toBeLessThan(50 * Math.max(a, 1));
  });
});
