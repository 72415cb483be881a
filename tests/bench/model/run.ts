// npm run bench:model [-- --json]
//
// Times lib/model: scoring a 280-character and a 2,000-character draft (median µs per call) in
// each language, decoding the shipped weights (`loadModel`), and the first `scoreDraft` of a
// fresh process's models. Targets (issue 9): 280 chars ≤ 100 µs, 2,000 chars ≤ 500 µs median;
// loading adds ≤ 20 ms to the content script's first check. Writes results/latest.md.
//
// Drafts are built from tuning-split posts (COLD train, HateXplain val), the same every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRows, splits } from '../../eval/datasets';
import { type ModelLanguage, loadModel, scoreDraft, shippedModel } from '../../../lib/model';
import { enWeights } from '../../../lib/model/weights/en';
import { zhWeights } from '../../../lib/model/weights/zh';

const here = path.dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');

/** Concatenates posts (in file order, skipping every other one) until `length` code units. */
function draft(dataset: 'COLD' | 'HateXplain', split: string, length: number): string {
  const s = splits.find((x) => x.dataset === dataset && x.split === split);
  if (!s || s.role !== 'tune') throw new Error('bench drafts come from tuning splits only');
  let text = '';
  const rows = loadRows(s);
  for (let i = 0; text.length < length; i += 2) text += `${rows[i % rows.length]!.text} `;
  text = text.slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median µs per call over `batches` batches, each timed as a whole. */
function time(fn: () => unknown, batches = 60): number {
  let sink = 0;
  const once = (): number => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  for (let i = 0; i < 200; i++) sink += once(); // warm up, let the JIT settle
  const per = Math.max(1, Math.floor(0.5 / Math.max(1e-3, median(Array.from({ length: 21 }, once))))); // ~0.5 ms a batch
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let i = 0; i < per; i++) fn();
    samples.push(((performance.now() - t) * 1000) / per);
  }
  if (sink < 0) console.log(sink);
  return median(samples);
}

// First use in a fresh process: decode + first score, as the content script's first check sees it.
const firstCheck: Record<ModelLanguage, number> = { zh: 0, en: 0 };
for (const [language, text] of [['zh', '某地人就没一个老实的'], ['en', 'people like you ruin every thread']] as const) {
  const t = performance.now();
  scoreDraft(text);
  firstCheck[language] = performance.now() - t;
}

const rows: { what: string; zh: number; en: number; unit: string; target: string }[] = [];
const load = (w: typeof zhWeights): number => {
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    loadModel(w);
    samples.push(performance.now() - t);
  }
  return median(samples);
};
rows.push({ what: 'first scoreDraft in a fresh process (decode + score)', zh: firstCheck.zh, en: firstCheck.en, unit: 'ms', target: '≤ 20 ms' });
rows.push({ what: 'loadModel(weights), warm', zh: load(zhWeights), en: load(enWeights), unit: 'ms', target: '≤ 20 ms' });
for (const [length, target] of [[280, '≤ 100 µs'], [2000, '≤ 500 µs']] as const) {
  const zh = draft('COLD', 'train', length);
  const en = draft('HateXplain', 'val', length);
  const zm = shippedModel('zh');
  const em = shippedModel('en');
  rows.push({ what: `score a ${length}-char draft (model.score)`, zh: time(() => zm.score(zh)), en: time(() => em.score(en)), unit: 'µs', target });
  rows.push({ what: `scoreDraft, ${length} chars (with language detection)`, zh: time(() => scoreDraft(zh)), en: time(() => scoreDraft(en)), unit: 'µs', target });
}
const bytes = (w: typeof zhWeights): number => w.weights.length;
const md = [
  `# Sansi model benchmark — Node ${process.version}`,
  '',
  `Run ${new Date().toISOString()}. \`npm run bench:model\` regenerates this file. Medians.`,
  `Weights: zh ${bytes(zhWeights)} base64 chars (2^${zhWeights.bits} buckets), en ${bytes(enWeights)} (2^${enWeights.bits}).`,
  '',
  '| what | zh | en | unit | target |',
  '|---|--:|--:|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.zh.toFixed(r.unit === 'ms' ? 2 : 1)} | ${r.en.toFixed(r.unit === 'ms' ? 2 : 1)} | ${r.unit} | ${r.target} |`),
  '',
].join('\n');
mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results', 'latest.md'), md);
process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : `${md}\n`);
