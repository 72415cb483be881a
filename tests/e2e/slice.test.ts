import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { highlights } from './harness/overlay';
import { serveStatic, type StaticServer } from './harness/server';

/** How many norms fired across the drafts the extension's database holds, read from one of its pages. */
function flagCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sansi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('draftSessions').objectStore('draftSessions').getAll();
          all.onsuccess = () => {
            resolve((all.result as { flags: unknown[] }[]).reduce((sum, session) => sum + session.flags.length, 0));
            open.result.close();
          };
        };
      }),
  );
}

// The foundation slice: a word typed into a textarea is highlighted by the overlay, the content
// script reports it, the background stores it, and the popup shows the count.
describe('foundation slice', () => {
  let server: StaticServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    server = await serveStatic(resolve('tests/e2e/fixtures'));
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(session.strayRequests).toEqual([]);
  });

  it('highlights a flagged word over the right characters and stores the flags', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    const field = page.getByLabel('写评论 Write a comment');
    await field.click();
    await field.pressSequentially('你真是个傻逼，');
    await field.pressSequentially('you idiot');

    const flags = highlights(page);
    await expect.poll(() => flags.count()).toBe(2);
    const first = flags.first();
    expect(await first.getAttribute('data-sansi-flag')).toBe('zh.shabi');
    expect(await first.getAttribute('data-category')).toBe('insult');
    expect(await first.getAttribute('data-severity')).toBe('2');

    // The highlight sits over the flagged characters: compare it with a Range over the same
    // characters of a mirror laid out like the textarea.
    const expected = await page.evaluate(() => {
      const textarea = document.querySelector('textarea')!;
      const style = getComputedStyle(textarea);
      const mirror = document.createElement('div');
      for (const key of ['font', 'padding', 'border', 'boxSizing', 'lineHeight', 'letterSpacing'] as const) {
        mirror.style[key] = style[key];
      }
      Object.assign(mirror.style, {
        position: 'absolute',
        whiteSpace: 'pre-wrap',
        width: `${textarea.getBoundingClientRect().width}px`,
      });
      const box = textarea.getBoundingClientRect();
      mirror.style.left = `${box.left + scrollX}px`;
      mirror.style.top = `${box.top + scrollY}px`;
      mirror.textContent = textarea.value;
      document.body.append(mirror);
      const range = document.createRange();
      const start = textarea.value.indexOf('傻逼');
      range.setStart(mirror.firstChild!, start);
      range.setEnd(mirror.firstChild!, start + 2);
      const rect = range.getBoundingClientRect();
      mirror.remove();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    });
    const drawn = await first.boundingBox();
    expect(drawn).not.toBeNull();
    expect(Math.abs(drawn!.x - expected.x)).toBeLessThan(2);
    expect(Math.abs(drawn!.y - expected.y)).toBeLessThan(2);
    expect(Math.abs(drawn!.width - expected.width)).toBeLessThan(2);

    // Sansi never writes into the page's field.
    expect(await field.inputValue()).toBe('你真是个傻逼，you idiot');
    await page.screenshot({ path: join(screenshotDir, 'slice-textarea.png') });

    const popup = await session.openPopup();
    await popup.screenshot({ path: join(screenshotDir, 'slice-popup.png') });

    // Fixing the words removes their highlights.
    await field.fill('你真是个好人');
    await expect.poll(() => flags.count()).toBe(0);

    // Cleared and left with the page, the draft ends (a nudged draft cleared stays open while
    // the page does: what is written next in the box is its revision). The background stored
    // it with both norms that fired in it (read from the extension's database directly, as the
    // popup counts drafts, not norms).
    await field.fill('');
    await page.close();
    await expect.poll(() => flagCount(popup)).toBe(2);
    await popup.close();
  });

  it('counts a word once per draft, not once per keystroke', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    const field = page.getByLabel('写评论 Write a comment');
    await field.pressSequentially('idiot idiot idiot');
    await expect.poll(() => highlights(page).count()).toBe(3);
    await field.fill('');
    await page.close();
    const popup = await session.openPopup();
    // Two from the first test, plus one for this draft's repeated word.
    await expect.poll(() => flagCount(popup)).toBe(3);
    await popup.close();
  });

  it('opens the options page with the active list', async () => {
    const options = await session.openOptions();
    await options.getByRole('combobox', { name: 'List' }).selectOption({ label: 'Chinese general' });
    // The list is longer than the rows drawn at first: find the term as a person would.
    await options.getByRole('searchbox', { name: 'Search terms' }).fill('傻逼');
    await expect.poll(() => options.getByRole('row', { name: /傻逼/ }).count()).toBe(1);
    await options.screenshot({ path: join(screenshotDir, 'slice-options.png'), fullPage: true });
    await options.close();
  });
});
