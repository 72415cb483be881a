// Deterministic benchmark inputs: term lists of 1k/10k/50k mixed Chinese/English terms (real
// lexicon words as seeds, then synthesised words), and drafts of 280 characters, 2,000
// characters and 100 KB built from real posts with a few obfuscated terms mixed in. Everything
// comes from a seeded PRNG, so every run (and the browser run) sees the same inputs.
import type { NormTerm } from '../../lib/matcher/types';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sources {
  /** Seed words, English. */
  en: string[];
  /** Seed words, Chinese. */
  zh: string[];
  /** Real posts, one per line. */
  postsEn: string[];
  postsZh: string[];
  /** obscenity's English dataset: its original words. */
  obscenityWords: string[];
}

export interface BenchInputs {
  lists: Record<string, string[]>;
  texts: Record<string, string>;
  /** English-only draft for the obscenity comparison. */
  englishTexts: Record<string, string>;
  obscenityWords: string[];
}

const SYLLABLES = ['ba', 'ko', 'ri', 'sun', 'tal', 'me', 'vor', 'ex', 'lin', 'dru', 'pa', 'ki', 'zo', 'fen', 'gar', 'ul', 'ost', 'ny'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** `count` unique terms, half Chinese, half English, seeds first. */
export function termList(src: Sources, count: number, seed: number): string[] {
  const rand = prng(seed);
  const out = new Set<string>();
  const han = [...new Set(src.zh.join('').replace(/[^\u4e00-\u9fff]/g, ''))];
  for (let i = 0; out.size < count / 2 && i < src.zh.length; i++) out.add(src.zh[i]!);
  for (let i = 0; out.size < count && i < src.en.length; i++) out.add(src.en[i]!.toLowerCase());
  let zh = [...out].filter((t) => /[\u4e00-\u9fff]/.test(t)).length;
  while (out.size < count) {
    if (zh < count / 2) {
      const len = 2 + Math.floor(rand() * 3);
      let w = '';
      for (let i = 0; i < len; i++) w += pick(rand, han);
      if (!out.has(w)) zh++;
      out.add(w);
    } else {
      const len = 2 + Math.floor(rand() * 3);
      let w = '';
      for (let i = 0; i < len; i++) w += pick(rand, SYLLABLES);
      out.add(w);
    }
  }
  return [...out];
}

const OBFUSCATED = ['傻 逼', 'ｆｕｃｋ', 'f.u.c.k', '廢物', 'N M S L', '$hit', 'fuuuuck', '傻*逼', 'b1tch', '草泥马'];

/** A draft of `size` UTF-16 units from real posts, with an obfuscated term every ~700 chars. */
export function draft(posts: string[], size: number, seed: number): string {
  const rand = prng(seed);
  let s = '';
  let nextTrick = 300;
  while (s.length < size) {
    s += pick(rand, posts) + ' ';
    if (s.length > nextTrick) {
      s += pick(rand, OBFUSCATED) + ' ';
      nextTrick += 700;
    }
  }
  // Cut on a code point boundary.
  let end = size;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

export function buildInputs(src: Sources): BenchInputs {
  const mixed = [...src.postsZh, ...src.postsEn];
  return {
    lists: {
      '1k': termList(src, 1_000, 1),
      '10k': termList(src, 10_000, 2),
      '50k': termList(src, 50_000, 3),
    },
    texts: {
      '280': draft(mixed, 280, 11),
      '2000': draft(mixed, 2_000, 12),
      '100KB': draft(mixed, 100 * 1024, 13),
    },
    englishTexts: {
      '280': draft(src.postsEn, 280, 21),
      '2000': draft(src.postsEn, 2_000, 22),
      '100KB': draft(src.postsEn, 100 * 1024, 23),
    },
    obscenityWords: src.obscenityWords,
  };
}

/** Sansi terms for a plain word list. */
export function asTerms(words: readonly string[]): NormTerm[] {
  return words.map((pattern, i) => ({ id: `t${i}`, pattern, category: 'insult', severity: 2 }));
}
