import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { highlights } from './harness/overlay';
import { useFixtureSession } from './harness/session';

/** The rectangle of `word` inside a field the page keeps in `window.fields[name]`. */
function wordIn(page: Page, name: string, word: string) {
  return page.evaluate(
    ([name, word]) => {
      const field = window.fields[name]!;
      const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(word);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width };
      }
      return null;
    },
    [name, word] as const,
  );
}

async function expectFlagOver(page: Page, name: string, word: string): Promise<void> {
  await expect.poll(() => highlights(page).count()).toBe(1);
  const drawn = (await highlights(page).first().boundingBox())!;
  const expected = (await wordIn(page, name, word))!;
  expect(Math.abs(drawn.x - expected.x)).toBeLessThan(2);
  expect(Math.abs(drawn.y - expected.y)).toBeLessThan(2);
  expect(Math.abs(drawn.width - expected.width)).toBeLessThan(2);
}

describe('fields wherever sites put them', () => {
  const env = useFixtureSession();

  it.each(['open', 'closed'])('reads a contenteditable inside a %s shadow root', async (name) => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('fields/places.html'));
    await page.evaluate((name) => window.fields[name]!.focus(), name);
    await page.keyboard.type('你真是个傻逼');
    await expectFlagOver(page, name, '傻逼');
    await page.close();
  });

  it('reads a field a single-page app adds after load', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('fields/places.html'));
    await page.getByRole('button', { name: 'New post' }).click();
    await page.waitForFunction(() => Boolean(window.fields.spa));
    await page.evaluate(() => window.fields.spa!.focus());
    await page.keyboard.type('what an idiot');
    await expectFlagOver(page, 'spa', 'idiot');
    await page.close();
  });

  it('sets up nothing on a page with no field until someone writes, and posts the page no message', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('fields/later.html'));
    // Past the idle callback that looks for a field after load (timeout 2 s).
    await page.waitForTimeout(2500);
    const woken = () => page.evaluate(() => performance.getEntriesByName('sansi:wake').length);
    expect(await woken()).toBe(0);
    expect(await page.locator('sansi-overlay').count()).toBe(0);
    await page.getByRole('button', { name: /Reply/ }).click();
    await page.getByRole('textbox', { name: /Comment/ }).focus();
    await page.keyboard.type('你真是个傻逼');
    await expect.poll(() => highlights(page).count()).toBe(1);
    expect(await woken()).toBe(1);
    expect(await page.getByRole('textbox', { name: /Comment/ }).inputValue()).toBe('你真是个傻逼');
    // WXT's start-up notice goes out as a DOM event only: the page's message listeners hear nothing.
    expect(await page.evaluate(() => window.pageMessages)).toEqual([]);
    await page.close();
  });

  it('runs in a same-origin iframe, with its own overlay there', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('fields/places.html'));
    const inFrame = () => page.frames().find((each) => each.url().includes('textarea.html'));
    await expect.poll(() => Boolean(inFrame())).toBe(true);
    const frame = inFrame() as Frame;
    await frame.waitForFunction(() => Boolean(window.fixture?.editable()));
    await frame.locator('textarea').click();
    await page.keyboard.type('you idiot');
    await expect.poll(() => frame.locator('sansi-overlay [data-sansi-flag]').count()).toBe(1);
    expect(await frame.locator('textarea').inputValue()).toBe('you idiot');
    await page.close();
  });

  it('pauses Enter in a one-line input; Post anyway submits the form unchanged', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('fields/form.html'));
    const input = page.getByLabel('回复 Reply');
    await input.click();
    await page.keyboard.type('你怎么不去死');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => page.evaluate(() => window.submitted)).toEqual(['你怎么不去死']);
    // The submit button goes through the same pause.
    await input.click();
    await page.keyboard.type('idiot');
    await page.getByRole('button', { name: '提交 Submit' }).click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Edit' }).click();
    expect(await page.evaluate(() => window.submitted)).toEqual(['你怎么不去死']);
    expect(await input.inputValue()).toBe('idiot');
    await page.close();
  });
});
