// The benchmark itself, the same in Node and in Chromium: builds every contender on every
// list (build time, heap), then times every contender on every text with tinybench. A task
// call runs the operation enough times to last ~1 ms, so coarse browser clocks still resolve
// microseconds; we report the median per operation.
import { Bench } from 'tinybench';
import {
  type Contender,
  floor,
  listContenders,
  obscenity,
  sansi,
  sansiJudge,
  sansiNormalise,
} from './contenders';
import { type JudgeDeps, defaultJudgeSettings, judge } from '../../lib/judgement';
import type { BenchInputs } from './data';

export interface Env {
  name: string;
  /** Bytes in use (JS heap plus array buffers where the environment tells), after a GC. */
  heapBytes(): number;
  gc(): void;
}

export interface Timing {
  contender: string;
  list: string;
  text: string;
  textChars: number;
  /** Median µs per call. */
  medianUs: number;
  /** MB/s of UTF-16 text (2 bytes a code unit). */
  mbPerS: number;
  /** Median of this contender ÷ median of Sansi findAll on the same list and text. */
  vsSansi: number;
  matches: number;
}

export interface Build {
  contender: string;
  list: string;
  terms: number;
  buildMs: number;
  heapMB: number;
}

export interface Results {
  env: string;
  date: string;
  timings: Timing[];
  builds: Build[];
  /** Sansi's own count of its matcher's bytes, per list. */
  sansiBytes: Record<string, number>;
}

export interface SuiteOptions {
  /** tinybench time budget per task, ms. */
  time: number;
  /** Duration of one timed sample, ms: 1 in Node, more where the clock is coarse. */
  callMs?: number;
  /** Limit the lists (e.g. for a quick run). */
  lists?: string[];
  log?: (line: string) => void;
}

/** Every contender's build is timed the same way: best of this many, each after two full GCs. */
export const BUILD_REPEATS = 3;

function measureBuild<T, I>(env: Env, c: Contender<T, I>, words: readonly string[], repeats: number): { built: T; ms: number; heapMB: number; all: number[] } {
  const input = c.prepare ? c.prepare(words) : (words as I);
  let best = Infinity;
  const all: number[] = [];
  let built: T | undefined;
  for (let r = 0; r < repeats; r++) {
    built = undefined;
    // Twice: array buffers of the previous repeat are freed by a concurrent sweeper that the
    // next full collection waits for; with one, `before` could still count them (the 50k
    // build then showed a negative heap).
    env.gc();
    env.gc();
    const before = env.heapBytes();
    const t0 = performance.now();
    built = c.build(input);
    const ms = performance.now() - t0;
    best = Math.min(best, ms);
    all.push(ms);
    if (r === repeats - 1) {
      env.gc();
      env.gc();
      const heapMB = (env.heapBytes() - before) / (1024 * 1024);
      return { built, ms: best, heapMB, all };
    }
  }
  throw new Error('unreachable');
}

async function time<T>(c: Contender<T, any>, built: T, text: string, budgetMs: number, callMs: number): Promise<{ medianUs: number; matches: number }> {
  // Calibrate: how many calls make one sample of ~callMs (browsers' clocks are coarse).
  const matches = c.run(built, text);
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) c.run(built, text);
    const dt = performance.now() - t0;
    if (dt >= callMs || reps >= 1 << 20) break;
    reps *= dt < 0.1 ? 8 : 2;
  }
  const bench = new Bench({ time: budgetMs, iterations: 5, warmupTime: Math.min(50, budgetMs / 4), warmupIterations: 2 });
  bench.add(c.name, () => {
    for (let i = 0; i < reps; i++) c.run(built, text);
  });
  await bench.run();
  const result = bench.tasks[0]!.result as { latency?: { p50: number } } | undefined;
  const p50 = result?.latency?.p50;
  if (p50 === undefined) throw new Error(`benchmark of ${c.name} failed`);
  return { medianUs: (p50 * 1000) / reps, matches };
}

/** A draft of up to `size` characters made of the sentences of `source` that no list flags. */
function unflaggedDraft(deps: JudgeDeps, source: string, size: number): string {
  let out = '';
  for (const sentence of source.split(/(?<=[。！？.!?\n])/)) {
    if (judge(sentence, deps, defaultJudgeSettings).flags.length > 0) continue;
    if (out.length + sentence.length > size) break;
    out += sentence;
  }
  if (judge(out, deps, defaultJudgeSettings).flags.length > 0) throw new Error('the unflagged bench draft has flags');
  return out;
}

export async function runSuite(inputs: BenchInputs, env: Env, options: SuiteOptions): Promise<Results> {
  const log = options.log ?? (() => {});
  const callMs = options.callMs ?? 1;
  const timings: Timing[] = [];
  const builds: Build[] = [];
  const sansiBytes: Record<string, number> = {};
  const lists = Object.entries(inputs.lists).filter(([k]) => !options.lists || options.lists.includes(k));

  const push = (contender: string, list: string, textName: string, text: string, r: { medianUs: number; matches: number }) => {
    timings.push({
      contender,
      list,
      text: textName,
      textChars: text.length,
      medianUs: r.medianUs,
      mbPerS: (text.length * 2) / (r.medianUs / 1e6) / (1024 * 1024),
      vsSansi: NaN,
      matches: r.matches,
    });
  };

  for (const [listName, words] of lists) {
    for (const c of listContenders) {
      if (c === listContenders[1]) continue; // hasMatch shares findAll's build
      const b = measureBuild(env, c, words, BUILD_REPEATS);
      builds.push({ contender: c.name, list: listName, terms: words.length, buildMs: b.ms, heapMB: b.heapMB });
      log(`${env.name}: built ${c.name} on ${listName} in ${b.ms.toFixed(1)} ms (${b.all.map((x) => x.toFixed(1)).join(' / ')})`);
      const runners = c === sansi ? [sansi, listContenders[1]!] : [c];
      if (c === sansi) sansiBytes[listName] = (b.built as ReturnType<typeof sansi.build>).stats().bytes;
      for (const r of runners) {
        // Warm up on every text first, so the first measured text does not pay for the JIT.
        for (const deadline = performance.now() + 100; performance.now() < deadline; ) {
          for (const text of Object.values(inputs.texts)) if (text.length < 10_000 || !r.name.startsWith('RegExp')) r.run(b.built, text);
        }
        for (const [textName, text] of Object.entries(inputs.texts)) {
          // A 50k-way alternation over 100 KB takes most of a second a call: fewer samples.
          const budget = r.name.startsWith('RegExp') && text.length > 10_000 && words.length > 1000 ? 1 : options.time;
          push(r.name, listName, textName, text, await time(r, b.built, text, budget, callMs));
        }
      }
    }
  }

  // The floor and Sansi's normaliser alone, once per text (they do not depend on the list).
  for (const c of [floor, sansiNormalise] as Contender<any, any>[]) {
    const built = c.build([]);
    for (const [textName, text] of Object.entries(inputs.texts)) push(c.name, '—', textName, text, await time(c, built, text, options.time, callMs));
  }

  // obscenity on its own English list, against Sansi compiled from the same words.
  const ob = measureBuild(env, obscenity, [], BUILD_REPEATS);
  builds.push({ contender: obscenity.name, list: 'obscenity-en', terms: inputs.obscenityWords.length, buildMs: ob.ms, heapMB: ob.heapMB });
  const sb = measureBuild(env, sansi, inputs.obscenityWords, BUILD_REPEATS);
  builds.push({ contender: sansi.name, list: 'obscenity-en', terms: inputs.obscenityWords.length, buildMs: sb.ms, heapMB: sb.heapMB });
  // The floor on the same English texts: no matcher that reads every character through a
  // table can beat it, so obscenity ÷ floor bounds the ratio any such matcher can reach.
  const floorBuf = floor.build([]);
  for (const [textName, text] of Object.entries(inputs.englishTexts)) {
    push(sansi.name, 'obscenity-en', `en-${textName}`, text, await time(sansi, sb.built, text, options.time, callMs));
    push(obscenity.name, 'obscenity-en', `en-${textName}`, text, await time(obscenity, ob.built, text, options.time, callMs));
    push(floor.name, 'obscenity-en', `en-${textName}`, text, await time(floor, floorBuf, text, options.time, callMs));
  }
  // The whole judgement on the default presets (not a generated list): what a check of a long
  // draft costs in the extension. Drafts of 2,000 characters: the mixed ones, which the lists
  // flag (the model then does not read them: the lists come first), and one made of the 100 KB
  // draft's sentences that no list flags, which the model reads in full; it passes the banner
  // threshold, so the allow mask and a second model pass run too: the slowest path. Warmed
  // first, so the model's weights are decoded.
  const judgeDeps = sansiJudge.build(null);
  const judgeTexts: [string, string][] = [
    ['2000', inputs.texts['2000']!],
    ['en-2000', inputs.englishTexts['2000']!],
    ['unflagged-2000', unflaggedDraft(judgeDeps, inputs.texts['100KB']!, 2_000)],
  ];
  for (const [, text] of judgeTexts) sansiJudge.run(judgeDeps, text);
  for (const [textName, text] of judgeTexts) push(sansiJudge.name, 'default presets', textName, text, await time(sansiJudge, judgeDeps, text, options.time, callMs));
  log(`${env.name}: timings done`);

  // Ratios to Sansi findAll on the same list and text (the floor compares with every list).
  for (const t of timings) {
    const ref = timings.find((s) => s.contender === sansi.name && s.text === t.text && (t.list === '—' || s.list === t.list));
    t.vsSansi = ref ? t.medianUs / ref.medianUs : NaN;
  }
  return { env: env.name, date: new Date().toISOString(), timings, builds, sansiBytes };
}
