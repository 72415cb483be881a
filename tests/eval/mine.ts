// Curation aid, not part of the shipped code: lists candidate terms that mostly occur in
// label-1 texts of the TUNING splits (COLD train+dev and even SWSR rows for Chinese; OLID train
// and HateXplain val for English). Every candidate still needs a human decision: many are
// topic words (黑人, 女权, muslim) that would flag ordinary talk and must not ship.
//
//   npx tsx tests/eval/mine.ts zh [minCount] [minPrecision] [--uncovered] [--max-n N]
//   npx tsx tests/eval/mine.ts en [minCount] [minPrecision] [--uncovered]
//
// --uncovered counts only texts the default presets do not flag yet, so each line shows what a
// new term would add (label-1 texts gained, label-0 texts newly flagged) rather than what it
// would repeat. Columns: gram, label-1 texts, label-0 texts, precision.
import { compile } from '../../lib/matcher';
import { defaultPresetIds, mergePresets } from '../../lib/norms/presets';
import { loadRows, splits } from './datasets';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const maxNIndex = args.indexOf('--max-n');
const maxN = maxNIndex >= 0 ? Number(args[maxNIndex + 1]) : 4;
const positional = args.filter((a, i) => !a.startsWith('--') && !(maxNIndex >= 0 && i === maxNIndex + 1));
const [language = 'zh', minCountArg = '8', minPrecisionArg = '0.8'] = positional;
const minCount = Number(minCountArg);
const minPrecision = Number(minPrecisionArg);
const uncovered = flags.has('--uncovered');
const matcher = uncovered ? compile(mergePresets(defaultPresetIds)) : undefined;

const counts = new Map<string, [number, number]>();
const tuning = splits.filter((s) => s.role === 'tune' && !s.recallOnly && s.language === language);
for (const split of tuning) {
  for (const row of loadRows(split)) {
    if (matcher?.hasMatch(row.text)) continue;
    const grams = new Set<string>();
    if (language === 'zh') {
      const chars = [...row.text.replace(/[^\p{Script=Han}a-zA-Z]/gu, ' ')];
      for (let n = 2; n <= maxN; n++) {
        for (let i = 0; i + n <= chars.length; i++) {
          const gram = chars.slice(i, i + n).join('');
          if (!gram.includes(' ')) grams.add(gram.toLowerCase());
        }
      }
    } else {
      const words = row.text.toLowerCase().match(/[a-z][a-z']*/g) ?? [];
      for (const w of words) grams.add(w);
      for (let i = 0; i + 1 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]}`);
    }
    for (const gram of grams) {
      const c = counts.get(gram) ?? [0, 0];
      c[row.label ? 1 : 0]++;
      counts.set(gram, c);
    }
  }
}
const candidates = [...counts.entries()]
  .filter(([, [neg, pos]]) => pos >= minCount && pos / (pos + neg) >= minPrecision)
  .sort((a, b) => b[1][1] - a[1][1]);
for (const [gram, [neg, pos]] of candidates) console.log(`${gram}\t${pos}\t${neg}\t${(pos / (pos + neg)).toFixed(2)}`);
