// `npm run bench:e2e`: what Sansi costs in real Chromium, with the built extension.
//   1. keystroke-to-highlight latency on a 2,000-character draft (median, p95);
//   2. the content script's main-thread time at load on a page with no fields;
//   3. long tasks while typing on a page with 200 fields;
//   4. the longest task of a 1 MB paste, with Sansi and without (paste.ts).
// Needs `wxt build` first (the e2e tests' build). Prints a table; exits non-zero on a miss.
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../e2e/harness/extension';
import { highlights } from '../../e2e/harness/overlay';
import { buildFixtures } from '../../e2e/harness/fixtures-build';
import { serveStatic } from '../../e2e/harness/server';
import { PASTES, pasteCost } from './paste';

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** A 2,000-character draft of ordinary comment text with a few flagged words in it (aimed at the reader, so they show). */
const DRAFT = (() => {
  const sentence = '我觉得这个观点值得讨论，but let us keep it civil. ';
  let text = '';
  for (let i = 0; text.length < 2000; i += 1) text += i % 8 === 7 ? `${sentence}你这个傻逼 ` : sentence;
  return text.slice(0, 2000);
})();

/**
 * Types `keys` one by one at the end of a 2,000-character draft and measures, for each key,
 * the time from its keydown to the end of the check it caused: the draft read, matched, and its
 * highlights measured and drawn. The content script marks that moment (`sansi:checked`, a
 * user-timing mark the page's PerformanceObserver sees). Observing the overlay's DOM instead
 * would miss keys whose check leaves the highlights as they were (nothing to write), and would
 * count unrelated writes (the card opening on keyup).
 */
async function keystrokeLatency(page: Page, selector: string, keys: string): Promise<number[]> {
  await page.click(selector);
  await page.evaluate(
    ([selector, draft]) => {
      const field = document.querySelector<HTMLElement>(selector)!;
      field.focus();
      document.execCommand('insertText', false, draft);
    },
    [selector, DRAFT] as const,
  );
  // Through Playwright's world: the overlay's shadow root is closed to the page.
  await highlights(page).first().waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const w = window as unknown as { samples: number[]; downAt: number };
    w.samples = [];
    w.downAt = 0;
    window.addEventListener('keydown', (event) => (w.downAt = event.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('sansi:checked')) {
        if (w.downAt && entry.startTime >= w.downAt) w.samples.push(entry.startTime - w.downAt);
        w.downAt = 0;
      }
    }).observe({ type: 'mark' });
  });
  for (const key of keys) {
    await page.keyboard.type(key);
    // One key per frame or two, like a fast typist (about 15 keys a second).
    await page.waitForTimeout(60);
  }
  // The typed words are flagged too: the checks measured drew what they found.
  const flagged = await highlights(page).count();
  if (flagged < 10) throw new Error(`Only ${flagged} highlights after typing`);
  return page.evaluate(() => (window as unknown as { samples: number[] }).samples);
}

/** Page loads per load-cost figure: script time on this box moves by milliseconds between loads. */
const LOADS = 15;

async function scriptTimeAtLoad(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // The content script runs at document_idle; give it time to finish its start-up.
  await page.waitForTimeout(400);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/**
 * The same load, traced: the main-thread time of the content script's own script events (its
 * evaluation and every callback it runs: listeners, timers, message replies), summed over the
 * trace's outermost script events from the extension's origin. ScriptDuration above is the
 * whole page's script time, with and without Sansi: on a loaded machine it moves by tens of
 * milliseconds between runs. This one counts the content script's events alone, including the
 * bindings Chromium creates lazily in its world on first use of each DOM interface (and the
 * tracing's own overhead), so it reads higher than the quiet-machine difference.
 */
async function contentScriptTimeAtLoad(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { data?: { url?: string } } }[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline'] } });
  await page.goto(url);
  await page.waitForTimeout(400);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const scripts = events
    .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  const until = new Map<number, number>();
  for (const e of scripts) {
    if ((until.get(e.tid) ?? 0) > e.ts) continue; // nested in one already counted
    until.set(e.tid, e.ts + (e.dur ?? 0));
    if (String(e.args?.data?.url ?? '').startsWith('chrome-extension://')) total += (e.dur ?? 0) / 1000;
  }
  return total;
}

async function longTasksWhileTyping(page: Page): Promise<{ focus: number[]; typing: number[] }> {
  const observe = () =>
    page.evaluate(() => {
      const w = window as unknown as { long: number[] };
      w.long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.long.push(entry.duration))).observe({ type: 'longtask' });
    });
  const read = () => page.evaluate(() => (window as unknown as { long: number[] }).long);
  // Focusing the first field builds the matcher in idle time: measured on its own.
  await observe();
  await page.click('textarea');
  await page.waitForTimeout(500);
  const focus = await read();
  await observe();
  await page.keyboard.type('这一楼说得对，但是 you idiot 也太过分了。'.repeat(3), { delay: 20 });
  await page.waitForTimeout(300);
  return { focus, typing: await read() };
}

const root = await buildFixtures();
const server = await serveStatic(root);
const plain = await serveStatic(root, '::1');
// SANSI_EXTENSION_DIR: another unpacked build (before/after comparisons in the same conditions).
const session = await launchWithExtension(process.env.SANSI_EXTENSION_DIR ? { dir: process.env.SANSI_EXTENSION_DIR } : {});
const rows: { measure: string; value: string; target: string; ok: boolean }[] = [];
try {
  const keys = ' idiot'.repeat(10);
  for (const [name, selector] of [
    ['textarea', 'textarea'],
    ['contenteditable', '#editor'],
    ['lexical', '#editor'],
  ] as const) {
    const page = await session.context.newPage();
    await page.goto(server.url(`editors/${name}.html`));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    const samples = await keystrokeLatency(page, selector, keys);
    const p95 = quantile(samples, 0.95);
    rows.push({ measure: `keystroke → highlight, ${name} (${samples.length} keys, 2,000 chars): median`, value: `${quantile(samples, 0.5).toFixed(1)} ms`, target: '', ok: true });
    rows.push({ measure: `keystroke → highlight, ${name}: p95`, value: `${p95.toFixed(1)} ms`, target: '< 16 ms', ok: p95 < 16 });
    await page.close();
  }

  const loads = { with: [] as number[], without: [] as number[] };
  for (let i = 0; i < LOADS; i += 1) {
    const page = await session.context.newPage();
    loads.with.push(await scriptTimeAtLoad(page, server.url('bench/empty.html')));
    loads.without.push(await scriptTimeAtLoad(page, plain.url('bench/empty.html')));
    await page.close();
  }
  const cost = quantile(loads.with, 0.5) - quantile(loads.without, 0.5);
  rows.push({ measure: 'content script at load, page with no fields (median script time added)', value: `${cost.toFixed(1)} ms`, target: '< 10 ms', ok: cost < 10 });
  const own: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const page = await session.context.newPage();
    own.push(await contentScriptTimeAtLoad(page, server.url('bench/empty.html')));
    await page.close();
  }
  const ownCost = quantile(own, 0.5);
  rows.push({ measure: 'content script at load, its own script events (traced, median)', value: `${ownCost.toFixed(1)} ms`, target: '(for information)', ok: true });

  const page = await session.context.newPage();
  await page.goto(server.url('bench/many.html'));
  const { focus, typing } = await longTasksWhileTyping(page);
  const worst = Math.max(0, ...typing);
  rows.push({ measure: 'long tasks while typing, page with 200 fields', value: `${typing.length} (longest ${worst.toFixed(0)} ms)`, target: 'none > 50 ms', ok: typing.length === 0 });
  rows.push({ measure: 'long tasks at first focus (the matcher is compiled in idle time)', value: `${focus.length} (longest ${Math.max(0, ...focus).toFixed(0)} ms)`, target: '(for information)', ok: true });
  await page.close();

  for (const editor of ['textarea', 'contenteditable']) {
    const cost = await pasteCost(session.context, editor, (path) => server.url(path), (path) => plain.url(path));
    const withSansi = quantile(cost.with, 0.5);
    const without = quantile(cost.without, 0.5);
    const ratio = withSansi / without;
    rows.push({
      measure: `1 MB paste into a ${editor}: longest task, with Sansi / without (median of ${PASTES} each)`,
      value: `${withSansi.toFixed(0)} / ${without.toFixed(0)} ms = ${ratio.toFixed(2)}×`,
      target: '≤ 1.2×',
      ok: ratio <= 1.2,
    });
  }
  if (session.strayRequests.length > 0) throw new Error(`Requests left the machine: ${session.strayRequests.join(', ')}`);
} finally {
  await session.close();
  await server.close();
  await plain.close();
}

const width = Math.max(...rows.map((row) => row.measure.length));
console.log(`\nSansi in real Chromium (${new Date().toISOString().slice(0, 10)})\n`);
for (const row of rows) console.log(`${row.ok ? '✓' : '✗'} ${row.measure.padEnd(width)}  ${row.value.padStart(22)}  ${row.target}`);
process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
