import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorFixtures, editorHtml, modelText, openEditor, sent, wordBox, type Box } from './editors';
import { screenshotDir } from './extension';
import { highlights } from './overlay';
import { useFixtureSession } from './session';

export const drafts = {
  zh: { text: '你真是个傻逼，', word: '傻逼', normId: 'zh.shabi' },
  en: { text: 'you are an idiot', word: 'idiot', normId: 'en.idiot' },
};

/** The highlight of `normId` lies over the word's own characters, within a pixel or two. */
export async function expectOver(page: Page, normId: string, word: string): Promise<void> {
  const flag = highlights(page).and(page.locator(`[data-sansi-flag="${normId}"]`)).first();
  await expect.poll(() => flag.count()).toBe(1);
  let drawn: Box | null = null;
  let expected: Box | null = null;
  // Editors may still settle their layout in the frame after the check; poll until both agree.
  await expect
    .poll(async () => {
      drawn = await flag.boundingBox();
      expected = await wordBox(page, word);
      if (!drawn || !expected) return Infinity;
      return Math.max(Math.abs(drawn.x - expected.x), Math.abs(drawn.y - expected.y), Math.abs(drawn.width - expected.width));
    })
    .toBeLessThan(2);
}

/**
 * The checks every editor fixture must pass: the highlight over the right words in Chinese
 * and English, the editor's own model untouched, no DOM written by Sansi, and IME.
 */
export function editorSuite(name: string): void {
  const fixture = editorFixtures[name]!;
  describe(`${name} editor`, () => {
    const env = useFixtureSession();
    const open = async (server = env.server) => {
      await env.session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await env.session.context.newPage();
      const editable = await openEditor(page, server.url(fixture.path), fixture);
      return { page, editable };
    };

    it.each(Object.entries(drafts))('highlights a %s draft over the flagged words', async (language, draft) => {
      const { page } = await open();
      await page.keyboard.type(draft.text);
      await expectOver(page, draft.normId, draft.word);
      expect(await modelText(page)).toBe(draft.text);
      await page.screenshot({ path: join(screenshotDir, `${name}-${language}-highlight.png`) });
      await page.close();
    });

    it('keeps typing, deleting, pasting and undo working, and the model true', async () => {
      const { page } = await open();
      await page.keyboard.type('hello 傻逼 world');
      for (let i = 0; i < 6; i += 1) await page.keyboard.press('Backspace');
      expect(await modelText(page)).toBe('hello 傻逼');
      await expectOver(page, 'zh.shabi', '傻逼');
      // Let the editors close their typing undo group before the paste: Quill merges edits
      // less than 1 s apart (its history `delay`), so 700 ms was flaky there.
      await page.waitForTimeout(1100);
      await page.evaluate(() => navigator.clipboard.writeText(' you idiot'));
      await page.keyboard.press('Control+V');
      await expect.poll(() => modelText(page)).toBe('hello 傻逼 you idiot');
      await expectOver(page, 'en.idiot', 'idiot');
      await page.keyboard.press('Control+Z');
      await expect.poll(() => modelText(page)).toBe('hello 傻逼');
      await expect.poll(() => highlights(page).count()).toBe(1);
      await page.close();
    });

    it('writes nothing into the editor: its DOM is the same as without Sansi', async () => {
      const typed = `${drafts.zh.text}${drafts.en.text}`;
      const withSansi = await open();
      await withSansi.page.keyboard.type(typed);
      await expect.poll(() => highlights(withSansi.page).count()).toBe(2);
      const without = await open(env.plain);
      await without.page.keyboard.type(typed);
      await without.page.waitForTimeout(100);
      expect(await highlights(without.page).count()).toBe(0);
      expect(await editorHtml(withSansi.page)).toBe(await editorHtml(without.page));
      expect(await modelText(withSansi.page)).toBe(typed);
      await withSansi.page.close();
      await without.page.close();
    });

    it('opens a card on hover; Replace leaves the editor’s own text as the card previewed it, and its undo brings the draft back', async () => {
      const { page } = await open();
      await page.keyboard.type(drafts.zh.text);
      await expectOver(page, drafts.zh.normId, drafts.zh.word);
      // A person reads the card before choosing; editors close their typing undo group by then
      // (Quill after 1 s), so the replacement is an undo step of its own, as it is for them.
      await page.waitForTimeout(1100);
      const box = (await highlights(page).first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const card = page.locator('sansi-overlay [data-sansi-card]');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.textContent()).toContain('Insult');
      await page.screenshot({ path: join(screenshotDir, `${name}-card.png`) });
      // The whole draft as it will read: the chosen wording (the first, checked) in its sentence.
      const preview = (await card.locator('[role="radio"][aria-checked="true"], .preview').textContent())!;
      expect(preview).not.toContain(drafts.zh.word);
      expect(preview).not.toMatch(/[A-Za-z]/);
      await card.getByRole('button', { name: 'Replace' }).click();
      await expect.poll(() => modelText(page)).toBe(preview);
      await expect.poll(() => highlights(page).count()).toBe(0);
      // The editor's own undo brings the words back: the replacement was an ordinary edit.
      await page.keyboard.press('Control+Z');
      await expect.poll(() => modelText(page)).toBe(drafts.zh.text);
      await expectOver(page, drafts.zh.normId, drafts.zh.word);
      await page.close();
    });

    it('pauses a flagged send: Edit goes back to the draft, Post anyway sends it unchanged', async () => {
      const { page, editable } = await open();
      await page.keyboard.type(drafts.en.text);
      await expect.poll(() => highlights(page).count()).toBe(1);
      await page.getByRole('button', { name: '发送 Send' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.textContent()).toContain('idiot');
      await page.screenshot({ path: join(screenshotDir, `${name}-pause.png`) });
      // Keyboard: Edit has focus; Enter chooses it and the caret is back in the draft.
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await editable.evaluate((element) => element.contains(document.activeElement) || element === document.activeElement)).toBe(true);
      expect(await sent(page)).toEqual([]);
      await page.keyboard.type('!');
      expect(await modelText(page)).toBe(`${drafts.en.text}!`);
      // Ctrl+Enter sends too; Tab past "Use the kinder wording" to "Post anyway" and choose it.
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => dialog.count()).toBe(1);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('sansi-overlay button:focus').textContent()).toBe('Post anyway');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual([`${drafts.en.text}!`]);
      expect(await modelText(page)).toBe(`${drafts.en.text}!`);
      await page.close();
    });

    it('pauses with each phrase and its rewrite: "Use the kinder wording" rewrites the draft through the editor, back to it to send, and undo brings it back', async () => {
      const { page, editable } = await open();
      const draft = 'you are such an idiot. you are trash';
      await page.keyboard.type(draft);
      await expect.poll(() => highlights(page).count()).toBe(2);
      // Let the editors close the typing's undo group (Quill: 1 s), as a person reading the dialog would.
      // By then the caret has rested in "idiot" and its card is open (it may sit over the site's
      // button): send from the keyboard.
      await page.waitForTimeout(1100);
      await page.keyboard.press('Control+Enter');
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.getByRole('listitem').count()).toBe(2);
      expect(await dialog.textContent()).toContain("I think you're wrong about this");
      // "Show me" selects the phrase in the draft.
      await dialog.getByRole('button', { name: 'Show me “you are such an idiot” in the draft' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => String(document.getSelection()) || (document.activeElement as HTMLTextAreaElement).value?.slice((document.activeElement as HTMLTextAreaElement).selectionStart, (document.activeElement as HTMLTextAreaElement).selectionEnd))).toBe('you are such an idiot');
      // A send of the same draft within a second is the same send (sends.ts): a person reads first.
      await page.waitForTimeout(1000);
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.getByRole('button', { name: 'Use the kinder wording' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => modelText(page)).not.toBe(draft);
      const kinder = await modelText(page);
      expect(kinder).not.toMatch(/idiot|trash/i);
      await expect.poll(() => highlights(page).count()).toBe(0);
      expect(await sent(page)).toEqual([]);
      expect(await editable.evaluate((element) => element.contains(document.activeElement) || element === document.activeElement)).toBe(true);
      await page.keyboard.press('Control+Z');
      await expect.poll(() => modelText(page)).toBe(draft);
      await page.close();
    });

    it('never throws into the page: key by key, IME chunks, Enter, select-all and delete, paste', async () => {
      const { page } = await open();
      const cdp = await page.context().newCDPSession(page);
      for (const key of 'you are an idiot, ') await page.keyboard.type(key, { delay: 30 });
      // Chinese as an IME sends it: a composition, then the chosen words, a chunk at a time.
      for (const [pinyin, chunk] of [['nizhenshi', '你真是'], ['gesha', '个傻'], ['bi', '逼']] as const) {
        await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
        await cdp.send('Input.insertText', { text: chunk });
      }
      await expect.poll(() => highlights(page).count()).toBe(2);
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('idiot');
      // At a person's pace: Slate applies a moved selection to its model a moment after the
      // key, and a Backspace in that moment deletes nothing in Slate itself.
      for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowLeft', { delay: 30 });
      await page.keyboard.press('Control+A', { delay: 30 });
      await page.waitForTimeout(100);
      await page.keyboard.press('Backspace');
      await expect.poll(() => modelText(page)).toBe('');
      await expect.poll(() => highlights(page).count()).toBe(0);
      // Typing again into the box the editor just rebuilt.
      for (const key of 'idiot again') await page.keyboard.type(key, { delay: 30 });
      await expect.poll(() => highlights(page).count()).toBe(1);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.evaluate(() => navigator.clipboard.writeText('傻逼 and idiot'));
      await page.keyboard.press('Control+V');
      await expect.poll(() => highlights(page).count()).toBe(2);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('fine');
      await expect.poll(() => highlights(page).count()).toBe(0);
      await cdp.detach();
      await page.close();
    });

    it('checks nothing while an IME composition is open, and checks on compositionend', async () => {
      const { page } = await open();
      const cdp = await page.context().newCDPSession(page);
      await page.keyboard.type('你真是个');
      // The IME shows its candidate inline while the user is still choosing.
      await cdp.send('Input.imeSetComposition', { text: 'sha', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.imeSetComposition', { text: '傻逼', selectionStart: 2, selectionEnd: 2 });
      await page.waitForTimeout(150);
      expect(await highlights(page).count()).toBe(0);
      await cdp.send('Input.insertText', { text: '傻逼' });
      await expectOver(page, 'zh.shabi', '傻逼');
      expect(await modelText(page)).toBe('你真是个傻逼');
      await cdp.detach();
      await page.close();
    });

    // Last: it changes what this browser profile flags on 127.0.0.1.
    it('"Not abusive here" stops flagging that norm on this site, also after a reload', async () => {
      const { page } = await open();
      await page.keyboard.type(drafts.en.text);
      await expectOver(page, drafts.en.normId, drafts.en.word);
      const box = (await highlights(page).first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('button', { name: 'Not abusive here' }).click();
      await expect.poll(() => highlights(page).count()).toBe(0);
      expect(await modelText(page)).toBe(drafts.en.text);
      await page.reload();
      await page.waitForFunction(() => Boolean(window.fixture?.editable()));
      await page.locator(fixture.editable).first().click();
      await page.keyboard.type(`${drafts.en.text} ${drafts.zh.text}`);
      await expectOver(page, drafts.zh.normId, drafts.zh.word);
      expect(await page.locator(`sansi-overlay [data-sansi-flag="${drafts.en.normId}"]`).count()).toBe(0);
      await page.close();
    });
  });
}
