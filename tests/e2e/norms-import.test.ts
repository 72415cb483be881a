import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { flaggedNorms, highlights } from './harness/overlay';
import { serveStatic, type StaticServer } from './harness/server';

// Issue 4: a list imported in the options page takes effect in a tab that is already open,
// without reloading it.
describe('importing a norms list', () => {
  let server: StaticServer;
  let session: ExtensionSession;

  beforeAll(async () => {
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

  it('flags a new term in an open page as soon as the list is imported', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    const field = page.getByLabel('写评论 Write a comment');
    await field.pressSequentially('what a ninnyhammer, 真是个大呆瓜');
    // Nothing shipped knows these words: give the content script time to have checked.
    await page.waitForTimeout(300);
    expect(await highlights(page).count()).toBe(0);

    const options = await session.openOptions();
    const classList = {
      format: 'sansi-norms',
      version: 1,
      id: 'class-7b',
      name: '7B class list',
      languages: ['zh', 'en'],
      terms: [
        { id: 'c.ninny', pattern: 'ninnyhammer', category: 'insult', severity: 1, note: { en: 'Name-calling' }, suggestion: { en: 'I see it differently' } },
        { id: 'c.daigua', pattern: '大呆瓜', category: 'insult', severity: 1, note: { 'zh-CN': '骂人' }, suggestion: { 'zh-CN': '我们想法不同' } },
      ],
      allow: [],
    };
    // As a user does: Sansi's own "Choose a file…" button (in the page's language) opens the
    // browser's file chooser for the labelled input.
    expect(await options.getByLabel(/Import a list|导入词表/).getAttribute('type')).toBe('file');
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByText(/^(Choose a file…|选择文件…)$/).click()]);
    await chooser.setFiles({
      name: 'class-7b.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(classList, null, 2)),
    });
    await expect.poll(() => options.getByRole('status').filter({ hasText: /Imported 2 terms|已导入 2 个词语/ }).count()).toBe(1);
    await options.screenshot({ path: join(screenshotDir, 'options-after-import.png'), fullPage: true });

    // Back in the open tab, untouched since: both words are flagged now.
    await page.bringToFront();
    await expect.poll(() => highlights(page).count(), { timeout: 10_000 }).toBe(2);
    expect(await flaggedNorms(page)).toEqual(['c.daigua', 'c.ninny']);
    expect(await field.inputValue()).toBe('what a ninnyhammer, 真是个大呆瓜');
    await page.close();
    await options.close();
  });
});
