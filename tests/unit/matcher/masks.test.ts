// Masked letters: `*`, `#`, `!`, `@` for a letter inside a Latin word, matched when the word
// fits exactly one term of the list.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/matcher';
import type { NormTerm } from '../../../lib/matcher/types';

const term = (id: string, pattern: string, variants: string[] = []): NormTerm => ({ id, pattern, variants, category: 'profanity', severity: 1 });
const m = compile({
  terms: [term('fuck', 'fuck'), term('shit', 'shit', ['shithead']), term('bitch', 'bitch'), term('dick', 'dick'), term('fags', 'fags'), term('cnm', 'cnm')],
  allow: ['sh*t happens'],
});
const spans = (text: string) => m.findAll(text).map((x) => [x.normId, text.slice(x.start, x.end)]);

describe('masked letters', () => {
  it.each([
    ['f*ck off', 'fuck', 'f*ck'],
    ['f**k', 'fuck', 'f**k'],
    ['what the f#ck', 'fuck', 'f#ck'],
    ['f@ck', 'fuck', 'f@ck'],
    ['sh*t', 'shit', 'sh*t'],
    ['you sh*thead', 'shit', 'sh*thead'],
    ['b!tch', 'bitch', 'b!tch'],
    ['b*tch', 'bitch', 'b*tch'],
    ['SH*T!', 'shit', 'SH*T'],
  ])('%s matches %s', (text, id, span) => {
    expect(spans(text)).toEqual([[id, span]]);
    expect(m.hasMatch(text)).toBe(true);
  });

  it('does not match when several terms fit the mask', () => {
    // f??? fits fuck and fags.
    expect(spans('f**s')).toEqual([['fags', 'f**s']]);
    expect(spans('f*** this')).toEqual([]);
  });

  it('does not match when the masks are most of the word, or at its edges', () => {
    expect(spans('d***')).toEqual([]);
    expect(spans('*uck')).toEqual([]);
    expect(spans('fuc*')).toEqual([]);
  });

  it('leaves ordinary uses of the characters alone', () => {
    for (const text of ['great!', 'mail me@home', '*bold* text', '#hashtag', 'C# and F#', 'wow!!! nice', 'shot', 'c*m', 'f*cking tired']) {
      expect(spans(text), text).toEqual([]);
      expect(m.hasMatch(text), text).toBe(false);
    }
  });

  it('needs the whole word to fit, and is quieted by an allow phrase', () => {
    expect(spans('sh*tty')).toEqual([]);
    expect(spans('sh*t happens')).toEqual([]);
  });

  it('keeps f.u.c.k and leetspeak as they were', () => {
    expect(spans('f.u.c.k')).toEqual([['fuck', 'f.u.c.k']]);
    expect(spans('$hit')).toEqual([['shit', '$hit']]);
  });
});
