// The benchmark in the browser: bundled by run.ts with esbuild, loaded into headless Chromium,
// called with the same sources as the Node run.
import { buildInputs, type Sources } from './data';
import { type Env, runSuite } from './suite';

interface ChromeMemory {
  usedJSHeapSize: number;
}

const env: Env = {
  name: `Chromium ${navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''}`.trim(),
  heapBytes: () => (performance as unknown as { memory?: ChromeMemory }).memory?.usedJSHeapSize ?? 0,
  gc: () => (globalThis as unknown as { gc?: () => void }).gc?.(),
};

(globalThis as unknown as { runBench: unknown }).runBench = (sources: Sources, time: number, lists?: string[]) =>
  runSuite(buildInputs(sources), env, {
    time,
    // Without cross-origin isolation performance.now() ticks in 0.1 ms: time 10 ms samples.
    callMs: 10,
    ...(lists ? { lists } : {}),
    log: (l) => console.log(l),
  });
