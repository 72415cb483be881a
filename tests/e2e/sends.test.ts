import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedOutcomes } from './harness/outcomes';
import { highlights } from './harness/overlay';
import { useFixtureSession } from './harness/session';

// Every way of sending pauses the same way, each send counts once, and frames without a URL
// of their own are checked like their page.
describe('sends', () => {
  const env = useFixtureSession();
  const open = async (path: string): Promise<Page> => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url(path));
    return page;
  };
  const posted = (page: Page) => page.evaluate(() => window.posted);
  const outcomesSoFar = async () => (await storedOutcomes(env.session)).length;

  it('learns that a plain page sends on Enter, then pauses a hurtful Enter there', async () => {
    const page = await open('fields/chat.html');
    const chat = page.getByLabel('聊天 Chat message');
    await chat.click();
    await page.keyboard.type('hello everyone');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['hello everyone']);
    await page.keyboard.type('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await posted(page)).toEqual(['hello everyone']);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posted(page)).toEqual(['hello everyone', 'you idiot']);
    await page.close();
  });

  it('never pauses a new line in a multi-line box that does not send on Enter', async () => {
    const page = await open('fields/chat.html');
    const comment = page.getByLabel('评论 Comment');
    await comment.click();
    await page.keyboard.type('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.type('really');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await comment.inputValue()).toBe('you idiot\nreally');
    // Its button does pause.
    await page.getByRole('button', { name: 'Post' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.getByRole('dialog').getByRole('button', { name: 'Edit' }).click();
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('counts each send once: Enter in a form input, and a submit button', async () => {
    const before = await outcomesSoFar();
    const page = await open('fields/form.html');
    const input = page.getByLabel('回复 Reply');
    await input.click();
    await page.keyboard.type('thanks for sharing');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.submitted)).toEqual(['thanks for sharing']);
    await input.click();
    await page.keyboard.type('well said');
    await page.getByRole('button', { name: '提交 Submit' }).click();
    await expect.poll(() => page.evaluate(() => window.submitted)).toEqual(['thanks for sharing', 'well said']);
    await page.close();
    await expect.poll(outcomesSoFar).toBe(before + 2);
    const outcomes = (await storedOutcomes(env.session)).slice(before);
    expect(outcomes.map((each) => each.outcome)).toEqual(['sent', 'sent']);
  });

  it('checks about:blank and srcdoc frames like their page, and records their drafts', async () => {
    const before = await outcomesSoFar();
    const page = await open('fields/frames.html');

    for (const id of ['blank', 'srcdoc']) {
      let frame: Frame | undefined;
      await expect
        .poll(async () => {
          for (const each of page.frames()) if (each !== page.mainFrame() && (await each.locator(`#${id}`).count()) === 1) frame = each;
          return Boolean(frame);
        })
        .toBe(true);
      await frame!.locator(`#${id}`).click();
      await page.keyboard.type('you idiot');
      await expect.poll(() => frame!.locator('sansi-overlay [data-sansi-flag]').count()).toBe(1);
      for (let i = 0; i < 'idiot'.length; i += 1) await page.keyboard.press('Backspace');
      await page.keyboard.type('friend');
      await expect.poll(() => frame!.locator('sansi-overlay [data-sansi-flag]').count()).toBe(0);
      await frame!.getByRole('button', { name: 'Post' }).click();
    }
    await page.close();
    await expect.poll(outcomesSoFar).toBe(before + 2);
    const outcomes = (await storedOutcomes(env.session)).slice(before);
    expect(outcomes.map((each) => [each.host, each.outcome, each.flags.map((flag) => flag.normId)])).toEqual([
      ['127.0.0.1', 'revised', ['en.idiot']],
      ['127.0.0.1', 'revised', ['en.idiot']],
    ]);
  });
});
