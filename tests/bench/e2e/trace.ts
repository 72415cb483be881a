// Diagnostics for `npm run bench:e2e` (issue 5): where a scenario's main-thread time goes.
//   npx tsx tests/bench/e2e/trace.ts load             a warm load of bench/empty.html, traced:
//                                                     renderer main-thread events by self time
//   npx tsx tests/bench/e2e/trace.ts profile          the same load as a V8 CPU profile
//   npx tsx tests/bench/e2e/trace.ts type:<editor>    typing at the end of a 2,000-char draft
// Env: KEYS=1 per-key tasks from keydown to the check; CPU=1 a CPU profile instead of a trace;
// TREE=<event names> (MIN=<ms> roots, TMIN=<µs> children) prints those events' subtrees;
// DIR=<unpacked build> compares another build. Needs `wxt build` first.
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../../e2e/harness/extension';
import { highlights } from '../../e2e/harness/overlay';
import { buildFixtures } from '../../e2e/harness/fixtures-build';
import { serveStatic } from '../../e2e/harness/server';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: process.env.LIGHT ? ['devtools.timeline', 'toplevel'] : ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile', 'blink', 'input', 'latencyInfo'],
    },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

/** Self time per event name on the renderer main threads (complete events, nested by time). */
function summarise(events: TraceEvent[]): void {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const complete = events
    .filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, { total: number; count: number }>();
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (until: number): void => {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= until) {
      const { e, child } = stack.pop()!;
      const data = e.args?.data ?? {};
      const url = String(data.url ?? data.functionName ?? '');
      const key = `${e.name}${url.includes('chrome-extension') ? ' [ext]' : url ? ' [page]' : ''}`;
      const slot = self.get(key) ?? { total: 0, count: 0 };
      slot.total += (e.dur! - child) / 1000;
      slot.count += 1;
      self.set(key, slot);
      if (stack.length) stack[stack.length - 1]!.child += e.dur!;
    }
  };
  for (const e of complete) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Infinity);
  if (process.env.TREE) {
    // Every event of 0.2 ms or more inside the given names, indented by depth.
    const roots = complete.filter((e) => process.env.TREE!.split(',').includes(e.name) && e.dur! >= Number(process.env.MIN ?? 0) * 1000);
    for (const r of roots) {
      const inside = complete.filter((e) => e.ts >= r.ts && e.ts + e.dur! <= r.ts + r.dur! && e.dur! >= Number(process.env.TMIN ?? 200));
      const depth: TraceEvent[] = [];
      for (const e of inside) {
        while (depth.length && depth[depth.length - 1]!.ts + depth[depth.length - 1]!.dur! <= e.ts) depth.pop();
        const d = e.args?.data ?? {};
        console.log(`${'  '.repeat(depth.length)}${(e.dur! / 1000).toFixed(2)} ${e.name} ${String(d.url ?? d.functionName ?? d.fileName ?? '').slice(-60)}`);
        depth.push(e);
      }
    }
  }
  if (process.env.KEYS) {
    // Per key: from the keydown's dispatch to the end of the next check (MessagePort task), the
    // top-level tasks in between.
    const tasks = complete.filter((e) => e.name === 'RunTask');
    const downs = complete.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
    for (const down of downs) {
      const check = complete.find((e) => e.name === 'MessagePort::Accept' && e.ts > down.ts);
      if (!check) continue;
      const between = tasks.filter((t) => t.ts + t.dur! >= down.ts && t.ts <= check.ts + check.dur! && t.dur! > 300);
      const label = (t: TraceEvent): string => {
        const inner = complete.filter((e) => e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e !== t && e.name !== 'RunTask' && e.name !== 'LatencyInfo.Flow' && e.name !== 'ThreadControllerImpl::RunTask')[0];
        return `${(t.dur! / 1000).toFixed(1)}:${inner?.name ?? '?'}`;
      };
      console.log(`${((check.ts + check.dur! - down.ts) / 1000).toFixed(1).padStart(6)} ms  check ${(check.dur! / 1000).toFixed(1)}  | ${between.map(label).join('  ')}`);
    }
  }
  const top = [...self.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, 30);
  for (const [name, { total, count }] of top) console.log(`${total.toFixed(2).padStart(9)} ms  ${String(count).padStart(5)}×  ${name}`);
}

async function profiled(page: Page, run: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const { callFrame } = byId.get(id)!;
    const key = `${callFrame.functionName || '(anon)'} ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`);
}

const root = await buildFixtures();
const server = await serveStatic(root);
const session = await launchWithExtension(process.env.DIR ? { dir: process.env.DIR } : {});
const mode = process.argv[2] ?? 'load';
try {
  const page = await session.context.newPage();
  if (mode === 'profile') {
    // A CPU profile of a warm load: the content script's functions by self time.
    const load = async (): Promise<void> => {
      await page.goto(server.url('bench/empty.html'));
      await page.waitForTimeout(400);
    };
    await load();
    await profiled(page, load);
  } else if (mode === 'load') {
    // A warm-up load, as the bench's later iterations are.
    await page.goto(server.url('bench/empty.html'));
    await page.waitForTimeout(400);
    const events = await traced(page, async () => {
      await page.goto(server.url('bench/empty.html'));
      await page.waitForTimeout(400);
    });
    summarise(events);
  } else {
    const editor = mode.split(':')[1] ?? 'textarea';
    const selector = editor === 'textarea' ? 'textarea' : '#editor';
    await page.goto(server.url(`editors/${editor}.html`));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click(selector);
    await page.evaluate((selector) => {
      const field = document.querySelector<HTMLElement>(selector)!;
      field.focus();
      let text = '';
      const sentence = '我觉得这个观点值得讨论，but let us keep it civil. ';
      for (let i = 0; text.length < 2000; i += 1) text += i % 8 === 7 ? `${sentence}傻逼 ` : sentence;
      document.execCommand('insertText', false, text.slice(0, 2000));
    }, selector);
    await highlights(page).first().waitFor({ state: 'attached' });
    const typing = async (): Promise<void> => {
      for (const key of ' idiot'.repeat(5)) {
        await page.keyboard.type(key);
        await page.waitForTimeout(60);
      }
    };
    if (process.env.CPU) await profiled(page, typing);
    else summarise(await traced(page, typing));
  }
} finally {
  await session.close();
  await server.close();
}
