import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxSession } from './harness/fixture-session';
import { highlight, highlightedNorms, overlay, within } from './harness/queries';
import { screenshotDir } from './harness/session';

// The popup, the options page, the welcome page and Sansi's card and pause on a page as Firefox
// draws them, in both schemes and both languages, for people to look at
// (tests/e2e/.artifacts/firefox/).
describe('Firefox screenshots', () => {
  const env = useFirefoxSession();
  let scheme: 'light' | 'dark' = 'light';

  // The first screen as a person sees it, and for a long page the whole of it too.
  const shoot = async (page: Page, name: string, whole = false) => {
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await page.screenshot({ path: join(screenshotDir, `${name}-${scheme}.png`) });
    if (whole) await page.screenshot({ path: join(screenshotDir, `${name}-${scheme}-whole.png`), fullPage: true });
  };
  const popup = () => env.session.openExtensionPage('popup.html?host=127.0.0.1', { width: 360, height: 600 });
  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  // Sansi's card and pause on a page, in the page's scheme.
  const shootCardAndPause = async (language: 'en' | 'zh') => {
    const page = await env.session.newPage();
    await page.setViewport({ width: 800, height: 520 });
    await page.goto(env.server.url('editors/textarea.html'));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click('textarea');
    await page.keyboard.type(language === 'en' ? 'you are an idiot' : '你真是个傻逼');
    const normId = language === 'en' ? 'en.idiot' : 'zh.shabi';
    await expect.poll(() => highlightedNorms(page)).toEqual([normId]);
    const box = (await (await highlight(page, normId)).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await overlay(page).byRole('group');
    await shoot(page, `card-${language}`);
    await page.mouse.move(0, 0);
    await (await within(page).byRole('button', { name: '发送 Send' })).click();
    await overlay(page).byRole('dialog');
    await shoot(page, `pause-${language}`);
    await page.close();
  };

  it.each(['light', 'dark'] as const)('%s: the popup, the options, the welcome page, the card and the pause in English, then in Chinese', async (chosen) => {
    scheme = chosen;
    await env.session.setColorScheme(scheme);
    const en = await popup();
    await within(en).byRole('heading', { name: 'Think twice, gently' });
    await shoot(en, 'popup-en');
    await en.close();
    const options = await env.session.openExtensionPage('options.html');
    await within(options).byRole('heading', { level: 1 });
    await shoot(options, 'options-en', true);
    const welcome = await env.session.openExtensionPage('welcome.html');
    await within(welcome).byRole('heading', { level: 1, name: 'Welcome to Sansi' });
    await shoot(welcome, 'welcome-en', true);
    await welcome.close();
    await shootCardAndPause('en');

    // As a person does: Settings → Language, for every Sansi page.
    await ((await within(options).byRole('combobox', { name: 'Language' })) as ElementHandle<HTMLSelectElement>).select('zh-CN');
    await expect.poll(() => lang(options)).toBe('zh-CN');
    await shoot(options, 'options-zh', true);
    await options.close();
    const zh = await popup();
    await expect.poll(() => lang(zh)).toBe('zh-CN');
    await within(zh).byRole('heading', { level: 1 });
    await shoot(zh, 'popup-zh');
    await zh.close();
    const welcomeZh = await env.session.openExtensionPage('welcome.html');
    await expect.poll(() => lang(welcomeZh)).toBe('zh-CN');
    await within(welcomeZh).byRole('heading', { level: 1 });
    await shoot(welcomeZh, 'welcome-zh', true);
    await welcomeZh.close();
    await shootCardAndPause('zh');
    // Back to English for what comes next.
    const settings = await env.session.openExtensionPage('options.html');
    await ((await within(settings).byRole('combobox', { name: '语言' })) as ElementHandle<HTMLSelectElement>).select('en');
    await expect.poll(() => lang(settings)).toBe('en');
    await settings.close();
  });
});
