// The classroom "how it matched" view: the matcher folds every evasion in one pass, which is
// fast but invisible. For teaching, the same rules are applied here one at a time, so a class
// can watch `ＳＢ`, `傻*逼` or `f.u.c.k` turn into the words the list knows.
import { T2S_PAIRS } from '../matcher/data/t2s';

export type StepKey = 'original' | 'fullWidth' | 'case' | 'traditional' | 'separators' | 'leetspeak' | 'repeats';

export interface Step {
  key: StepKey;
  text: string;
  /** Whether this step changed anything. */
  changed: boolean;
}

const t2s = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t2s.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SEPARATORS = '\\s*.·•_\\-~|/\\\\+=^\'"`,，。、!！?？:：;；()（）\\[\\]【】';
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// A separator run between two CJK characters, or between letters spelled out one by one.
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[${SEPARATORS}]+(?=[${CJK}])`, 'gu');
const SPELLED_OUT = new RegExp(`(?<![a-z0-9@$])[a-z0-9@$](?:[${SEPARATORS}]+[a-z0-9@$](?![a-z0-9@$]))+`, 'g');
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '$': 's', '5': 's', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '7': 't' };
// Leet characters inside a word that has real letters too: `$hit`, `b1tch`, `@sshole`.
const LEET_WORD = /[a-z@$0-9!]*[a-z][a-z@$0-9!]*/g;

const steps: { key: Exclude<StepKey, 'original'>; apply: (text: string) => string }[] = [
  { key: 'fullWidth', apply: (text) => text.normalize('NFKC') },
  { key: 'case', apply: (text) => text.toLowerCase() },
  { key: 'traditional', apply: (text) => [...text].map((char) => t2s.get(char) ?? char).join('') },
  {
    key: 'separators',
    apply: (text) =>
      text
        .replace(ZERO_WIDTH, '')
        .replace(BETWEEN_CJK, '')
        .replace(SPELLED_OUT, (run) => run.replace(new RegExp(`[${SEPARATORS}]+`, 'g'), '')),
  },
  { key: 'leetspeak', apply: (text) => text.replace(LEET_WORD, (word) => (/[a-z]{2}/.test(word) ? word.replace(/[@$0-9!]/g, (char) => LEET[char] ?? char) : word)) },
  { key: 'repeats', apply: (text) => text.replace(/([a-z])\1{2,}/g, '$1') },
];

/** The draft after each normalisation step, in the order the matcher's rules apply. */
export function normalisationSteps(text: string): Step[] {
  const result: Step[] = [{ key: 'original', text, changed: false }];
  let current = text;
  for (const step of steps) {
    const next = step.apply(current);
    result.push({ key: step.key, text: next, changed: next !== current });
    current = next;
  }
  return result;
}
