import { describe, expect, it } from 'vitest';
import { normalisationSteps, type StepKey } from '@/lib/demo/normalise-steps';

const after = (text: string, key: StepKey) => normalisationSteps(text).find((step) => step.key === key)!;

describe('normalisation steps for the classroom view', () => {
  it.each([
    ['ＳＢ', 'fullWidth', 'SB'],
    ['ＳＢ', 'case', 'sb'],
    ['你真是廢物', 'traditional', '你真是废物'],
    ['你个傻*逼', 'separators', '你个傻逼'],
    ['傻 逼', 'separators', '傻逼'],
    ['N M S L', 'separators', 'nmsl'],
    ['f.u.c.k you', 'separators', 'fuck you'],
    ['sh\u200bit', 'separators', 'shit'],
    ['what a b1tch', 'leetspeak', 'what a bitch'],
    ['$hit happens', 'leetspeak', 'shit happens'],
    ['@sshole', 'leetspeak', 'asshole'],
    ['fuuuuck', 'repeats', 'fuck'],
  ] as const)('%s → %s step gives %s', (text, key, expected) => {
    const step = after(text, key);
    expect(step.text).toBe(expected);
  });

  it('marks which steps changed something and keeps innocent text as it is', () => {
    const steps = normalisationSteps('class of 2024, see you at 10:30');
    expect(steps.map((step) => step.key)).toEqual(['original', 'fullWidth', 'case', 'traditional', 'separators', 'leetspeak', 'repeats']);
    expect(steps.at(-1)!.text).toBe('class of 2024, see you at 10:30');
    expect(steps.filter((step) => step.changed).map((step) => step.key)).toEqual([]);
  });
});
