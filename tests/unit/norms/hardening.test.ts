// Lists that must not switch checking off or hang the page, and the fields this version adds
// (lang, aim, phrase patterns): what import, validation and export do with them.
import { describe, expect, it } from 'vitest';
import { compile } from '@/lib/matcher';
import { exportJson } from '@/lib/norms/export';
import { importNormsFile } from '@/lib/norms/import-file';
import { describeImportProblem } from '@/lib/norms/import-result';
import { describeProblem } from '@/lib/norms/problems';
import { isNormsList, termProblems } from '@/lib/norms/validate';
import { entry, list } from '../../support/lists';

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value, null, 2));

function errorsOf(bytes: Uint8Array, fileName: string, locale: 'en' | 'zh-CN' = 'en') {
  const result = importNormsFile(bytes, fileName);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map((error) => ({ line: error.line, message: describeImportProblem(error, locale) }));
}

const sentences = (value: unknown, locale: 'en' | 'zh-CN' = 'en') => termProblems(value).map((p) => describeProblem(p, locale));

describe('a term must leave something to match', () => {
  it.each([
    ['***', 'en'],
    ['\u200b\u200c\u200d', 'en'],
    ['\u0301\u0302', 'en'],
    ['!!! ???', 'en'],
  ])('refuses %j, naming it', (pattern) => {
    const [message] = sentences(entry('x.bad', pattern));
    expect(message).toContain(`"${pattern}" has nothing left to match`);
  });

  it('refuses a variant with nothing to match, in both languages', () => {
    const bad = entry('x.v', 'idiot', { variants: ['idiots', '***'] });
    expect(sentences(bad)[0]).toContain('"***" has nothing left to match');
    expect(sentences(bad, 'zh-CN')[0]).toContain('"***" 去掉符号和不可见字符后什么也不剩');
  });

  it('refuses a whole list holding such a term, in the page and in the background', () => {
    const poisoned = list('poison', [entry('x.ok', 'idiot'), entry('x.stars', '***')]);
    expect(errorsOf(json(poisoned), 'poison.json')[0]?.message).toContain('term 2: "***" has nothing left to match');
    expect(isNormsList(poisoned)).toBe(false);
    expect(errorsOf(utf8('idiot\n***\n'), 'poison.txt')).toEqual([
      { line: 2, message: expect.stringContaining('"***" has nothing left to match') },
    ]);
  });

  it('keeps accepting terms of digits, CJK characters or emoji', () => {
    for (const pattern of ['2b', '傻逼', '🖕', 'k1ll']) expect(termProblems(entry('x.fine', pattern))).toEqual([]);
  });
});

describe('phrase patterns', () => {
  it('accepts alternatives and bounded gaps', () => {
    for (const pattern of ['I will … find … where you live', '(找到|知道)…你家', 'go (back|home) to where you came from', '就该被{0,6}打死', 'go {3} die']) {
      expect(termProblems(entry('x.phrase', pattern)), pattern).toEqual([]);
    }
  });

  it.each([
    ['go (away', 'a "(" has no ")" to close it'],
    ['go away)', 'a ")" has no "(" before it'],
    ['(a|(b|c))', 'cannot hold another group'],
    ['… die', 'must stand between words'],
    ['go …', 'must stand between words'],
    ['go (… |x) die', 'cannot stand inside'],
    ['go {0,99} die', 'at most 30 words or characters'],
    ['(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)(m|n)', 'more than 64 phrasings'],
    ['a … b … c … d … e … f … g', 'at most 6 parts'],
    ['go … (away|)', 'every part between gaps needs a word'],
  ])('refuses %j with a message naming it', (pattern, reason) => {
    const [message] = sentences(entry('x.bad', pattern));
    expect(message).toContain(`"${pattern}"`);
    expect(message).toContain(reason);
    expect(sentences(entry('x.bad', pattern), 'zh-CN')[0]).toContain(`"${pattern}"`);
  });

  it('imports, exports and imports again a list with patterns, lang and aim unchanged', () => {
    const phrased = list('threats', [
      entry('t.find', 'I will … find … where you live', { category: 'threat', severity: 3, aim: 'always' }),
      entry('t.sb', 'sb', { lang: 'zh', aim: 'required' }),
      entry('t.plain', 'idiot', { lang: 'en', aim: 'raises' }),
    ]);
    const first = importNormsFile(utf8(exportJson(phrased)), 'threats.json');
    expect(first).toEqual({ ok: true, list: phrased });
    expect(exportJson(first.ok ? first.list : phrased)).toBe(exportJson(phrased));
    const matcher = compile(phrased);
    expect(matcher.findAll('I will definitely find out where you live').map((m) => [m.normId, m.aim])).toEqual([['t.find', 'always']]);
    expect(matcher.findAll('you sb').map((m) => [m.normId, m.lang, m.aim])).toEqual([['t.sb', 'zh', 'required']]);
  });
});

describe('lang and aim', () => {
  it('accept the documented values only', () => {
    expect(termProblems(entry('x.l', 'sb', { lang: 'zh' }))).toEqual([]);
    expect(termProblems(entry('x.a', 'idiot', { aim: 'required' }))).toEqual([]);
    expect(sentences({ ...entry('x.l', 'sb'), lang: 'fr' })).toEqual(['"lang" must be "zh" or "en", not "fr"']);
    expect(sentences({ ...entry('x.a', 'sb'), aim: 'sometimes' })).toEqual(['"aim" must be "required", "always" or "raises", not "sometimes"']);
  });
});

describe('files that would hang or crash a page', () => {
  it('fails fast on a file nested 200,000 deep', () => {
    const deep = `{"terms": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const started = performance.now();
    expect(errorsOf(utf8(deep), 'deep.json')).toEqual([{ line: 1, message: 'the file is nested more than 16 levels deep; a norms list needs only a few' }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is not fooled by brackets inside strings', () => {
    const fine = list('brackets', [entry('x.b', 'idiot', { note: { en: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ "quoted" {{{{{{{{{{{{{{{{{{{{' } })]);
    expect(importNormsFile(json(fine), 'b.json').ok).toBe(true);
  });

  it('refuses a key written twice, such as two "terms", naming it and its line', () => {
    const text = '{\n"format": "sansi-norms", "version": 1, "id": "d", "name": "d", "languages": [],\n"terms": [],\n"terms": [{"id": "x", "pattern": "y", "category": "insult", "severity": 1}],\n"allow": []\n}';
    expect(errorsOf(utf8(text), 'dup.json')).toEqual([{ line: 4, message: 'the key "terms" appears twice in the same object' }]);
    expect(errorsOf(utf8(text), 'dup.json', 'zh-CN')[0]?.message).toBe('同一个对象里键 "terms" 出现了两次');
  });

  it('refuses a key written twice inside a term too', () => {
    const text = '{"format": "sansi-norms", "version": 1, "id": "d", "name": "d", "languages": [], "allow": [],\n"terms": [{"id": "x", "pattern": "y", "pattern": "***", "category": "insult", "severity": 1}]}';
    expect(errorsOf(utf8(text), 'dup.json')[0]?.message).toBe('the key "pattern" appears twice in the same object');
  });

  it('refuses a list name longer than 100 characters, and cuts a long file name to 100', () => {
    const long = list('long', [entry('x.i', 'idiot')], [], 'n'.repeat(9_000_000));
    expect(errorsOf(json(long), 'long.json')).toEqual([{ line: expect.any(Number), message: '"name" is 9000000 characters long; at most 100' }]);
    expect(isNormsList(long)).toBe(false);
    const named = importNormsFile(utf8('idiot\n'), `${'😀'.repeat(80)}.txt`);
    expect(named.ok && named.list.name).toBe('😀'.repeat(50));
    expect(named.ok && isNormsList({ ...named.list, id: 'x' })).toBe(true);
  });

  it('imports a list whose terms have no suggestion and no note', () => {
    const bare = { format: 'sansi-norms', version: 1, id: 'bare', name: 'Bare', languages: ['en'], allow: [], terms: [{ id: 'b.idiot', pattern: 'idiot', category: 'insult', severity: 2 }] };
    const result = importNormsFile(json(bare), 'bare.json');
    expect(result).toEqual({ ok: true, list: bare });
    expect(compile(bare as never).findAll('idiot')).toEqual([{ start: 0, end: 5, normId: 'b.idiot', category: 'insult', severity: 2 }]);
  });
});
