import { describe, expect, it } from 'vitest';
import { compile } from '@/lib/matcher';
import type { NormEntry } from '@/lib/norms/format';
import { importNormsFile } from '@/lib/norms/import-file';
import { alternativesFor, rewrite, rewrittenDraft, rewrittenUntilQuiet, type RewriteNorms } from '@/lib/rewrite';
import { shippedMatcher, shippedNorms } from './norms-for-tests';

function flagsOf(text: string) {
  return shippedMatcher.findAll(text);
}

describe('alternativesFor', () => {
  it('rewrites the phrase around an insult, in the draft language, with a preview of the whole draft', () => {
    const text = 'You are such an id1ot';
    const alternatives = alternativesFor(text, flagsOf(text)[0]!, shippedNorms);
    expect(alternatives.map((alternative) => alternative.preview)).toEqual(["I think you're wrong about this", 'I see it differently', "I don't agree with you"]);
    expect(alternatives[0]).toMatchObject({ start: 0, end: text.length, lang: 'en' });
  });

  it('answers the three drafts that read as nonsense before', () => {
    const preview = (text: string) => alternativesFor(text, flagsOf(text)[0]!, shippedNorms)[0]?.preview;
    expect(preview('You are such an id1ot')).toBe("I think you're wrong about this");
    expect(preview('你这个傻*逼')).toBe('我不太认同你');
    expect(preview('you are such an idiot')).toBe("I think you're wrong about this");
  });

  it('keeps the rest of the sentence, and its capitals', () => {
    const text = 'I love this movie but you are an idiot';
    expect(alternativesFor(text, flagsOf(text)[0]!, shippedNorms)[0]?.preview).toBe("I love this movie but I think you're wrong about this");
    const zh = '楼主真是个傻*逼';
    expect(alternativesFor(zh, flagsOf(zh)[0]!, shippedNorms).map((alternative) => alternative.preview)).toEqual(['楼主说得不太对', '楼主的做法我不太认同']);
  });

  it('rewrites "shut up" and "滚" as the whole retort', () => {
    expect(alternativesFor('shut up', flagsOf('shut up')[0]!, shippedNorms)[0]?.insert).toBe("Let's leave it here");
    expect(alternativesFor('给我滚', flagsOf('给我滚')[0]!, shippedNorms)[0]?.preview).toBe('我们别聊了');
  });

  it('leaves out a name thrown after a comma', () => {
    const text = 'stop it, idiot';
    expect(alternativesFor(text, flagsOf(text)[0]!, shippedNorms)[0]?.preview).toBe('stop it');
  });

  it('asks a question where the draft asked one, and says no question mark twice', () => {
    expect(alternativesFor('are you an idiot?', flagsOf('are you an idiot?')[0]!, shippedNorms)[0]?.preview).toBe('Are you sure about this?');
  });

  it('grows a flag inside a word to the whole word, so nothing is put inside one', () => {
    const norms: RewriteNorms = { terms: [{ id: 'x.ass', category: 'profanity', suggestion: { en: 'Wow' } }] };
    const flag = { start: 3, end: 6, normId: 'x.ass', category: 'profanity' as const };
    expect(alternativesFor('badass move', flag, norms)[0]).toMatchObject({ start: 0, end: 11, insert: 'Wow' });
  });

  it('falls back to the whole clause with the suggestion for a list without phrase rewrites', () => {
    const result = importNormsFile(new TextEncoder().encode('ninnyhammer,insult,2,I see it differently\n'), 'class.csv');
    if (!result.ok) throw new Error('the CSV should import');
    const text = 'You are such a ninnyhammer, honestly';
    const [flag] = compile(result.list).findAll(text);
    expect(alternativesFor(text, flag!, result.list).map((alternative) => alternative.preview)).toEqual(['I see it differently, honestly']);
  });

  it('offers nothing when the term has no suggestion in the draft language', () => {
    const norms: RewriteNorms = { terms: [{ id: 'x.ninny', category: 'insult', suggestion: { 'zh-CN': '我不同意' } }] };
    expect(alternativesFor('what a ninny', { start: 7, end: 12, normId: 'x.ninny', category: 'insult' }, norms)).toEqual([]);
  });
});

describe('rewrite', () => {
  it('returns the draft and no edits when nothing is flagged', () => {
    expect(rewrite('what a nice day', [], shippedNorms)).toEqual({ text: 'what a nice day', edits: [] });
  });

  it('rewrites every flag, the most severe phrase covering the ones inside it', () => {
    const text = 'Honestly, you are a fucking idiot.';
    expect(rewrite(text, flagsOf(text), shippedNorms)).toEqual({ text: "Honestly, I think you're wrong about this.", edits: [{ start: 10, end: 33, insert: "I think you're wrong about this" }] });
  });

  it('makes touching rewrites one, so two kind phrases never stand side by side', () => {
    expect(rewrite('go to hell you moron', flagsOf('go to hell you moron'), shippedNorms).text).toBe('I see it differently');
    expect(rewrite('shut up, fatso', flagsOf('shut up, fatso'), shippedNorms).text).toBe("Let's leave it here");
  });

  it('rewrites separate clauses separately', () => {
    const text = '卧槽，你这个傻逼';
    const result = rewrite(text, flagsOf(text), shippedNorms);
    expect(result.text).toBe('天哪，我不太认同你');
    expect(result.edits).toHaveLength(2);
  });

  it('writes each clause in its own language when the draft switches at a comma', () => {
    const text = 'you are such an idiot, 你这个傻逼';
    expect(rewrite(text, flagsOf(text), shippedNorms).text).toBe("I think you're wrong about this, 我不太认同你");
  });

  it('uses the chosen alternative, for all flags or per flag', () => {
    const text = 'you are such an idiot';
    expect(rewrite(text, flagsOf(text), shippedNorms, 1).text).toBe('I see it differently');
    expect(rewrite(text, flagsOf(text), shippedNorms, () => 2).text).toBe("I don't agree with you");
    expect(rewrite(text, flagsOf(text), shippedNorms, 9).text).toBe("I think you're wrong about this");
  });

  it('reads its terms from any list shape: a matcher match carries the suggestion itself', () => {
    const terms: NormEntry[] = [{ id: 'c.ninny', pattern: 'ninny', category: 'insult', severity: 1, note: {}, suggestion: { en: 'I see it differently' } }];
    const text = 'what a ninny';
    expect(rewrite(text, compile({ terms }).findAll(text), { terms: [] }).text).toBe('I see it differently');
  });
});

describe('rewrittenDraft', () => {
  it('is the draft with every first alternative in, or null when there is nothing to replace', () => {
    expect(rewrittenDraft('shut up, fatso', flagsOf('shut up, fatso'), shippedNorms)).toBe("Let's leave it here");
    expect(rewrittenDraft('what a nice day', [], shippedNorms)).toBeNull();
    const norms: RewriteNorms = { terms: [{ id: 'x.ninny', category: 'insult', suggestion: { 'zh-CN': '我不同意' } }] };
    expect(rewrittenDraft('what a ninny', [{ start: 7, end: 12, normId: 'x.ninny', category: 'insult' }], norms)).toBeNull();
  });
});

describe('long drafts', () => {
  it('rewrites a flag at the end of a megabyte pasted without a comma, quickly and only around it', () => {
    const text = `${'word '.repeat(200_000)}you are such an idiot`;
    const started = performance.now();
    const result = rewrite(text, flagsOf(text), shippedNorms);
    // Generous: a shared, busy machine; the point is that it is not quadratic.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.edits).toHaveLength(1);
    expect(result.edits[0]!.start).toBeGreaterThan(text.length - 400);
  });

  it('keeps a long clause’s far words, and does not take the cut for the clause’s start', () => {
    const text = `${'word '.repeat(100)}you are such an idiot`;
    const result = rewrite(text, flagsOf(text), shippedNorms);
    // "^ you are …" needs the clause to start there: 100 words before it, the clause is cut and
    // gives way to the suggestion, but only its last 160 characters.
    expect(result.edits[0]!.start).toBeGreaterThan(text.length - 21 - 161);
    expect(result.text).toMatch(/^(word ){60,}I see it differently$/);
  });
});

describe('replies', () => {
  it('keeps the mentions a reply starts with, and starts the sentence after them', () => {
    expect(rewrite('@lin @sam you are such an idiot', flagsOf('@lin @sam you are such an idiot'), shippedNorms).text).toBe("@lin @sam I think you're wrong about this");
    expect(rewrite('@lin fuck off', flagsOf('@lin fuck off'), shippedNorms).text).toBe("@lin Let's leave it here");
  });

  it('ends a question rewritten as a statement with a full stop when more follows', () => {
    const text = '谁会见人就说黑鬼？只有被伤害过才会这样';
    expect(rewrite(text, flagsOf(text), shippedNorms).text).toBe('每个人都应该被当作个体来看待。只有被伤害过才会这样');
  });
});

describe('rewrittenUntilQuiet', () => {
  it('rewrites again what the first rewrite brought to light, and stops when nothing is left', () => {
    const shown = (text: string) => (text.includes('moron') && !text.includes('idiot') ? flagsOf(text) : flagsOf(text).filter((flag) => flag.normId === 'en.idiot'));
    const text = 'you idiot. what a moron';
    expect(rewrittenUntilQuiet(text, shown, shippedNorms)).toBe("I think you're wrong about this. I don't agree with this");
    expect(rewrittenUntilQuiet('what a nice day', flagsOf, shippedNorms)).toBeNull();
  });
});

describe('swearing that only makes a word stronger', () => {
  it.each([
    ['this is fucking great', 'this is great'],
    ['fucking hell', 'Hell'],
    ['你他妈的能不能闭嘴', '你能不能闭嘴'],
    ['这他妈的是什么', '这是什么'],
    ['他妈的，又输了', '又输了'],
    ['真他妈好看', '真好看'],
  ])('"%s" is left without it: "%s"', (text, expected) => {
    expect(rewrite(text, flagsOf(text), shippedNorms).text).toBe(expected);
  });
});
