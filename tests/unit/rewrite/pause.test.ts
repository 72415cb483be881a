import { describe, expect, it } from 'vitest';
import { pauseOffer } from '@/lib/rewrite';
import { shippedMatcher, shippedNorms } from './norms-for-tests';

describe('pauseOffer', () => {
  it('lists each flagged phrase with its best kinder wording, and the draft with all of them in', () => {
    const text = 'shut up, fatso';
    const { items, all } = pauseOffer(text, shippedMatcher.findAll(text), shippedNorms);
    expect(items.map((item) => [item.flag.normId, item.phrase, item.best?.insert])).toEqual([
      ['en.shutup', 'shut up', "Let's leave it here"],
      ['en.fatass', ', fatso', ''],
    ]);
    expect(all.text).toBe("Let's leave it here");
  });

  it('says when a flag has no kinder wording in the draft’s language, and leaves it as it is', () => {
    const text = 'what a ninny';
    const flags = [{ start: 7, end: 12, normId: 'x.ninny', category: 'insult' as const }];
    const { items, all } = pauseOffer(text, flags, { terms: [{ id: 'x.ninny', category: 'insult', suggestion: { 'zh-CN': '我不同意' } }] });
    expect(items).toEqual([{ flag: flags[0], phrase: 'ninny', best: null }]);
    expect(all).toEqual({ text, edits: [] });
  });

  it('previews each phrase’s rewrite in the whole Chinese draft', () => {
    const text = '卧槽，你这个傻逼';
    const { items } = pauseOffer(text, shippedMatcher.findAll(text), shippedNorms);
    expect(items.map((item) => item.best?.preview)).toEqual(['天哪，你这个傻逼', '卧槽，我不太认同你']);
  });
});
