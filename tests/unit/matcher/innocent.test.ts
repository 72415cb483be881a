// Innocent text stays quiet: word boundaries for Latin terms, allow phrases for Chinese, and
// separators that never join letters of different words.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import { norms } from './fixtures';

const matcher = compile(norms);

describe('Latin terms match whole words only', () => {
  it.each([
    'class',
    'assassin',
    'Scunthorpe',
    'cocktail',
    'therapist',
    'shiitake',
    'USB',
    'want',
    'Essex',
    'classic bass',
    'Sussex is an assessment',
    'skill',
    'title and petition',
    'he was a passenger',
    'sbarro',
    'glasses',
    'Dickens', // no such term, but close to others
  ])('%s', (text) => {
    expect(matcher.findAll(text)).toEqual([]);
    expect(matcher.hasMatch(text)).toBe(false);
  });
});

describe('separators never join letters of different words', () => {
  it.each([
    'is this hit',
    'I was as big',
    'she hit it',
    'this hit list',
    'fun. cool. kick',
    'no. trouble',
    'as s',
    'ass\nmbly'.replace('ass', 'a'),
    '5b', // one real letter is not enough leetspeak
    '$b',
    'n7',
    'Chapter 5b',
    'it costs $5',
    'idiom',
    '你真傻。逼得我没办法', // CJK sentence punctuation ends a thought
    '他太傻，逼他也没用',
    's\nb',
  ])('%s', (text) => {
    expect(matcher.findAll(text)).toEqual([]);
  });
});

describe('Chinese allow phrases suppress the matches they cover', () => {
  it.each(['操作', '日本', '你妈妈', '草地', '垃圾分类', '这个操作很好', '我去日本过日子', '你妈妈好吗', '草地上的花', '請做好垃圾分類'])(
    '%s',
    (text) => {
      expect(matcher.findAll(text)).toEqual([]);
      expect(matcher.hasMatch(text)).toBe(false);
    },
  );

  it('keeps a match that only partly overlaps an allow phrase', () => {
    // 垃圾分类 is allowed, 垃圾 on its own is not.
    expect(matcher.findAll('垃圾分类，你这个垃圾').map((m) => m.normId)).toEqual(['zh.laji']);
    expect(matcher.hasMatch('垃圾分类，你这个垃圾')).toBe(true);
  });

  it('suppresses only what is covered', () => {
    const matches = matcher.findAll('操作太烂了，操');
    expect(matches.map((m) => [m.normId, m.start])).toEqual([['zh.cao', 6]]);
  });
});

describe('plain everyday text', () => {
  it.each([
    'Thanks for the help, see you tomorrow!',
    '今天天气很好，我们去公园散步吧。',
    '这个方案我不同意，但可以再讨论。',
    'I disagree with the assessment of the class.',
    '',
    '   ',
    '12345 67890',
  ])('%s', (text) => {
    expect(matcher.findAll(text)).toEqual([]);
  });
});
