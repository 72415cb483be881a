import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { drafts } from '../e2e/harness/editor-suite';
import { editorFixtures, modelText, sent, wordBox } from '../e2e/harness/editors';
import { useFirefoxSession } from './harness/fixture-session';
import { highlight, highlightedNorms, overlay, overlayRoot, within } from './harness/queries';
import { screenshotDir } from './harness/session';

// The e2e editor helpers only call page.evaluate(fn, arg), which Puppeteer's page does alike.
const same = (page: Page) => page as unknown as PlaywrightPage;

/** The text of what has the focus inside Sansi's overlay, or null when the focus is elsewhere. */
const focusedInOverlay = async (page: Page) => (await overlayRoot(page)).evaluate((root) => (root as ShadowRoot).activeElement?.textContent ?? null);

// A plain field, a contenteditable and two rich editors that keep their own model (ProseMirror,
// Lexical): the ways comment boxes are built, in Firefox.
describe('Firefox editors', () => {
  const env = useFirefoxSession();
  describe.each(['textarea', 'contenteditable', 'prosemirror', 'lexical'])('the %s editor', (name) => {
    const fixture = editorFixtures[name]!;

    const open = async (): Promise<Page> => {
      const page = await env.session.newPage();
      await page.goto(env.server.url(fixture.path));
      await page.waitForFunction(() => Boolean(window.fixture?.editable()));
      await page.click(fixture.editable);
      return page;
    };

    /** The highlight of `normId` lies over the word's own characters, within a pixel or two. */
    const expectOver = async (page: Page, normId: string, word: string) => {
      await expect.poll(() => highlightedNorms(page)).toContain(normId);
      await expect
        .poll(async () => {
          const drawn = await (await highlight(page, normId)).boundingBox();
          const expected = await wordBox(same(page), word);
          if (!drawn || !expected) return Infinity;
          return Math.max(Math.abs(drawn.x - expected.x), Math.abs(drawn.y - expected.y), Math.abs(drawn.width - expected.width));
        })
        .toBeLessThan(2);
    };

    it('flags a Chinese draft over the word; Replace leaves the editor’s text as the card previewed it, and its undo brings the draft back', async () => {
      const page = await open();
      await page.keyboard.type(drafts.zh.text);
      await expectOver(page, drafts.zh.normId, drafts.zh.word);
      expect(await modelText(same(page))).toBe(drafts.zh.text);
      // The page itself cannot read what Sansi drew: the overlay's root is closed to it.
      expect(await page.evaluate(() => document.querySelector('sansi-overlay')?.shadowRoot === null)).toBe(true);
      // A person reads the card before choosing, so the replacement is an undo step of its own.
      await new Promise((done) => setTimeout(done, 1100));
      const box = (await (await highlight(page, drafts.zh.normId)).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const card = await overlay(page).byRole('group', { name: /Insult/ });
      // The card says what language it speaks (Sansi's, not the page's zh-CN), so Firefox sets
      // its English in a Latin font and screen readers read it in an English voice.
      expect(await card.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('en');
      await page.screenshot({ path: join(screenshotDir, `firefox-${name}-card.png`) });
      // The whole draft as it will read with the chosen (first) wording, in the draft's language.
      const chosen = await card.evaluate((element) => element.querySelector('[role="radio"][aria-checked="true"], .preview')?.textContent ?? '');
      expect(chosen).not.toContain(drafts.zh.word);
      expect(chosen).not.toMatch(/[A-Za-z]/);
      expect(await card.evaluate((element) => element.querySelector('[role="radio"][aria-checked="true"], .preview')?.getAttribute('lang'))).toBe('zh-CN');
      await (await within(page, async () => card).byRole('button', { name: 'Replace' })).click();
      await expect.poll(() => highlightedNorms(page)).toEqual([]);
      await expect.poll(() => modelText(same(page))).toBe(chosen);
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await expect.poll(() => modelText(same(page))).toBe(drafts.zh.text);
      await expectOver(page, drafts.zh.normId, drafts.zh.word);
      await page.close();
    });

    it('by keyboard: the caret in the word opens the card, Alt+Enter moves into it, Escape goes back to where the caret was', async () => {
      const page = await open();
      await page.keyboard.type(drafts.en.text);
      await expectOver(page, drafts.en.normId, drafts.en.word);
      // A key moves the caret as a person would; it is at the end of the flagged word.
      await page.keyboard.press('End');
      await overlay(page).byRole('group', { name: 'Sansi: Insult' });
      await page.keyboard.down('Alt');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Alt');
      await expect.poll(() => focusedInOverlay(page)).toBe('Replace');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => window.fixture.editable().contains(document.activeElement))).toBe(true);
      await page.keyboard.type('!');
      expect(await modelText(same(page))).toBe(`${drafts.en.text}!`);
      await page.close();
    });

    it('pauses a flagged send: Edit goes back to the draft, Post anyway sends it unchanged', async () => {
      const page = await open();
      await page.keyboard.type(drafts.en.text);
      await expectOver(page, drafts.en.normId, drafts.en.word);
      await (await within(page).byRole('button', { name: '发送 Send' })).click();
      const dialog = await overlay(page).byRole('dialog');
      expect(await dialog.evaluate((element) => element.textContent)).toContain(drafts.en.word);
      await page.screenshot({ path: join(screenshotDir, `firefox-${name}-pause.png`) });
      // Edit has focus: Enter chooses it, and the caret is back in the draft.
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await overlay(page).allByRole('dialog')).length).toBe(0);
      expect(await page.evaluate(() => window.fixture.editable().contains(document.activeElement))).toBe(true);
      expect(await sent(same(page))).toEqual([]);
      await page.keyboard.type('!');
      expect(await modelText(same(page))).toBe(`${drafts.en.text}!`);
      // Ctrl+Enter sends too; Tab past "Use the kinder wording" to "Post anyway" and choose it.
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await overlay(page).byRole('dialog');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedInOverlay(page)).toBe('Post anyway');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(same(page))).toEqual([`${drafts.en.text}!`]);
      expect(await modelText(same(page))).toBe(`${drafts.en.text}!`);
      await page.close();
    });
  });

  it('smart detection: an attack on a group with no listed word gets the model’s nudge, and its words marked', async () => {
    const fixture = editorFixtures.textarea!;
    const page = await env.session.newPage();
    await page.goto(env.server.url(fixture.path));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click(fixture.editable);
    await page.keyboard.type('外地人骂人好傻，像小学生');
    // The on-device model runs in the content script after a pause in typing.
    const nudge = () => overlayRoot(page).then((root) => root.evaluate((node) => (node as ShadowRoot).querySelector('[data-sansi-nudge="model"]')?.textContent ?? null));
    await expect.poll(nudge).toContain('This may read as an attack on a group');
    expect(await (await overlayRoot(page)).evaluate((node) => (node as ShadowRoot).querySelectorAll('[data-sansi-span]').length)).toBeGreaterThan(0);
    expect(await highlightedNorms(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'smart-detection-zh.png') });
    await page.close();
  });

  // Last: it changes what this browser profile flags on 127.0.0.1.
  it('"Not abusive here" stops flagging that word on this site, also after a reload', async () => {
    const fixture = editorFixtures.textarea!;
    const page = await env.session.newPage();
    await page.goto(env.server.url(fixture.path));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click(fixture.editable);
    await page.keyboard.type(drafts.zh.text);
    await expect.poll(() => highlightedNorms(page)).toEqual([drafts.zh.normId]);
    const box = (await (await highlight(page, drafts.zh.normId)).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await (await overlay(page).byRole('button', { name: 'Not abusive here' })).click();
    await expect.poll(() => highlightedNorms(page)).toEqual([]);
    expect(await modelText(same(page))).toBe(drafts.zh.text);
    await page.reload();
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click(fixture.editable);
    await page.keyboard.type(`${drafts.zh.text} ${drafts.en.text}`);
    await expect.poll(() => highlightedNorms(page)).toEqual([drafts.en.normId]);
    await page.close();
  });
});
