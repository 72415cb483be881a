// Phrase patterns: pieces with bounded gaps and alternatives, matched in the same pass and
// reported as one span of the user's own text.
import { describe, expect, it } from 'vitest';
import { compile, parsePattern } from '../../../lib/matcher';
import type { NormTerm } from '../../../lib/matcher/types';

const term = (id: string, pattern: string, extra: Partial<NormTerm> = {}): NormTerm => ({ id, pattern, category: 'threat', severity: 3, ...extra });
const spans = (m: ReturnType<typeof compile>, text: string) => m.findAll(text).map((x) => [x.normId, text.slice(x.start, x.end)]);

describe('parsePattern', () => {
  it('reads pieces, gaps and alternatives', () => {
    expect(parsePattern('go (back|home) … where you came from')).toEqual({
      ok: true,
      phrase: { pieces: [['go back ', 'go home '], [' where you came from']], gaps: [8] },
    });
    expect(parsePattern('就该被{0,4}打死')).toEqual({ ok: true, phrase: { pieces: [['就该被'], ['打死']], gaps: [4] } });
    expect(parsePattern('a {2} b ... c')).toEqual({ ok: true, phrase: { pieces: [['a '], [' b '], [' c']], gaps: [2, 8] } });
    expect(parsePattern('idiot')).toEqual({ ok: true, phrase: { pieces: [['idiot']], gaps: [] } });
  });

  it('names what is wrong with a bad pattern', () => {
    expect(parsePattern('(a|b')).toEqual({ ok: false, error: 'unclosedGroup' });
    expect(parsePattern('a)')).toEqual({ ok: false, error: 'unopenedGroup' });
    expect(parsePattern('… a')).toEqual({ ok: false, error: 'gapAtEdge' });
    expect(parsePattern('a {0,31} b')).toEqual({ ok: false, error: 'gapTooWide' });
  });
});

describe('phrase patterns in drafts', () => {
  const m = compile({
    terms: [
      term('en.find', 'I will … find … where you live'),
      term('zh.find', '(找到|知道)…你家'),
      term('zh.beat', '就该被…打死'),
      term('en.back', 'go (back|home) to where you came from', { category: 'harassment', severity: 2 }),
      term('en.die', 'go {2} die', { category: 'self-harm' }),
    ],
  });

  it('matches across a gap and spans the whole phrase in the original text', () => {
    expect(spans(m, 'Listen. I will definitely find out where you live.')).toEqual([['en.find', 'I will definitely find out where you live']]);
    expect(spans(m, '我一定会找到你家')).toEqual([['zh.find', '找到你家']]);
    expect(spans(m, '这种人就该被活活打死')).toEqual([['zh.beat', '就该被活活打死']]);
    expect(spans(m, 'ＧＯ ＢＡＣＫ to where you came from')).toEqual([['en.back', 'ＧＯ ＢＡＣＫ to where you came from']]);
  });

  it('reads each alternative', () => {
    expect(spans(m, '我知道你家')).toEqual([['zh.find', '知道你家']]);
    expect(spans(m, 'go home to where you came from')).toEqual([['en.back', 'go home to where you came from']]);
  });

  it('counts a gap in words for Latin text and in characters for Chinese', () => {
    expect(spans(m, 'go and die')).toEqual([['en.die', 'go and die']]);
    expect(spans(m, 'go away and die')).toEqual([['en.die', 'go away and die']]);
    expect(spans(m, 'go far far away and die')).toEqual([]);
    expect(spans(m, '找到一二三四五六七八九你家')).toEqual([]);
    expect(spans(m, '找到一二三四五六七八你家')).toEqual([['zh.find', '找到一二三四五六七八你家']]);
  });

  it('never joins pieces across the end of a sentence or a line', () => {
    expect(spans(m, 'I will find you. Where you live is lovely')).toEqual([]);
    expect(spans(m, '我找到了。你家在哪')).toEqual([]);
    expect(spans(m, 'go\ndie')).toEqual([]);
  });

  it('needs every piece, in order: a piece alone is not a match', () => {
    expect(spans(m, 'I will find it')).toEqual([]);
    expect(spans(m, 'where you live, I will find')).toEqual([]);
    expect(m.hasMatch('I will find it')).toBe(false);
    expect(m.hasMatch('I will find where you live')).toBe(true);
  });

  it('keeps word boundaries at each piece', () => {
    expect(spans(m, 'I willingly find nowhere you live')).toEqual([]);
    expect(spans(m, 'ego and diet')).toEqual([]);
  });

  it('is quieted by an allow phrase that covers it', () => {
    const quiet = compile({ terms: [term('zh.find', '(找到|知道)…你家')], allow: ['知道你家的猫'] });
    expect(spans(quiet, '我知道你家的猫叫什么')).toEqual([]);
    expect(spans(quiet, '我知道你家在哪')).toEqual([['zh.find', '知道你家']]);
  });

  it('carries the phrase term onto the match', () => {
    const [match] = compile({ terms: [term('t', 'go … die', { aim: 'always', lang: 'en' })] }).findAll('go and die');
    expect(match).toEqual({ start: 0, end: 10, normId: 't', category: 'threat', severity: 3, aim: 'always', lang: 'en' });
  });
});
