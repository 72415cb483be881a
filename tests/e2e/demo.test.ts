import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { highlights } from './harness/overlay';

/** Counts the habit records in the extension's own database, from one of its pages. */
function recordCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('sansi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['draftSessions', 'flagEvents'].filter((name) => db.objectStoreNames.contains(name));
          const counts: Record<string, number> = {};
          if (names.length === 0) resolve(counts);
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => resolve(counts);
        };
      }),
  );
}

describe('classroom demo page', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${session.extensionId}/demo.html`);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    expect(session.strayRequests).toEqual([]);
  });

  it('flags a disguised sample draft and explains each normalisation step', async () => {
    await page.getByRole('button', { name: /f\.u\.c\.k this referee/ }).click();
    await expect.poll(() => highlights(page).count()).toBe(1);
    expect(await page.getByLabel('Your reply').inputValue()).toBe('f.u.c.k this referee');
    const steps = page.getByRole('list', { name: 'Normalisation steps' });
    expect(await steps.getByRole('listitem').filter({ hasText: 'Separators inside words' }).textContent()).toContain('fuck this');
    const panel = page.getByRole('region', { name: 'How it matched' });
    expect(await panel.textContent()).toContain('Profanity');
    expect(await panel.textContent()).toContain('Try instead');
    await page.screenshot({ path: join(screenshotDir, 'demo-en.png'), fullPage: true });
  });

  it('shows the samples in both languages, each with its kinder rewrite, and filters them', async () => {
    const samples = page.getByRole('region', { name: 'Sample drafts' });
    const item = (name: RegExp) => samples.getByRole('listitem').filter({ has: page.getByRole('button', { name }) });
    expect(await item(/楼主真是个傻\*逼/).textContent()).toContain('“楼主说得不太对”');
    expect(await item(/f\.u\.c\.k this referee/).textContent()).toContain("“I'm fed up with this referee”");
    await samples.getByRole('radio', { name: 'Chinese' }).check();
    expect(await samples.getByRole('button', { name: /f\.u\.c\.k this referee/ }).count()).toBe(0);
    await samples.getByRole('radio', { name: 'Both languages' }).check();
    expect(await samples.getByRole('button', { name: /f\.u\.c\.k this referee/ }).count()).toBe(1);
  });

  it('stays quiet on a clean look-alike draft', async () => {
    await page.getByRole('button', { name: /Scunthorpe/ }).click();
    await expect.poll(() => highlights(page).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'How it matched' }).textContent()).toContain('Nothing in this draft matches');
  });

  it('works in Chinese, with the overlay in Chinese too', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: /楼主真是个傻\*逼/ }).click();
    await expect.poll(() => highlights(page).count()).toBe(1);
    expect(await highlights(page).first().getAttribute('data-sansi-flag')).toBe('zh.shabi');
    const panel = page.getByRole('region', { name: '是怎么匹配的' });
    expect(await panel.getByRole('listitem').filter({ hasText: '去掉词中的分隔符' }).textContent()).toContain('楼主真是个傻逼');
    await page.screenshot({ path: join(screenshotDir, 'demo-zh.png'), fullPage: true });
  });

  it('has a presentation mode readable from the back of the room', async () => {
    const fontSize = () => page.getByLabel('你的回复').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const usual = await fontSize();
    await page.getByRole('checkbox', { name: '演示模式' }).check();
    // Everything grows by one factor (the theme's --sansi-scale): the draft at least half again as large.
    expect(await fontSize()).toBeGreaterThanOrEqual(usual * 1.45);
    await page.screenshot({ path: join(screenshotDir, 'demo-presentation-zh.png') });
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('button', { name: /just go kill yourself/ }).click();
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'demo-presentation-en.png') });
    await page.getByRole('checkbox', { name: 'Presentation mode' }).uncheck();
  });

  it('pauses a severe post like a real site, and records nothing in the habits view', async () => {
    await page.getByRole('button', { name: /just go kill yourself/ }).click();
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: /Post anyway/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Comments' }).getByText('just go kill yourself').count()).toBe(1);
    const counts = await recordCounts(page);
    expect(counts.draftSessions ?? 0).toBe(0);
    expect(counts.flagEvents ?? 0).toBe(0);
  });

  it('loads a class list from a file, uses it, and rejects a broken one', async () => {
    const list = {
      format: 'sansi-norms',
      version: 1,
      id: 'class-7b',
      name: '7B class list',
      languages: ['en'],
      terms: [{ id: 'c.ninny', pattern: 'ninnyhammer', category: 'insult', severity: 1, note: { en: 'Name-calling' }, suggestion: { en: 'I see it differently' } }],
      allow: [],
    };
    await page.getByLabel('Load a class list').setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(list)) });
    await expect.poll(() => page.getByRole('combobox', { name: 'Norms list for the demo' }).inputValue()).toBe('file');
    await page.getByLabel('Your reply').fill('');
    await page.getByLabel('Your reply').pressSequentially('what a ninnyhammer');
    await expect.poll(() => highlights(page).count()).toBe(1);
    expect(await highlights(page).first().getAttribute('data-sansi-flag')).toBe('c.ninny');

    await page.getByLabel('Load a class list').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('idiot,rude,2\n') });
    expect(await page.getByRole('alert').textContent()).toContain('Line 1');
  });

  it('keeps the loaded class list after a reload, and still checks with it', async () => {
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Norms list for the demo' }).inputValue()).toBe('file');
    expect(await page.getByRole('option', { name: '7B class list' }).count()).toBe(1);
    await page.getByLabel('Your reply').pressSequentially('what a ninnyhammer');
    await expect.poll(() => highlights(page).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this list to hand out' }).click();
    expect((await download).suggestedFilename()).toBe('7b-class-list.sansi-norms.json');
  });
});
