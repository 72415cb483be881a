import { describe, expect, it } from 'vitest';
import { en, localeFor, zhCN } from '@/lib/i18n/messages';

describe('messages', () => {
  it('has the same keys in zh-CN and en, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zhCN]) {
      for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
    }
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('picks %s → %s', (tag, locale) => {
    expect(localeFor(tag)).toBe(locale);
  });
});
