// What a rewrite must be, over every abusive sample the project keeps: the presets' smoke
// samples, the classroom demo's drafts, and drafts written for these tests alone. A rewrite
// (each flag's first alternative, as "Use the kinder wording" applies them) brings in no letter
// of the other script, is flagged by nothing when judged again, and puts nothing inside a word.
import { describe, expect, it } from 'vitest';
import { samples } from '@/components/demo/samples';
import { rewrite } from '@/lib/rewrite';
import { isWordChar, scriptWeights } from '@/lib/rewrite/script';
import { heldOutEn, heldOutZh, reviewed } from './held-out-drafts';
import { nudgeFor, shippedMatcher, shippedNorms } from './norms-for-tests';

/** The abusive drafts of tests/unit/norms/presets.test.ts. */
const presetSamples = ['你个傻逼', '你是煞笔吧', 'nmsl', '你怎么不去死', '河南人都是骗子', '女人就是头发长见识短', '你这个白眼狼', '看不起农村人', 'you idiot', 'just kill yourself', 'go to hell you moron'];
/** The drafts that read as nonsense before phrase rewrites. */
const reported = ['You are such an id1ot', '你这个傻*逼', 'you are such an idiot'];
const demoSamples = samples.filter((sample) => sample.category !== null).flatMap((sample) => [sample.zh, sample.en]);

// Only the drafts the shipped lists flag: some reviewed ones are quiet on purpose ("stfu" alone).
const drafts = [...new Set([...reported, ...presetSamples, ...demoSamples, ...heldOutZh, ...heldOutEn, ...reviewed.filter((draft) => shippedMatcher.hasMatch(draft))])];

const letters = (text: string, script: RegExp) => new Set([...text].filter((char) => script.test(char)).map((char) => char.toLowerCase()));
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

describe.each(drafts)('the rewrite of "%s"', (draft) => {
  const flags = shippedMatcher.findAll(draft);
  const result = rewrite(draft, flags, shippedNorms);

  it('is flagged, and rewritten', () => {
    expect(flags.length).toBeGreaterThan(0);
    expect(result.edits.length).toBeGreaterThan(0);
  });

  it('brings in no letter of the other script', () => {
    const chinese = scriptWeights(draft).han >= scriptWeights(draft).latinWords;
    const other = chinese ? LATIN : HAN;
    const before = letters(draft, other);
    for (const letter of letters(result.text, other)) expect(before, `${letter} in "${result.text}"`).toContain(letter);
  });

  it('needs no nudge when judged again, and no list matches it at all', () => {
    expect(nudgeFor(result.text)).toBe('none');
    expect(shippedMatcher.findAll(result.text).map((match) => result.text.slice(match.start, match.end))).toEqual([]);
  });

  it('puts nothing inside a word', () => {
    for (const edit of result.edits) {
      const before = draft[edit.start - 1];
      const after = draft[edit.end];
      if (edit.insert === '') expect(isWordChar(before) && isWordChar(after), `"${draft}" ${edit.start}–${edit.end}`).toBe(false);
      else {
        expect(isWordChar(before) && isWordChar(edit.insert[0]), `"${draft}" before ${edit.start}`).toBe(false);
        expect(isWordChar(after) && isWordChar(edit.insert[edit.insert.length - 1]), `"${draft}" after ${edit.end}`).toBe(false);
      }
    }
  });
});
