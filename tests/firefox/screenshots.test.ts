import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxSession } from './harness/fixture-session';
import { within } from './harness/queries';
import { screenshotDir } from './harness/session';

// The popup, the options page and the welcome page as Firefox draws them, in both schemes and
// both languages, for people to look at (tests/e2e/.artifacts/firefox/).
describe.each(['light', 'dark'] as const)('Firefox screenshots, %s', (scheme) => {
  const env = useFirefoxSession({ colorScheme: scheme });

  // The first screen as a person sees it, and for a long page the whole of it too.
  const shoot = async (page: Page, name: string, whole = false) => {
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await page.screenshot({ path: join(screenshotDir, `${name}-${scheme}.png`) });
    if (whole) await page.screenshot({ path: join(screenshotDir, `${name}-${scheme}-whole.png`), fullPage: true });
  };
  const popup = () => env.session.openExtensionPage('popup.html?host=127.0.0.1', { width: 360, height: 600 });
  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  it('of the popup, the options page and the welcome page in English, then in Chinese', async () => {
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
  });
});
