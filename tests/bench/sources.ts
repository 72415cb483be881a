// Reads the benchmark's source material from /work/shared/data (Node only). The browser run
// receives the same Sources as JSON.
import { readFileSync } from 'node:fs';
import type { Sources } from './data';

const DATA = process.env.SANSI_DATA ?? '/work/shared/data';

function lines(path: string): string[] {
  return readFileSync(`${DATA}/${path}`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** First column of a `text,label` CSV, quotes removed; the first `limit` rows. */
function csvTexts(path: string, limit: number): string[] {
  return lines(path)
    .slice(1, limit + 1)
    .map((l) => l.replace(/,[01]$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
}

export function loadSources(): Sources {
  const obscenity = lines('lexicons/obscenity_englishDataset_0.4.6.txt').map((l) => l.split('\t')[0]!);
  const hant = (JSON.parse(readFileSync(`${DATA}/lexicons/bad-words-chinese_zh-Hant.json`, 'utf8')) as { words: string[] }).words;
  return {
    en: [...lines('lexicons/ldnoobw_en.txt'), ...obscenity],
    zh: [...lines('lexicons/ldnoobw_zh.txt'), ...hant, ...lines('lexicons/sexhatelex_zh.txt')].filter((w) => w.length >= 2),
    postsEn: csvTexts('olid/train.csv', 3000),
    postsZh: csvTexts('cold/train.csv', 3000),
    obscenityWords: obscenity,
  };
}
