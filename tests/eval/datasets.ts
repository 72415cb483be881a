// The evaluation data in ../shared/data (see its README): which file is which split, and which
// splits may be used for tuning. Test splits and odd SWSR rows are for reporting only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';

export type Role = 'tune' | 'report';

export interface Split {
  dataset: 'COLD' | 'SWSR' | 'OLID' | 'HateXplain' | 'Davidson';
  split: string;
  language: 'zh' | 'en';
  role: Role;
  /** Keyword-collected data (Davidson): only recall means anything. */
  recallOnly?: boolean;
  file: string;
  /** Keeps some rows of the file by their 0-based index (SWSR has no official split). */
  keep?: (index: number) => boolean;
}

export interface Row {
  text: string;
  label: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `$SANSI_DATA_DIR`, else `../shared/data` next to the repository. */
export function dataDir(): string {
  return process.env.SANSI_DATA_DIR
    ? path.resolve(process.env.SANSI_DATA_DIR)
    : path.resolve(repoRoot, '..', 'shared', 'data');
}

export const splits: readonly Split[] = [
  { dataset: 'COLD', split: 'train', language: 'zh', role: 'tune', file: 'cold/train.csv' },
  { dataset: 'COLD', split: 'dev', language: 'zh', role: 'tune', file: 'cold/dev.csv' },
  { dataset: 'COLD', split: 'test', language: 'zh', role: 'report', file: 'cold/test.csv' },
  { dataset: 'SWSR', split: 'even', language: 'zh', role: 'tune', file: 'swsr/all.csv', keep: (i) => i % 2 === 0 },
  { dataset: 'SWSR', split: 'odd', language: 'zh', role: 'report', file: 'swsr/all.csv', keep: (i) => i % 2 === 1 },
  { dataset: 'OLID', split: 'train', language: 'en', role: 'tune', file: 'olid/train.csv' },
  { dataset: 'OLID', split: 'test', language: 'en', role: 'report', file: 'olid/test.csv' },
  { dataset: 'HateXplain', split: 'val', language: 'en', role: 'tune', file: 'hatexplain/val.csv' },
  { dataset: 'HateXplain', split: 'test', language: 'en', role: 'report', file: 'hatexplain/test.csv' },
  { dataset: 'Davidson', split: 'all', language: 'en', role: 'tune', recallOnly: true, file: 'davidson/all.csv' },
];

/** Reads a `text,label` CSV; throws on a malformed row so a broken file never scores quietly. */
export function loadRows(split: Split): Row[] {
  const file = path.join(dataDir(), split.file);
  const [header, ...records] = parseCsv(readFileSync(file, 'utf8'));
  if (header?.[0] !== 'text' || header[1] !== 'label') throw new Error(`${file}: expected a text,label header`);
  const rows: Row[] = [];
  records.forEach((record, index) => {
    if (split.keep && !split.keep(index)) return;
    const [text, label] = record;
    if (text === undefined || (label !== '0' && label !== '1')) {
      throw new Error(`${file}: bad row ${index + 2}: ${JSON.stringify(record).slice(0, 80)}`);
    }
    rows.push({ text, label: label === '1' });
  });
  return rows;
}

export interface ColdFineRow {
  text: string;
  label: number;
  fine: number;
}

/** COLD test with fine-grained labels; `fine` 3 = anti-bias (safe text that opposes bias). */
export function loadColdTestFine(): ColdFineRow[] {
  const file = path.join(dataDir(), 'cold', 'test.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ColdFineRow);
}
