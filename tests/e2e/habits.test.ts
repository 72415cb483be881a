import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { highlights } from './harness/overlay';
import { serveStatic, type StaticServer } from './harness/server';
import { makeSessions, seedHabits } from './habits/seed';

// Issue 6, end to end: drafts typed on a page become outcomes in the extension's database, and
// the popup (kept open meanwhile) reports them live. Then screenshots of the popup at its real
// size with empty, light and heavy data, in both languages.
describe('habits mirror', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let popup: Page;

  // The popup opened as a tab is its own active tab, so it is told the site in ?host=
  // (components/popup/active-site.ts).
  const openPopup = async (prepare?: (page: Page) => Promise<void>): Promise<Page> => {
    const page = await session.context.newPage();
    await prepare?.(page);
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?host=127.0.0.1`);
    return page;
  };
  // A number is read the way a person reads it: find its label, read the value under it.
  const stat = (label: string) => popup.locator('dt').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  const shoot = (name: string) => popup.screenshot({ path: join(screenshotDir, `habits-popup-${name}.png`) });

  beforeAll(async () => {
    server = await serveStatic(resolve('tests/e2e/fixtures'));
    session = await launchWithExtension();
    popup = await openPopup();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(session.strayRequests).toEqual([]);
  });

  it('welcomes a new user', async () => {
    await expect.poll(() => popup.getByRole('heading', { name: 'Think twice, gently' }).count()).toBe(1);
    expect(await popup.getByRole('switch', { name: 'Sansi on 127.0.0.1' }).getAttribute('aria-checked')).toBe('true');
    await shoot('empty');
  });

  it('reports a revised draft and a draft sent anyway: 2 flagged, 1 revised, 1 sent anyway', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    const field = page.getByLabel('写评论 Write a comment');
    const send = page.getByRole('button', { name: '发送 Send' });
    const dialog = page.getByRole('dialog');

    // A flagged draft, paused at send, edited, then sent clean: revised.
    await field.click();
    await field.pressSequentially('你真是个傻逼');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await send.click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await field.press('End');
    await field.press('Backspace');
    await field.press('Backspace');
    await field.pressSequentially('好人');
    await expect.poll(() => highlights(page).count()).toBe(0);
    await send.click();
    expect(await dialog.count()).toBe(0);

    // The popup, open all along, already shows it.
    await expect.poll(() => stat('Flagged').textContent()).toBe('1');
    expect(await stat('Revised').textContent()).toBe('1');

    // A second flagged draft, sent anyway at the pause.
    await field.fill('');
    await field.pressSequentially('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await send.click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => stat('Flagged').textContent()).toBe('2');
    expect(await stat('Revised').textContent()).toBe('1');
    expect(await stat('Sent anyway').textContent()).toBe('1');
    expect(await stat('Drafts checked').textContent()).toBe('2');
    expect(await stat('Revised after a nudge').textContent()).toBe('50%');
    for (const period of ['Today', '30 days']) {
      await popup.getByRole('group', { name: 'Period' }).getByRole('button', { name: period }).click();
      expect(await stat('Flagged').textContent()).toBe('2');
    }
    await popup.getByRole('group', { name: 'Period' }).getByRole('button', { name: '7 days' }).click();
    await shoot('light');
    await page.close();
  });

  it('switches Sansi off on this site from the popup, and back on', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    const toggle = popup.getByRole('switch', { name: 'Sansi on 127.0.0.1' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    const field = page.getByLabel('写评论 Write a comment');
    await field.pressSequentially('you idiot');
    await page.waitForTimeout(300);
    expect(await highlights(page).count()).toBe(0);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.close();
  });

  it('shows heavy data at the popup’s size, in English and Chinese', async () => {
    const now = Date.now();
    await seedHabits(popup, makeSessions(3000, 60, now), now);
    await popup.reload();
    await expect.poll(async () => Number(await stat('Drafts checked').textContent())).toBeGreaterThan(300);
    // A popup is at most 600 px tall: the numbers and the chart fit in the first screen.
    expect((await popup.locator('.trend__figure').boundingBox())!.y).toBeLessThan(600);
    await shoot('heavy');
    await popup.getByRole('group', { name: 'Trend span' }).getByRole('button', { name: '30 days' }).click();
    await popup.getByText('Your data').click();
    await popup.screenshot({ path: join(screenshotDir, 'habits-popup-heavy-full.png'), fullPage: true });

    // The popup speaks the browser's language; a Chinese browser is one init script away.
    const zh = await openPopup(async (page) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
    });
    await expect.poll(() => zh.locator('dt').filter({ hasText: /^被标记$/ }).count()).toBe(1);
    await zh.screenshot({ path: join(screenshotDir, 'habits-popup-heavy-zh.png') });
    await zh.close();
  });

  it('exports the records and deletes them all after confirming', async () => {
    await popup.reload();
    await popup.getByText('Your data').click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sansi-habits-.*\.csv$/);
    const csv = await download.path().then((path) => import('node:fs').then((fs) => fs.readFileSync(path, 'utf8')));
    // A header, the three drafts typed above (the last one dropped when its page closed) and
    // the seeded ones; never their words.
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 3 + 3000);
    expect(csv).toContain(',127.0.0.1,');
    expect(csv).toMatch(/,abandoned,false,1,en\.idiot,insult,2,(true|false)?\r\n/);
    expect(csv).not.toMatch(/傻逼|好人|you idiot/);

    await popup.getByRole('button', { name: 'Delete all my data' }).click();
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Think twice, gently' }).count()).toBe(1);
    expect(await popup.getByRole('status').textContent()).toBe('Deleted 3003 draft records.');
  });
});
