// Phrase rewrites in the sansi-norms file: a list carries them by category, a term its own;
// a bad one is refused with a readable problem, and an exported list imports back with them.
import { describe, expect, it } from 'vitest';
import { exportJson } from '@/lib/norms/export';
import type { NormsList } from '@/lib/norms/format';
import { importNormsFile } from '@/lib/norms/import-file';
import { describeProblem } from '@/lib/norms/problems';

const list: NormsList = {
  format: 'sansi-norms',
  version: 1,
  id: 'class-7b',
  name: '7B class list',
  languages: ['en'],
  terms: [
    {
      id: 'c.ninny',
      pattern: 'ninnyhammer',
      category: 'insult',
      severity: 1,
      note: { en: 'Name-calling' },
      suggestion: { en: 'I see it differently' },
      rewrites: [{ lang: 'en', phrase: 'what a {term}', instead: ['I disagree', 'I see it another way'] }],
    },
  ],
  allow: [],
  rewrites: { insult: [{ lang: 'en', phrase: "^ (you are|you're) (a|an)? {term}", instead: ["I think you're wrong about this", 'I see it differently'] }] },
};

const importText = (text: string) => importNormsFile(new TextEncoder().encode(text), 'class.json');

describe('phrase rewrites in a norms file', () => {
  it('import and export back unchanged', () => {
    const result = importText(exportJson(list));
    expect(result.ok && result.list).toEqual(list);
  });

  it.each([
    ['a phrase without {term}', { ...list, rewrites: { insult: [{ lang: 'en', phrase: 'you are', instead: ['hm'] }] } }, '"rewrites.insult" must be a list of rewrites'],
    ['an unknown category', { ...list, rewrites: { rudeness: [] } }, '"rewrites" must be an object whose keys are categories'],
    ['Chinese words in an English rewrite', { ...list, rewrites: { insult: [{ lang: 'en', phrase: '{term}', instead: ['我不同意'] }] } }, '"rewrites.insult" must be a list'],
    ['four alternatives', { ...list, terms: [{ ...list.terms[0]!, rewrites: [{ lang: 'en', phrase: '{term}', instead: ['a', 'b', 'c', 'd'] }] }] }, '"rewrites" must be a list of rewrites'],
    ['an unknown language', { ...list, terms: [{ ...list.terms[0]!, rewrites: [{ lang: 'fr', phrase: '{term}', instead: ['non'] }] }] }, '"rewrites" must be a list of rewrites'],
  ])('refuse %s, saying why', (_what, bad, message) => {
    const result = importText(JSON.stringify(bad, null, 2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => describeProblem(error, 'en')).join('\n')).toContain(message);
  });
});
