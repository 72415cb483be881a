import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The extension's name and description in the browser's list and the stores come from
// public/_locales (the manifest says __MSG_key__); both languages need every key.
const read = (locale: string): Record<string, { message: string; description?: string }> =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

describe('manifest locales', () => {
  const en = read('en');
  const zhCN = read('zh_CN');

  it('has the same keys in en and zh_CN, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zhCN]) for (const { message } of Object.values(table)) expect(message.trim()).not.toBe('');
  });

  it('has every __MSG_key__ the manifest uses', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of used) expect(Object.keys(en)).toContain(key);
  });

  it('fits the stores: a name of at most 45 characters, a description of at most 132', () => {
    for (const table of [en, zhCN]) {
      expect(table.extName!.message.length).toBeLessThanOrEqual(45);
      expect(table.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
