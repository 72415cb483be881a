import { describe, expect, it } from 'vitest';
import { exportJson, exportPlain } from '@/lib/norms/export';
import { importNormsFile } from '@/lib/norms/import-file';
import { idForPattern } from '@/lib/norms/import-lines';
import { describeImportProblem } from '@/lib/norms/import-result';
import { entry, list } from '../../support/lists';

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value, null, 2));
const valid = list('class-7b', [entry('c.chou', '丑八怪', { variants: ['丑逼'] }), entry('c.loser', 'loser', { category: 'harassment', severity: 1 })], ['丑八怪兽']);

/** The problems as a person reads them, in English (the line goes in front on the page). */
function errorsOf(bytes: Uint8Array, fileName: string, locale: 'en' | 'zh-CN' = 'en') {
  const result = importNormsFile(bytes, fileName);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map((error) => ({ line: error.line, message: describeImportProblem(error, locale) }));
}

describe('importNormsFile', () => {
  it('reads the sansi-norms JSON format, and exports it back unchanged', () => {
    const result = importNormsFile(utf8(exportJson(valid)), 'class.json');
    expect(result).toEqual({ ok: true, list: valid });
    expect(exportJson(result.ok ? result.list : valid)).toBe(exportJson(valid));
  });

  it('reads a plain list with comments and blank lines, and its own plain export', () => {
    const result = importNormsFile(utf8('# my words\n\n傻逼\r\n  idiot  \n#废物\n'), 'mine.txt');
    expect(result.ok && result.list.terms.map((term) => [term.id, term.pattern])).toEqual([
      [idForPattern('傻逼'), '傻逼'],
      [idForPattern('idiot'), 'idiot'],
    ]);
    expect(result.ok && result.list.name).toBe('mine');
    const again = importNormsFile(utf8(exportPlain(valid)), 'class.txt');
    expect(again.ok && again.list.terms.map((term) => term.pattern)).toEqual(['丑八怪', 'loser']);
  });

  it('reads CSV with a header, quotes and a suggestion', () => {
    const csv = 'term,category,severity,suggestion\n废物,insult,2,"这次没做好, 下次加油"\n"say ""hi""",harassment,1,\n';
    const result = importNormsFile(utf8(csv), 'list.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.terms[0]).toMatchObject({ pattern: '废物', category: 'insult', severity: 2, suggestion: { 'zh-CN': '这次没做好, 下次加油' } });
    expect(result.list.terms[1]).toMatchObject({ pattern: 'say "hi"', category: 'harassment', severity: 1, suggestion: {} });
  });

  it.each([
    ['wrong encoding', new Uint8Array([...utf8('傻逼\nidiot\n'), 0xc3, 0x28, 0x0a]), 'gbk.txt', 3, 'not UTF-8'],
    ['broken JSON', utf8('{\n  "format": "sansi-norms",\n  "terms": [\n}'), 'x.json', 4, 'broken JSON'],
    ['an unknown format', json({ ...valid, format: 'other' }), 'x.json', 2, '"format" must be "sansi-norms"'],
    ['an unknown category', json({ ...valid, terms: [valid.terms[0], { ...valid.terms[1], category: 'spam' }] }), 'x.json', 28, 'term 2: unknown category "spam"'],
    ['a severity out of range', json({ ...valid, terms: [{ ...valid.terms[0], severity: 5 }] }), 'x.json', 11, 'term 1: severity must be 1, 2 or 3, not 5'],
    ['an empty pattern', json({ ...valid, terms: [{ ...valid.terms[0], pattern: ' ' }] }), 'x.json', 11, 'term 1: empty pattern'],
    ['duplicate ids', json({ ...valid, terms: [valid.terms[0], { ...valid.terms[1], id: 'c.chou' }] }), 'x.json', 28, 'duplicate id "c.chou"'],
    ['a CSV unknown category', utf8('term,category,severity\n废物,insult,2\n蠢,rude,2\n'), 'x.csv', 3, 'unknown category "rude"'],
    ['a CSV severity out of range', utf8('废物,insult,4\n'), 'x.csv', 1, 'severity must be 1, 2 or 3'],
    ['a CSV empty term', utf8('废物,insult,2\n ,insult,2\n'), 'x.csv', 2, 'empty pattern'],
    ['a CSV row with too few fields', utf8('废物,insult\n'), 'x.csv', 1, 'expected term,category,severity,suggestion'],
    ['a plain list with a repeated term', utf8('傻逼\nidiot\n傻逼\n'), 'x.txt', 3, '"傻逼" is already on line 1'],
    ['an empty file', utf8('# nothing\n'), 'x.txt', 0, 'the file has no terms'],
  ])('rejects %s, naming the line and the problem', (_name, bytes, fileName, line, message) => {
    const errors = errorsOf(bytes, fileName);
    expect(errors[0]).toEqual({ line, message: expect.stringContaining(message) });
  });

  it('says every problem in Chinese too, with its values filled in', () => {
    const cases: [Uint8Array, string, string][] = [
      [json({ ...valid, terms: [valid.terms[0], { ...valid.terms[1], category: 'spam' }] }), 'x.json', '第 2 个词语：未知类别 "spam"'],
      [utf8('傻逼\nidiot\n傻逼\n'), 'x.txt', '"傻逼" 已在第 1 行出现'],
      [utf8('废物,insult\n'), 'x.csv', '这一行有 2 个字段'],
      [new Uint8Array([0xc3, 0x28]), 'x.txt', '不是 UTF-8 文本'],
    ];
    for (const [bytes, fileName, message] of cases) {
      const [first] = errorsOf(bytes, fileName, 'zh-CN');
      expect(first?.message).toContain(message);
      expect(first?.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('rejects a 20 MB file before reading it', () => {
    const errors = errorsOf(new Uint8Array(20 * 1024 * 1024).fill(0x61), 'big.txt');
    expect(errors).toEqual([{ line: 0, message: 'the file is 20.0 MB; at most 10 MB can be imported' }]);
  });

  it('rejects 100k terms, in JSON and as a plain list', () => {
    // Lean terms, so the file stays under the size limit and the term count is what fails.
    const terms = Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, pattern: `t${i}`, category: 'insult', severity: 1 }));
    expect(errorsOf(utf8(JSON.stringify({ ...valid, terms })), 'x.json')[0]?.message).toBe('too many terms: 100000 (at most 50000)');
    const plain = Array.from({ length: 100_000 }, (_, i) => `term${i}`).join('\n');
    expect(errorsOf(utf8(plain), 'x.txt')[0]).toEqual({ line: 0, message: 'too many terms: 100000 (at most 50000)' });
  }, 30_000);

  it('accepts 50k terms', () => {
    const terms = Array.from({ length: 50_000 }, (_, i) => entry(`t${i}`, `term${i}`));
    const result = importNormsFile(utf8(JSON.stringify({ ...valid, terms })), 'big.json');
    expect(result.ok && result.list.terms.length).toBe(50_000);
  }, 30_000);
});
