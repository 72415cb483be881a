import type { BrowserContext, Page } from 'playwright-core';

/** One megabyte of comment text, with a flagged word every few hundred characters. */
export const MEGABYTE = (() => {
  const sentence = '今天的讨论很有意思，大家说得都有道理。This thread is long but worth reading to the end. ';
  let text = '';
  for (let i = 0; text.length < 1_000_000; i += 1) text += i % 5 === 4 ? `${sentence}you idiot 傻逼\n` : sentence;
  return text.slice(0, 1_000_000);
})();

/** Starts recording long tasks in the page; the returned function reads the longest so far (0: none). */
export async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

/** Lets pages of the context use the clipboard, as a paste through it needs. */
export function allowClipboard(context: BrowserContext): Promise<void> {
  return context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * Pastes `text` into the focused field the way a person does: through the clipboard and
 * Control+V, so the browser inserts it (an `insertFromPaste` edit) in one task of its own.
 */
export async function pasteThroughClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.keyboard.press('Control+V');
}
