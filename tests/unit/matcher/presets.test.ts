// The shipped presets compile with the matcher, alone and merged.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import { mergePresets, presets } from '../../../lib/norms/presets';

describe('shipped presets', () => {
  it.each(Object.keys(presets))('%s compiles', (id) => {
    const matcher = compile(mergePresets([id]));
    expect(matcher.stats().patterns).toBeGreaterThan(0);
  });

  it('all presets merged compile, and stay quiet on plain text', () => {
    const matcher = compile(mergePresets(Object.keys(presets)));
    expect(matcher.findAll('Thanks for the class today, see you tomorrow. 今天天气很好，我们去公园散步吧。')).toEqual([]);
  });
});
