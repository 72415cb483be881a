// Turns benchmark results into the markdown table (committed under results/) and checks the
// targets of issue 3.
import { BUILD_REPEATS, type Results, type Timing } from './suite';

const AC = ['fastscan', '@monyone/aho-corasick', 'mint-filter'];

export interface Target {
  target: string;
  measured: string;
  met: boolean;
}

function find(r: Results, contender: string, list: string, text: string): Timing | undefined {
  return r.timings.find((t) => t.contender === contender && t.list === list && t.text === text);
}

export function targets(r: Results): Target[] {
  const out: Target[] = [];
  const s10k = find(r, 'sansi findAll', '10k', '2000');
  const acs = AC.map((a) => find(r, a, '10k', '2000')).filter((t): t is Timing => !!t);
  if (s10k && acs.length) {
    const fastest = acs.reduce((a, b) => (a.medianUs < b.medianUs ? a : b));
    const ratio = fastest.medianUs / s10k.medianUs;
    out.push({
      target: '≥ 3× the throughput of the fastest Aho–Corasick package (2,000 chars, 10k terms)',
      measured: `${ratio.toFixed(2)}× ${fastest.contender} (Sansi ${s10k.medianUs.toFixed(1)} µs, ${fastest.contender} ${fastest.medianUs.toFixed(1)} µs)`,
      met: ratio >= 3,
    });
    out.push({ target: '2,000 chars, 10k terms: about 50 µs or less', measured: `${s10k.medianUs.toFixed(1)} µs`, met: s10k.medianUs <= 50 });
  }
  for (const text of ['en-280', 'en-2000', 'en-100KB']) {
    const s = find(r, 'sansi findAll', 'obscenity-en', text);
    const o = find(r, 'obscenity', 'obscenity-en', text);
    const fl = find(r, 'floor (fold pass)', 'obscenity-en', text);
    if (s && o) {
      const ratio = o.medianUs / s.medianUs;
      const ceiling = fl ? ` (the floor itself reaches ${(o.medianUs / fl.medianUs).toFixed(0)}×)` : '';
      out.push({ target: `≥ 50× obscenity's throughput on its English list (${text})`, measured: `${ratio.toFixed(1)}×${ceiling}`, met: ratio >= 50 });
    }
  }
  const f = find(r, 'floor (fold pass)', '—', '100KB');
  for (const list of ['1k', '10k', '50k']) {
    const s = find(r, 'sansi findAll', list, '100KB');
    if (!s) continue;
    if (f) out.push({ target: `within 6× of the floor on 100 KB (${list} terms)`, measured: `${(s.medianUs / f.medianUs).toFixed(2)}× (floor ${(f.medianUs / 1000).toFixed(3)} ms)`, met: s.medianUs / f.medianUs <= 6 });
    out.push({ target: `100 KB in under 2 ms (${list} terms)`, measured: `${(s.medianUs / 1000).toFixed(3)} ms`, met: s.medianUs < 2000 });
  }
  const judged: Record<string, string> = { '2000': 'zh + en, flagged', 'en-2000': 'en, flagged', 'unflagged-2000': 'zh + en, no flag: the model reads it, masks and reads again' };
  for (const [text, what] of Object.entries(judged)) {
    const j = find(r, 'sansi judge (default lists + context + model)', 'default presets', text);
    if (j) out.push({ target: `judge a 2,000-char draft (${what}), default lists + context + model: ≤ 150 µs median`, measured: `${j.medianUs.toFixed(1)} µs (${j.textChars} chars)`, met: j.medianUs <= 150 });
  }
  const b50 = r.builds.find((b) => b.contender === 'sansi findAll' && b.list === '50k');
  if (b50) {
    out.push({ target: 'compile 50k terms in under 150 ms', measured: `${b50.buildMs.toFixed(1)} ms`, met: b50.buildMs < 150 });
    const bytes = r.sansiBytes['50k'];
    out.push({
      target: 'matcher of 50k terms under 20 MB of heap',
      measured: `${b50.heapMB.toFixed(1)} MB measured${bytes ? `, ${(bytes / 1048576).toFixed(1)} MB of typed arrays by count` : ''}`,
      met: b50.heapMB < 20 && (bytes === undefined || bytes < 20 * 1048576),
    });
  }
  return out;
}

const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');

export function markdown(r: Results): string {
  const lines: string[] = [];
  lines.push(`# Sansi matcher benchmark — ${r.env}`, '', `Run ${r.date}. \`npm run bench\` regenerates this file; ratios compare contenders within this one run.`, '');
  lines.push('Texts: drafts of 280 chars, 2,000 chars and 100 KB built from real posts (COLD, OLID train splits) with a few obfuscated terms; lists of 1k/10k/50k mixed Chinese/English terms (lexicon seeds + synthesised words). Only Sansi normalises (full-width, case, traditional → simplified, leetspeak, repeats, separators); the Aho–Corasick packages and the RegExp search the raw text.', '');
  lines.push('## Matching', '', '| list | text | contender | median µs/call | MB/s | × Sansi time | matches |', '|---|---|---|--:|--:|--:|--:|');
  for (const t of r.timings) {
    lines.push(`| ${t.list} | ${t.text} | ${t.contender} | ${fmt(t.medianUs, t.medianUs < 100 ? 2 : 1)} | ${fmt(t.mbPerS)} | ${fmt(t.vsSansi, 2)} | ${t.matches} |`);
  }
  lines.push('', '“× Sansi time”: this contender’s median ÷ Sansi findAll’s on the same list and text (above 1: Sansi is faster). The floor and normalise-only rows compare with Sansi on the 1k list (on the obscenity-en rows, with Sansi on the same English text). The floor is one pass folding each code unit through Sansi’s table into an Int32Array plus an offsets array.', '');
  lines.push('## Build', '', `Every contender's build is timed the same way: best of ${BUILD_REPEATS} builds in a row, each after two full collections; heap MB is the growth the last build leaves after two more. Every build starts from what the package takes: the word array for the others, term objects (\`{ id, pattern, category, severity }\`, made before the clock starts) for Sansi, whose \`compile\` takes terms as the extension stores them.`, '', `| list | terms | contender | build ms (best of ${BUILD_REPEATS}) | heap MB |`, '|---|--:|---|--:|--:|');
  for (const b of r.builds) lines.push(`| ${b.list} | ${b.terms} | ${b.contender} | ${fmt(b.buildMs)} | ${fmt(b.heapMB)} |`);
  lines.push('', '## Targets (issue 3)', '', '| target | measured | met |', '|---|---|---|');
  for (const t of targets(r)) lines.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('');
  return lines.join('\n');
}
