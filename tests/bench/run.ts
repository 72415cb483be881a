// npm run bench [-- --json] [-- --browser] [-- --quick]
//
// Runs the matcher benchmark in Node (and with --browser, also in headless Chromium), prints
// the table, writes tests/bench/results/latest.md (and latest-chromium.md), or with --json
// prints the results as JSON instead of the table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildInputs } from './data';
import { markdown } from './report';
import { loadSources } from './sources';
import { type Env, type Results, runSuite } from './suite';

const here = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const browser = args.has('--browser');
const quick = args.has('--quick');
const time = quick ? 60 : 150;
const lists = quick ? ['1k', '10k'] : undefined;
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const nodeEnv: Env = {
  name: `Node ${process.version}`,
  heapBytes: () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  },
  gc,
};

async function runBrowser(sources: ReturnType<typeof loadSources>): Promise<Results> {
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [join(here, 'browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    logLevel: 'error',
  });
  const { chromium } = await import('playwright-core');
  const chrome = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = await chrome.newPage();
    page.on('console', (m) => log(m.text()));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>sansi bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return (await page.evaluate(
      ([s, t, l]) => (globalThis as unknown as { runBench: (...a: unknown[]) => Promise<unknown> }).runBench(s, t, l),
      [sources, time, lists] as const,
    )) as Results;
  } finally {
    await chrome.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const sources = loadSources();
  const results: Results[] = [await runSuite(buildInputs(sources), nodeEnv, { time, ...(lists ? { lists } : {}), log })];
  if (browser) results.push(await runBrowser(sources));
  const dir = join(here, 'results');
  mkdirSync(dir, { recursive: true });
  for (const r of results) {
    const md = markdown(r);
    if (!quick) writeFileSync(join(dir, r.env.startsWith('Node') ? 'latest.md' : 'latest-chromium.md'), md);
    if (!json) process.stdout.write(`${md}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  log(`bench: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
