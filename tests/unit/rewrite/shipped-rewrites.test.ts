// The presets' phrase rewrites are data, checked like the terms: every category has them in
// both languages, every phrase parses, and every kinder phrase is in its language and is
// itself flagged by no preset.
import { describe, expect, it } from 'vitest';
import { compile } from '@/lib/matcher';
import { categories } from '@/lib/norms/format';
import { mergePresets, presets } from '@/lib/norms/presets';
import { shippedRewrites, termRewrites } from '@/lib/norms/presets/rewrites';
import { listHeaderProblems } from '@/lib/norms/validate';
import { parsePhrase } from '@/lib/rewrite';
import { fitsLanguage } from '@/lib/rewrite/script';

const everything = compile(mergePresets(Object.keys(presets)));
const all = [...Object.values(shippedRewrites).flat(), ...Object.values(termRewrites).flat()];

describe('shipped phrase rewrites', () => {
  it.each(categories)('cover %s in Chinese and English, with two or three alternatives', (category) => {
    const rewrites = shippedRewrites[category] ?? [];
    for (const lang of ['zh', 'en'] as const) {
      const mine = rewrites.filter((rewrite) => rewrite.lang === lang);
      expect(mine.length).toBeGreaterThan(0);
      // The phrase rewrites that replace something (not only leave a name out) offer a choice.
      expect(mine.filter((rewrite) => rewrite.instead.some((text) => text !== '')).every((rewrite) => rewrite.instead.length >= 2 && rewrite.instead.length <= 3)).toBe(true);
    }
  });

  it.each(all.map((rewrite) => [rewrite.lang, rewrite.phrase, rewrite] as const))('%s "%s" parses, and says nothing a preset flags', (_lang, _phrase, rewrite) => {
    expect(parsePhrase(rewrite.phrase)).not.toBeNull();
    for (const text of rewrite.instead) {
      const words = text.replace('{suggestion}', '');
      expect(fitsLanguage(words, rewrite.lang), text).toBe(true);
      expect(everything.findAll(words), text).toEqual([]);
    }
  });

  it('are carried by every shipped preset, as the format allows', () => {
    for (const preset of Object.values(presets)) {
      expect(preset.rewrites).toBe(shippedRewrites);
      expect(listHeaderProblems(preset as unknown as Record<string, unknown>)).toEqual([]);
    }
  });

  it('every suggestion in the presets is flagged by none of them, so a rewrite needs no nudge', () => {
    for (const preset of Object.values(presets)) {
      for (const term of preset.terms) {
        for (const text of [term.suggestion?.['zh-CN'], term.suggestion?.en]) expect(everything.findAll(text ?? ''), `${term.id}: ${text}`).toEqual([]);
      }
    }
  });

  it('every preset suggestion is written in the language of its key, so a draft gets one in its own', () => {
    for (const preset of Object.values(presets)) {
      for (const term of preset.terms) {
        expect(fitsLanguage(term.suggestion?.['zh-CN'] ?? '', 'zh'), `${term.id}: ${term.suggestion?.['zh-CN']}`).toBe(true);
        expect(fitsLanguage(term.suggestion?.en ?? '', 'en'), `${term.id}: ${term.suggestion?.en}`).toBe(true);
      }
    }
  });
});
