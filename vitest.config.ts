import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four projects so each kind of test gets the environment it needs: unit tests run in plain
// Node (the matcher must), component tests in jsdom with WXT's fake browser, e2e in real Chromium,
// firefox in real Firefox ESR.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/component.ts'],
          // Live queries round-trip through fake-indexeddb; on a busy 2-core box a user-like flow
          // of a dozen steps can pass 5 s.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/harness/setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The first highlight in a fresh browser waits for the service worker to start, open
          // IndexedDB and send the lists (up to a few seconds on a loaded CI machine); keystroke
          // latency itself is measured by npm run bench:e2e, not here.
          expect: { poll: { timeout: 5000 } },
        },
      },
      {
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Firefox at a time, as for Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 5000 } },
        },
      },
    ],
  },
});
