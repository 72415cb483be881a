import { describe, expect, it } from 'vitest';
import { draftLanguage, suggestionFor } from '@/lib/rewrite';

const span = (text: string, flagged: string) => ({ start: text.indexOf(flagged), end: text.indexOf(flagged) + flagged.length });

describe('draftLanguage', () => {
  it.each([
    ['你这个傻*逼', '傻*逼', 'zh'],
    ['卧槽，ＳＢ裁判', 'ＳＢ', 'zh'],
    ['you are such a sb', 'sb', 'en'],
    ['You are such an id1ot', 'id1ot', 'en'],
    ['nmsl', 'nmsl', 'en'],
    ['傻逼', '傻逼', 'zh'],
    ['我觉得 you are an idiot', 'idiot', 'en'],
    ['Great game. 你这个傻逼', '傻逼', 'zh'],
    // A switch of language at a comma: each clause keeps its own.
    ['you are such an idiot, 你这个傻逼', 'idiot', 'en'],
    ['you are such an idiot, 你这个傻逼', '傻逼', 'zh'],
    ['你这个傻逼，you are such an idiot', '傻逼', 'zh'],
  ] as const)('"%s" around "%s" is %s', (text, flagged, language) => {
    expect(draftLanguage(text, span(text, flagged))).toBe(language);
  });

  it('reads a whole draft without a span, and falls back when it has no letters', () => {
    expect(draftLanguage('今天天气真好')).toBe('zh');
    expect(draftLanguage('what a day')).toBe('en');
    expect(draftLanguage('!!!', undefined, 'zh')).toBe('zh');
  });
});

describe('suggestionFor', () => {
  const suggestion = { 'zh-CN': '我不同意你的看法', en: 'I disagree with you' };

  it('follows the draft, not the interface', () => {
    expect(suggestionFor({ ...span('你这个傻*逼', '傻*逼'), suggestion }, '你这个傻*逼')).toBe('我不同意你的看法');
    expect(suggestionFor({ ...span('you are such an idiot', 'idiot'), suggestion }, 'you are such an idiot')).toBe('I disagree with you');
  });

  it('takes the other key when only it is written in the draft language (a CSV list gives one text for both)', () => {
    const csv = { 'zh-CN': 'I see it differently', en: 'I see it differently' };
    expect(suggestionFor({ ...span('what an idiot', 'idiot'), suggestion: csv }, 'what an idiot')).toBe('I see it differently');
    expect(suggestionFor({ ...span('你这个傻逼', '傻逼'), suggestion: { en: '我不同意' } }, '你这个傻逼')).toBe('我不同意');
  });

  it('offers nothing rather than words in the other script', () => {
    expect(suggestionFor({ ...span('你这个傻逼', '傻逼'), suggestion: { en: 'I disagree' } }, '你这个傻逼')).toBeNull();
    expect(suggestionFor({ ...span('what an idiot', 'idiot') }, 'what an idiot')).toBeNull();
  });
});
