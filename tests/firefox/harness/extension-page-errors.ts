import type { Page } from 'puppeteer-core';

// Firefox's WebDriver BiDi sends no console or error events from extension pages (the popup,
// the options page), and runs no preload scripts there, so the test listens from inside: once
// the page has loaded, it records uncaught errors, unhandled rejections and console errors and
// warnings in the page, and reads them back before the page closes and after every test.
// (An error thrown while the page was still loading is seen only through what it breaks.)

interface Recorder {
  __sansiTestErrors?: string[];
}

/** Starts recording the page's errors; call once its document has loaded. */
export async function recordErrors(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as Recorder;
    if (scope.__sansiTestErrors) return;
    const seen: string[] = (scope.__sansiTestErrors = []);
    const text = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
    window.addEventListener('error', (event) => seen.push(`uncaught: ${text(event.error ?? event.message)}`));
    window.addEventListener('unhandledrejection', (event) => seen.push(`unhandled rejection: ${text(event.reason)}`));
    for (const level of ['error', 'warn'] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        seen.push(`console.${level}: ${args.map(text).join(' ')}`);
        original(...args);
      };
    }
  });
}

/** The errors recorded in the page since the last call, emptied; none if it is gone. */
export async function takeRecordedErrors(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  return page.evaluate(() => (window as unknown as Recorder).__sansiTestErrors?.splice(0) ?? []).catch(() => []);
}
