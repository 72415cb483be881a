// Curation aid, not part of the shipped code: how candidate terms would do on the TUNING splits
// (COLD train+dev, even SWSR rows; or OLID train + HateXplain val). For each candidate (plain
// substring after NFKC + lower-casing, so roughly what the matcher sees): texts with label 1 /
// label 0 containing it, and the same counted only over texts the default presets do not flag
// yet (what adding it would change). Test splits are never read.
//
//   npx tsx tests/eval/probe.ts zh 骗子 白左 ...        one line per candidate
//   npx tsx tests/eval/probe.ts zh --file words.txt      candidates from a file, one a line
//   npx tsx tests/eval/probe.ts zh --show 骗子           the tuning texts containing it
import { readFileSync } from 'node:fs';
import { compile } from '../../lib/matcher';
import { defaultPresetIds, mergePresets } from '../../lib/norms/presets';
import { loadRows, splits } from './datasets';

const [language = 'zh', ...rest] = process.argv.slice(2);
let candidates: string[] = [];
let show: string | undefined;
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i] ?? '';
  if (arg === '--file') candidates.push(...readFileSync(rest[++i] ?? '', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  else if (arg === '--show') show = rest[++i];
  else candidates.push(arg);
}
candidates = [...new Set(candidates.map((c) => c.normalize('NFKC').toLowerCase()))];
const matcher = compile(mergePresets(defaultPresetIds));
const tuning = splits.filter((s) => s.role === 'tune' && !s.recallOnly && s.language === language);
const rows = tuning.flatMap((split) => loadRows(split).map((row) => ({ ...row, where: `${split.dataset} ${split.split}`, text: row.text.normalize('NFKC').toLowerCase() })));
const covered = rows.map((row) => matcher.hasMatch(row.text));

if (show !== undefined) {
  const needle = show.normalize('NFKC').toLowerCase();
  rows.forEach((row, i) => {
    if (row.text.includes(needle)) console.log(`${row.label ? 1 : 0} ${covered[i] ? 'covered' : 'new    '} ${row.where}: ${row.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  });
} else {
  console.log('candidate\tlabel1\tlabel0\tprecision\tnew label1\tnew label0');
  for (const candidate of candidates) {
    let pos = 0, neg = 0, newPos = 0, newNeg = 0;
    rows.forEach((row, i) => {
      if (!row.text.includes(candidate)) return;
      if (row.label) pos++; else neg++;
      if (!covered[i]) { if (row.label) newPos++; else newNeg++; }
    });
    const precision = pos + neg ? (pos / (pos + neg)).toFixed(2) : '-';
    console.log(`${candidate}\t${pos}\t${neg}\t${precision}\t${newPos}\t${newNeg}`);
  }
}
