import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editorFixtures, openEditor } from './harness/editors';
import { storedOutcomes } from './harness/outcomes';
import { highlights } from './harness/overlay';
import { useFixtureSession } from './harness/session';

// Each draft's outcome reaches the background with the norms that fired, never the text.
describe('draft outcomes', () => {
  const env = useFixtureSession();

  const draft = async (steps: (page: Page) => Promise<void>) => {
    const page = await env.session.context.newPage();
    await openEditor(page, env.server.url('editors/contenteditable.html'), editorFixtures.contenteditable!);
    await steps(page);
    await page.close();
  };
  const send = (page: Page) => page.getByRole('button', { name: '发送 Send' }).click();

  it('records sent, revised, sent anyway, suggestion used and abandoned drafts', async () => {
    await draft(async (page) => {
      await page.keyboard.type('thanks for sharing');
      await send(page);
    });
    await draft(async (page) => {
      await page.keyboard.type('you idiot');
      await expect.poll(() => highlights(page).count()).toBe(1);
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Backspace');
      await page.keyboard.type('friend');
      await expect.poll(() => highlights(page).count()).toBe(0);
      await send(page);
    });
    await draft(async (page) => {
      await page.keyboard.type('你真是个傻逼');
      await expect.poll(() => highlights(page).count()).toBe(1);
      await send(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Post anyway' }).click();
    });
    await draft(async (page) => {
      await page.keyboard.type('you idiot');
      const box = (await highlights(page).first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('button', { name: 'Replace' }).click();
      await expect.poll(() => highlights(page).count()).toBe(0);
      await send(page);
    });
    await draft(async (page) => {
      await page.keyboard.type('废物');
      await expect.poll(() => highlights(page).count()).toBe(1);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => highlights(page).count()).toBe(0);
    });

    await expect.poll(async () => (await storedOutcomes(env.session)).length).toBe(5);
    const outcomes = await storedOutcomes(env.session);
    expect(outcomes.map(({ outcome, pauseShown, flags }) => ({ outcome, pauseShown, norms: flags.map((flag) => flag.normId) }))).toEqual([
      { outcome: 'sent', pauseShown: false, norms: [] },
      { outcome: 'revised', pauseShown: false, norms: ['en.idiot'] },
      { outcome: 'sent-anyway', pauseShown: true, norms: ['zh.shabi'] },
      { outcome: 'suggestion-used', pauseShown: false, norms: ['en.idiot'] },
      { outcome: 'abandoned', pauseShown: false, norms: ['zh.feiwu'] },
    ]);
    expect(outcomes.every((each) => each.host === '127.0.0.1')).toBe(true);
    // Outcomes, never text.
    expect(JSON.stringify(outcomes)).not.toMatch(/thanks|friend|傻逼|废物|you idiot/);
  });

  it('counts clearing the box after Edit and writing a kinder draft as revised, not dropped plus new', async () => {
    const before = (await storedOutcomes(env.session)).length;
    await draft(async (page) => {
      await page.keyboard.type('you idiot');
      await expect.poll(() => highlights(page).count()).toBe(1);
      await send(page);
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.getByRole('button', { name: 'Edit' }).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => highlights(page).count()).toBe(0);
      await page.keyboard.type('I see it differently');
      await send(page);
      await expect.poll(() => page.evaluate(() => window.fixture.sent)).toEqual(['I see it differently']);
    });
    await expect.poll(async () => (await storedOutcomes(env.session)).length).toBe(before + 1);
    const [outcome] = (await storedOutcomes(env.session)).slice(before);
    expect(outcome).toMatchObject({ outcome: 'revised', pauseShown: true, flags: [{ normId: 'en.idiot' }] });
  });
});
