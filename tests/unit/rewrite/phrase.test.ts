import { describe, expect, it } from 'vitest';
import { clauseAround } from '@/lib/rewrite';
import { compilePhrase, parsePhrase, phraseSpan } from '@/lib/rewrite/phrase';

/** The text a phrase covers around `flagged` in `text`, or null. */
function covered(phrase: string, lang: 'zh' | 'en', text: string, flagged: string): string | null {
  const flag = { start: text.indexOf(flagged), end: text.indexOf(flagged) + flagged.length };
  const span = phraseSpan(compilePhrase(parsePhrase(phrase)!, lang), text, clauseAround(text, flag), flag);
  return span && text.slice(span.start, span.end);
}

describe('parsePhrase', () => {
  it.each(["^ (you are|you're) (such)? (a|an)? {term}", '你 (这个|个)? {term} (吧|啊)? $', '* {term} *', '<他|她> 是? {term}', '{term}'])('reads %s', (phrase) => {
    expect(parsePhrase(phrase)).not.toBeNull();
  });

  it.each([
    ['no term', 'you are a'],
    ['two terms', '{term} and {term}'],
    ['an unclosed group', '(you are {term}'],
    ['an edge inside', 'you ^ {term}'],
    ['a star beside words', '* you {term}'],
    ['a kept word inside', 'so <you> are {term}'],
    ['an empty option', '(you|) {term}'],
  ])('refuses %s', (_what, phrase) => {
    expect(parsePhrase(phrase)).toBeNull();
  });
});

describe('phrase spans', () => {
  it.each([
    ["^ (you are|you're) (such)? (a|an)? {term}", 'en', 'You are such an id1ot', 'id1ot', 'You are such an id1ot'],
    ["^ (you are|you're) (such)? (a|an)? {term}", 'en', 'you’re an idiot', 'idiot', 'you’re an idiot'],
    ["^ (you are|you're) (such)? (a|an)? {term}", 'en', 'I think you are an idiot', 'idiot', null],
    ['(you|u) {term}', 'en', 'Thank you idiot', 'idiot', 'you idiot'],
    ['(you|u) {term}', 'en', 'bayou idiot', 'idiot', null],
    ['你 (这个|个)? {term} (吧|啊)? $', 'zh', '你这个傻*逼吧，别说了', '傻*逼', '你这个傻*逼吧'],
    ['你 (这个|个)? {term} (吧|啊)? $', 'zh', '你这个人渣不配说话', '人渣', null],
    ['<楼主|他> (真是个)? {term}', 'zh', '楼主真是个傻逼', '傻逼', '真是个傻逼'],
    ['* {term} *', 'en', 'well, we should dox him now. ok', 'dox', 'we should dox him now'],
    ['^ {term} (this|that)', 'en', 'f.u.c.k this referee', 'f.u.c.k', 'f.u.c.k this'],
  ] as const)('%s in "%s" around "%s" covers %s', (phrase, lang, text, flagged, expected) => {
    expect(covered(phrase, lang, text, flagged)).toBe(expected);
  });
});

describe('phrases for some forms of a term only', () => {
  it.each([
    ['F.U.C.K  off', 'F.U.C.K  off'],
    ['fuck you', 'fuck you'],
    ['fuck', null],
  ])('"{term=fuck off|fuck you}" around "%s" covers %s', (text, expected) => {
    expect(covered('{term=fuck off|fuck you}', 'en', text, text)).toBe(expected);
  });

  it('refuses an empty form', () => {
    expect(parsePhrase('{term=fuck off|}')).toBeNull();
  });
});
