// Latin terms keep word boundaries through case, names and codes: a capitalised abbreviation
// before a number, an acronym being defined, and a capitalised name are not insults.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import type { NormTerm } from '../../../lib/matcher/types';

const terms: NormTerm[] = [
  { id: 'zh.sb', pattern: 'sb', category: 'insult', severity: 2, lang: 'zh' },
  { id: 'zh.nt', pattern: 'nt', category: 'insult', severity: 2, lang: 'zh' },
  { id: 'en.dick', pattern: 'dick', category: 'insult', severity: 1 },
  { id: 'en.fuck', pattern: 'fuck', category: 'profanity', severity: 1 },
  { id: 'en.shit', pattern: 'shit', category: 'profanity', severity: 1 },
  { id: 'en.bitch', pattern: 'bitch', category: 'identity-hate', severity: 2 },
];
const m = compile({ terms });
const ids = (text: string) => m.findAll(text).map((x) => x.normId);

describe('codes and acronyms', () => {
  it.each(['SB 1047 passed the senate', 'California SB-1047', 'Windows NT 4.0', 'NT 3.51 is old'])('%s is a code, not an insult', (text) => {
    expect(ids(text)).toEqual([]);
    expect(m.hasMatch(text)).toBe(false);
  });

  it('an acronym defined in brackets after its words is not an insult', () => {
    expect(ids('the Super Bowl (SB) is on tonight')).toEqual([]);
    expect(ids('New Testament (NT) readings')).toEqual([]);
  });

  it('the same letters as an insult still match, with their language', () => {
    expect(m.findAll('你个sb')).toEqual([{ start: 2, end: 4, normId: 'zh.sb', category: 'insult', severity: 2, lang: 'zh' }]);
    expect(ids('you are SB')).toEqual(['zh.sb']);
    expect(ids('SB!')).toEqual(['zh.sb']);
    expect(ids('(SB) idiot')).toEqual(['zh.sb']);
  });
});

describe('names', () => {
  it('a capitalised word followed by a capitalised word is a name', () => {
    expect(ids('I live on Dick Street')).toEqual([]);
    expect(ids('Dick Smith called')).toEqual([]);
  });

  it('still matches aimed or lower-case use, and compounds it was never part of', () => {
    expect(ids('Fuck You')).toEqual(['en.fuck']);
    expect(ids('you dick')).toEqual(['en.dick']);
    expect(ids('Dick Head')).toEqual(['en.dick']);
    expect(ids('Dick!')).toEqual(['en.dick']);
    expect(ids('Shiite Muslims')).toEqual([]);
  });

  it('applies only to insults and swearing, never to slurs', () => {
    expect(ids('Bitch Please')).toEqual(['en.bitch']);
  });
});
