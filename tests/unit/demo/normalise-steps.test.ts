import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisationSteps, type StepKey } from '@/lib/demo/normalise-steps';
import { compile, normalise } from '@/lib/matcher';

const after = (text: string, key: StepKey) => normalisationSteps(text).find((step) => step.key === key)!;
/** The text the matcher's automaton walks: one symbol per entry, a kept separator run as a space. */
const normalised = (text: string) => {
  const n = normalise(text);
  return String.fromCodePoint(...n.sym.subarray(0, n.length));
};

describe('normalisation steps for the classroom view', () => {
  it.each([
    ['ＳＢ', 'fold', 'sb'],
    ['ＦＵＣＫ', 'fold', 'fuck'],
    ['你真是廢物', 'fold', '你真是废物'],
    ['fück', 'fold', 'fuck'],
    ['ѕhit', 'fold', 'shit'],
    ['sh\u200bit', 'invisible', 'shit'],
    ['f̶u̶c̶k̶', 'invisible', 'fuck'],
    ['1d10t', 'leetspeak', 'idiot'],
    ['what a b1tch', 'leetspeak', 'what a bitch'],
    ['$hit happens', 'leetspeak', 'shit happens'],
    ['@sshole', 'leetspeak', 'asshole'],
    ['fuuuuck', 'repeats', 'fuck'],
    ['你个傻*逼', 'separators', '你个傻逼'],
    ['傻 逼', 'separators', '傻逼'],
    ['N M S L', 'separators', 'nmsl'],
    ['f.u.c.k you', 'separators', 'fuck you'],
  ] as const)('%s → %s step gives %s', (text, key, expected) => {
    const step = after(text, key);
    expect(step.text).toBe(expected);
    expect(step.changed).toBe(true);
  });

  it('lists the rules in the order the matcher applies them, and marks only those that changed something', () => {
    const steps = normalisationSteps('class of 2024');
    expect(steps.map((step) => step.key)).toEqual(['original', 'fold', 'invisible', 'leetspeak', 'repeats', 'separators']);
    // The matcher counts a double letter as one letter seen twice: that is the only change.
    expect(steps.filter((step) => step.changed).map((step) => [step.key, step.text])).toEqual([['repeats', 'clas of 2024']]);
    expect(normalisationSteps('kind words').filter((step) => step.changed)).toEqual([]);
  });

  it('keeps punctuation after a word as punctuation, not leetspeak', () => {
    expect(after('idiot!', 'leetspeak').text).toBe('idiot!');
    expect(after('idiot!', 'separators').text).toBe('idiot');
  });

  it('ends with exactly the text the matcher compares, for any draft', () => {
    const pieces = ['a', 'S', 'b', 'i', 'l', 'k', 'f', 'u', 'c', '1', '0', '5', '$', '@', '!', '|', ' ', '.', '*', '\n', '-', '\u200b', '\u0301', '\ufe0f', 'Ｓ', 'ﬁ', '①', '𝐟', '😀', '\ud83d', '傻', '逼', '媽', '廢', '你', '。', '㍻'];
    const draft = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(draft, fc.string({ maxLength: 30 })), (text) => {
        const steps = normalisationSteps(text);
        expect(steps[0]!.text).toBe(text);
        expect(steps.at(-1)!.text).toBe(normalised(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows the word the list knows in the last step whenever the matcher finds it', () => {
    const matcher = compile({ terms: [{ id: 'idiot', pattern: 'idiot', category: 'insult', severity: 2 }] });
    for (const text of ['1d10t', 'I.D.I.O.T', 'ｉｄｉｏｔ', 'idiooot', 'i\u200bdiot']) {
      expect(matcher.hasMatch(text), text).toBe(true);
      expect(after(text, 'separators').text, text).toContain('idiot');
    }
  });
});
