// The ordinary posts in ../shared/data/ordinary (see its README): everyday talk that Sansi
// should leave alone. Not labelled for abuse (a few rows are abusive); the positive and neutral
// rows are the ones where any nudge is wrong.
//   GoEmotions (Reddit, CC-BY-4.0): `text,emotions`. train trains the English model as hard
//   negatives; dev is held out and calibrates the English nudge threshold.
//   Weibo osm (research use only): `text,sentiment`. Calibrates the Chinese nudge threshold and
//   is reported on; it never trains shipped weights.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { dataDir } from './datasets';

export interface OrdinaryRow {
  text: string;
  /** Every emotion positive or neutral (GoEmotions), or `positive` sentiment (osm). */
  positive: boolean;
}

export interface OrdinarySet {
  name: string;
  language: 'zh' | 'en';
  rows: OrdinaryRow[];
}

/** GoEmotions' positive emotions (the paper's sentiment grouping) and neutral. */
const POSITIVE_EMOTIONS = new Set([
  'admiration', 'amusement', 'approval', 'caring', 'desire', 'excitement', 'gratitude', 'joy', 'love', 'optimism', 'pride', 'relief', 'neutral',
]);

function read(file: string): string[][] {
  const full = path.join(dataDir(), 'ordinary', file);
  const [header, ...records] = parseCsv(readFileSync(full, 'utf8'));
  if (header?.[0] !== 'text' || header.length !== 2) throw new Error(`${full}: expected a two-column header starting with text`);
  return records;
}

export function goEmotions(split: 'train' | 'dev'): OrdinarySet {
  const rows = read(`goemotions_${split}.csv`).map(([text = '', emotions = '']) => ({
    text,
    positive: emotions.split(',').every((e) => POSITIVE_EMOTIONS.has(e.trim())),
  }));
  return { name: `GoEmotions ${split}`, language: 'en', rows };
}

export function weiboOsm(): OrdinarySet {
  const rows = read('weibo_osm_train.csv').map(([text = '', sentiment = '']) => ({ text, positive: sentiment === 'positive' }));
  return { name: 'Weibo osm', language: 'zh', rows };
}

/** The sets the eval reports on (GoEmotions train is the English model's training data). */
export function ordinarySets(): OrdinarySet[] {
  return [weiboOsm(), goEmotions('dev')];
}
