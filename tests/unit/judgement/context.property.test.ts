// The context stage only ever drops matches or marks them: it never moves an offset or makes a
// flag up. Random drafts built from the presets' words and the cues around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFlags, inScope, langOf } from '../../../lib/judgement';
import { matcher, terms } from './fixtures';

const pieces = [
  '傻逼', '卧槽', '垃圾', '恶心', '你', '我', '他', '是个', '这游戏', '骂', '“', '”', '"', '，', '。', '\n', '> ', '@小王 ',
  'sb', 'SB', ' ', 'you', 'I', 'this update is', 'stupid', 'idiot', 'fuck', 'called me', 'kill yourself', '去死', '黑鬼',
  '1047', 'weather', '😀', '電影裡', '操作', 'nt',
];
const draft = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join(''));

describe('the context stage', () => {
  it('keeps a subset of the matches, each with the matcher’s start and end', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (text, showUntargeted) => {
        const matches = matcher.findAll(text);
        const flags = contextFlags(text, matches, terms, { showUntargeted });
        let from = 0;
        for (const flag of flags) {
          const index = matches.findIndex((m, i) => i >= from && m.start === flag.start && m.end === flag.end && m.normId === flag.normId);
          expect(index, JSON.stringify({ text, flag })).toBeGreaterThanOrEqual(0);
          expect(flag.severity).toBeGreaterThanOrEqual(matches[index]!.severity);
          from = index + 1;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('drops nothing but out-of-scope matches when untargeted wording is asked for', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const matches = matcher.findAll(text);
        const inScopeMatches = matches.filter((m) => inScope(text, m.start, m.end, langOf(terms.get(m.normId)!)));
        const flags = contextFlags(text, matches, terms, { showUntargeted: true });
        expect(flags.map((f) => [f.start, f.end])).toEqual(inScopeMatches.map((m) => [m.start, m.end]));
      }),
      { numRuns: 500 },
    );
  });
});
