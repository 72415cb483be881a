// lib/model: the shipped weights load, score sensibly, and every span lands inside the text on a
// code point boundary; the codec round-trips; scoring is deterministic.
import { statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ModelWeights, detectLanguage, loadModel, scoreDraft, shippedModel } from '../../../lib/model';
import { decodeBase64, decodeTable, encodeBase64, encodeWeight } from '../../../lib/model/codec';
import { Units, normaliseUnits } from '../../../lib/model/features';
import { enWeights } from '../../../lib/model/weights/en';
import { zhWeights } from '../../../lib/model/weights/zh';

const root = path.resolve(__dirname, '..', '..', '..');

const pieces = [
  '某地人', '就', '没一个', '老实的', '你们', '这种人', '黑人', '女的', '都是', '垃圾', '。', '，', '！', '?',
  'people', 'like', 'you', 'ruin', 'every', 'thread', 'idiots', 'all', 'of', 'them', ' ', '  ', '\n', '\t',
  'Ｓ', 'Ｂ', '廢物', '哈哈哈哈', 'fuuuuck', '😀', '🖕', '\uD83D', '\uDE00', '\u200B', '\u0301', '\uFE0F', '123', '１２',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** A code point boundary: not between a high and a low surrogate. */
const onBoundary = (s: string, i: number): boolean => i === 0 || i === s.length || !(isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i)));

describe('shipped weights', () => {
  it.each(['zh', 'en'])('weights/%s.ts is at most 1 MB', (language) => {
    expect(statSync(path.join(root, 'lib', 'model', 'weights', `${language}.ts`)).size).toBeLessThanOrEqual(1_000_000);
  });

  it.each([zhWeights, enWeights])('$language decodes to 2^bits buckets with a threshold in (0, 1)', (w) => {
    expect(decodeBase64(w.weights).length).toBe(2 ** w.bits);
    expect(w.threshold).toBeGreaterThan(0);
    expect(w.threshold).toBeLessThan(1);
    expect(loadModel(w).language).toBe(w.language);
  });

  it('loads each language once', () => {
    expect(shippedModel('zh')).toBe(shippedModel('zh'));
    expect(shippedModel('en')).toBe(shippedModel('en'));
  });
});

describe('scoreDraft: obvious cases', () => {
  it.each([
    '外地人就没几个素质高的',
    '黑人都是懒惰的',
    '说真的，某地人就没一个老实的',
  ])('flags an implicit group attack with no listed term: %s', (draft) => {
    const r = scoreDraft(draft);
    expect(r.language).toBe('zh');
    expect(r.flagged).toBe(true);
    expect(r.probability).toBeGreaterThanOrEqual(r.threshold);
    expect(r.spans.length).toBeGreaterThan(0);
  });

  // The English model is trained on permissive data only and runs at a high-precision threshold
  // (README.md): it flags explicit abuse but scores implicit attacks only above neutral text.
  it('flags explicit English abuse', () => {
    expect(scoreDraft('you are a stupid bitch').flagged).toBe(true);
  });

  it.each([
    ['people like you ruin every thread', 'Thanks for sharing, this was really helpful!'],
    ['muslims are all terrorists and should go back', 'The meeting moved to Thursday at 3pm, see you there.'],
  ])('scores an implicit English attack above neutral text: %s', (attack, neutral) => {
    expect(scoreDraft(attack).probability).toBeGreaterThan(scoreDraft(neutral).probability);
  });

  it.each([
    '今天天气不错，我们下午去公园散步吧',
    '谢谢分享，这篇文章写得很清楚，学到了',
    'Thanks for sharing, this was really helpful!',
    'The meeting moved to Thursday at 3pm, see you there.',
    '',
    '🙂 123',
  ])('leaves a neutral draft alone: %j', (draft) => {
    const r = scoreDraft(draft);
    expect(r.flagged).toBe(false);
  });

  it('marks the words that carried the score', () => {
    const draft = '说真的，外地人就没几个素质高的';
    const marked = scoreDraft(draft).spans.map((s) => draft.slice(s.start, s.end)).join('|');
    expect(marked).toMatch(/外地人/);
    const english = 'you are a stupid bitch';
    expect(scoreDraft(english).spans.map((s) => english.slice(s.start, s.end)).join('|')).toMatch(/stupid bitch/);
  });

  it('reads traditional and full-width forms as simplified and ASCII', () => {
    expect(scoreDraft('某地人就沒一個老實的').probability).toBeCloseTo(scoreDraft('某地人就没一个老实的').probability, 12);
    expect(scoreDraft('ＰＥＯＰＬＥ like you').probability).toBeCloseTo(scoreDraft('people like you').probability, 12);
  });
});

describe('properties', () => {
  it('probability in [0, 1]; spans inside the text, on code point boundaries, sorted, disjoint', () => {
    fc.assert(
      fc.property(text, (draft) => {
        for (const model of [shippedModel('zh'), shippedModel('en')]) {
          const r = model.score(draft);
          expect(r.probability).toBeGreaterThanOrEqual(0);
          expect(r.probability).toBeLessThanOrEqual(1);
          expect(r.flagged).toBe(r.probability >= r.threshold);
          let last = 0;
          for (const s of r.spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(draft.length);
            expect(onBoundary(draft, s.start) && onBoundary(draft, s.end)).toBe(true);
            expect(s.weight).toBeGreaterThan(0);
            expect(draft.slice(s.start, s.end).trim()).not.toBe('');
            last = s.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('long drafts: windows never split a surrogate pair and spans stay inside', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 100, maxLength: 400 }), (xs) => {
        const draft = xs.join('');
        const r = scoreDraft(draft);
        for (const s of r.spans) {
          expect(s.end).toBeLessThanOrEqual(draft.length);
          expect(onBoundary(draft, s.start) && onBoundary(draft, s.end)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same draft scores the same, through any model instance', () => {
    fc.assert(
      fc.property(text, (draft) => {
        const fresh = loadModel(zhWeights);
        expect(fresh.score(draft)).toEqual(shippedModel('zh').score(draft));
        expect(shippedModel('zh').score(draft)).toEqual(shippedModel('zh').score(draft));
      }),
      { numRuns: 50 },
    );
  });

  it('the normaliser maps every unit back into the text', () => {
    fc.assert(
      fc.property(text, (draft) => {
        const u = normaliseUnits(draft, new Units());
        expect(u.cp[0]).toBe(0x20);
        expect(u.cp[u.length - 1]).toBe(0x20);
        for (let i = 0; i < u.length; i++) {
          expect(u.start[i]).toBeGreaterThanOrEqual(0);
          expect(u.end[i]).toBeLessThanOrEqual(draft.length);
          expect(u.start[i]!).toBeLessThanOrEqual(u.end[i]!);
          expect(onBoundary(draft, u.start[i]!) && onBoundary(draft, u.end[i]!)).toBe(true);
        }
      }),
    );
  });
});

describe('codec', () => {
  it('base64 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = encodeBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(encoded)).toEqual(bytes);
      }),
    );
  });

  it('rejects malformed base64', () => {
    expect(() => decodeBase64('abc')).toThrow();
    expect(() => decodeBase64('ab!d')).toThrow();
  });

  it('every byte decodes to a weight that encodes back to the same byte', () => {
    const table = decodeTable(3.5);
    for (let b = 0; b < 256; b++) {
      if (b === 128) continue; // -128 is never written: bytes span -127..127
      expect(encodeWeight(table[b]!, 3.5)).toBe(b);
    }
    expect(table[0]).toBe(0);
    expect(table[127]).toBe(3.5);
  });

  it('weights round-trip through loadModel', () => {
    const bits = 8;
    const bytes = new Uint8Array(2 ** bits);
    const w: ModelWeights = {
      format: 1,
      language: 'en',
      minN: 1,
      maxN: 3,
      bits,
      bias: 0,
      scale: 1,
      threshold: 0.5,
      window: 300,
      weights: encodeBase64(bytes),
      provenance: {},
    };
    const zero = loadModel(w).score('anything at all');
    expect(zero.probability).toBe(0.5);
    expect(zero.spans).toEqual([]);
    bytes.fill(127);
    const positive = loadModel({ ...w, weights: encodeBase64(bytes) }).score('abc');
    expect(positive.probability).toBeGreaterThan(0.9);
    expect(positive.spans).toEqual([{ start: 0, end: 3, weight: expect.any(Number) }]);
    expect(() => loadModel({ ...w, bits: 9 })).toThrow(/expected 512 bytes/);
    expect(() => loadModel({ ...w, format: 2 as 1 })).toThrow(/format/);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['某地人就没一个老实的', 'zh'],
    ['people like you ruin every thread', 'en'],
    ['nmsl 你们这些人', 'zh'],
    ['I met 王小明 yesterday at the station', 'en'],
    ['🙂 123', null],
    ['', null],
  ] as const)('%j → %s', (draft, language) => {
    expect(detectLanguage(draft)).toBe(language);
  });
});
