import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { lowContrastText, axeViolations } from './harness/axe';
import { editorFixtures, openEditor, sent } from './harness/editors';
import { screenshotDir } from './harness/extension';
import { evaluateBesidePage, highlights } from './harness/overlay';
import { useFixtureSession } from './harness/session';
import { makeSessions, seedHabits } from './habits/seed';

// Every page and the in-page overlay, in English and Chinese, light and dark, with no axe-core
// violation of any impact; the overlay's card and pause used by keyboard alone; the
// language chosen in the options page followed by every page and the overlay.
//
// The README's screenshots come from here: `npm run screenshots` (SANSI_README_SCREENSHOTS=1)
// writes them to tests/e2e/readme-screenshots/, which is committed; otherwise they go with the
// other artifacts.
const readmeDir = process.env.SANSI_README_SCREENSHOTS ? resolve('tests/e2e/readme-screenshots') : screenshotDir;

type Lang = 'en' | 'zh';

const words = {
  en: { language: 'Language', optionsTitle: 'Sansi settings', popupTitle: 'Your drafts', demoTitle: 'Sansi classroom demo', category: 'Insult', pauseTitle: 'Think twice before posting?', edit: 'Edit', sampleName: /f\.u\.c\.k this referee/ },
  zh: { language: '语言', optionsTitle: '三思设置', popupTitle: '你的草稿', demoTitle: '三思课堂演示', category: '辱骂', pauseTitle: '发出之前，再想一想？', edit: '修改', sampleName: /楼主真是个傻\*逼/ },
} as const;

describe('accessible in both languages', () => {
  const env = useFixtureSession();
  const textarea = editorFixtures.textarea!;

  const extensionPage = async (path: string, size = { width: 1100, height: 800 }): Promise<Page> => {
    const page = await env.session.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${env.session.extensionId}/${path}`);
    return page;
  };
  const expectClean = async (page: Page, include?: string) => {
    expect(await axeViolations(page, include)).toEqual([]);
    if (include === 'sansi-overlay') expect(await lowContrastText(page, include)).toEqual([]);
  };
  /** The element that has the keyboard focus, looking into Sansi's shadow root. */
  const focused = (page: Page) =>
    evaluateBesidePage(page, () => {
      const active = document.activeElement;
      const inner = active?.shadowRoot?.activeElement;
      return inner ? `${active!.localName} > ${inner.localName}: ${inner.textContent}` : `${active?.localName}#${active?.id}`;
    }, null);

  beforeAll(() => {
    mkdirSync(readmeDir, { recursive: true });
  });

  const pagesIn = (lang: Lang) => {
    const w = words[lang];

    it(`${lang}: the popup, with a month of habits`, async () => {
      const popup = await extensionPage('popup.html?host=weibo.com', { width: 360, height: 600 });
      const now = Date.now();
      if (lang === 'en') {
        await seedHabits(popup, makeSessions(240, 30, now), now);
        await popup.reload();
      }
      await popup.getByRole('heading', { name: w.popupTitle }).waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
      await expectClean(popup);
      await popup.screenshot({ path: join(readmeDir, `popup-${lang}.png`), fullPage: true });
      await popup.close();
    });

    it(`${lang}: the options page`, async () => {
      const options = await extensionPage('options.html');
      await options.getByRole('heading', { name: w.optionsTitle }).waitFor();
      await options.getByRole('table').first().waitFor();
      await expectClean(options);
      // Every column head of the terms table on one line (Chinese heads once stacked a
      // character a line in a squeezed column).
      const heads = await options.getByRole('columnheader').evaluateAll((ths) =>
        ths.map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          return { text: th.textContent ?? '', lines: lineTops.size };
        }),
      );
      expect(heads.length).toBeGreaterThanOrEqual(6);
      for (const head of heads) expect(head.lines, head.text).toBe(1);
      await options.screenshot({ path: join(readmeDir, `options-${lang}.png`) });
      await options.close();
    });

    it(`${lang}: the demo page, with a draft flagged and its card open`, async () => {
      const demo = await extensionPage('demo.html', { width: 1280, height: 900 });
      await demo.getByRole('heading', { name: w.demoTitle }).waitFor();
      await demo.getByRole('button', { name: w.sampleName }).click();
      await expect.poll(() => highlights(demo).count()).toBe(1);
      const box = (await highlights(demo).first().boundingBox())!;
      await demo.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await demo.locator('sansi-overlay [data-sansi-card]').waitFor();
      await expectClean(demo);
      await demo.screenshot({ path: join(readmeDir, `demo-${lang}.png`) });
      await demo.close();
    });

    it(`${lang}: the card and the pause on a page, by keyboard alone, focus returned`, async () => {
      const page = await env.session.context.newPage();
      await page.setViewportSize({ width: 800, height: 520 });
      const field = await openEditor(page, env.server.url(textarea.path), textarea);
      await page.keyboard.type(lang === 'en' ? 'you are an idiot' : '你真是个傻逼');
      await expect.poll(() => highlights(page).count()).toBe(1);
      // Typed Chinese arrives as text with no key to lift; a key moves the caret as a person would.
      await page.keyboard.press('End');

      // The caret is in the flagged word: the card opens beside it and a screen reader hears of it.
      const card = page.getByRole('group', { name: `${lang === 'en' ? 'Sansi' : '三思'}: ${w.category}` });
      await card.waitFor();
      await expect.poll(() => page.locator('sansi-overlay [role="status"]').textContent()).toContain(w.category);
      // Alt+Enter reaches the card; its first choice has the focus.
      await page.keyboard.press('Alt+Enter');
      expect(await focused(page)).toMatch(/^sansi-overlay > button: /);
      await expectClean(page, 'sansi-overlay');
      await page.screenshot({ path: join(readmeDir, `card-${lang}.png`) });
      // The dark scheme: the card follows it, its text still AA.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectClean(page, 'sansi-overlay');
      await page.screenshot({ path: join(readmeDir, `card-dark-${lang}.png`) });
      await page.emulateMedia({ colorScheme: 'light' });
      // Escape: back in the draft, where the caret was.
      await page.keyboard.press('Escape');
      expect(await focused(page)).toBe('textarea#editor');
      await page.keyboard.type('!');
      expect(await field.inputValue()).toMatch(/!$/);

      // Ctrl+Enter sends: the pause is a modal dialog with "Edit" focused.
      await page.keyboard.press('Control+Enter');
      const dialog = page.getByRole('dialog', { name: w.pauseTitle });
      await dialog.waitFor();
      expect(await focused(page)).toBe(`sansi-overlay > button: ${w.edit}`);
      await expectClean(page, 'sansi-overlay');
      await page.screenshot({ path: join(readmeDir, `pause-${lang}.png`) });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectClean(page, 'sansi-overlay');
      await page.screenshot({ path: join(readmeDir, `pause-dark-${lang}.png`) });
      await page.emulateMedia({ colorScheme: 'light' });
      // Tab stays in the dialog: round every button and back to Edit.
      const buttons = await dialog.getByRole('button').count();
      expect(buttons).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < buttons; i += 1) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`sansi-overlay > button: ${w.edit}`);
      // Escape means Edit: nothing sent, the focus back in the draft.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await focused(page)).toBe('textarea#editor');
      expect(await sent(page)).toEqual([]);
      await page.close();
    });
  };

  pagesIn('en');

  it('switches every page and the overlay to Chinese from the options page, and remembers it', async () => {
    const options = await extensionPage('options.html');
    await options.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await options.getByRole('heading', { name: words.zh.optionsTitle }).waitFor();
    // A reload (a new page) opens in the saved language.
    await options.reload();
    await options.getByRole('heading', { name: words.zh.optionsTitle }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await options.close();
  });

  pagesIn('zh');
});

// Every Sansi page in both colour schemes and both languages: axe finds nothing, and a
// screenshot of each is kept (tests/e2e/.artifacts/schemes/) for a person to look at.
describe('every page in light and dark', () => {
  const env = useFixtureSession();
  const shots = join(screenshotDir, 'schemes');
  const schemes = ['light', 'dark'] as const;
  type Scheme = (typeof schemes)[number];

  beforeAll(() => {
    mkdirSync(shots, { recursive: true });
  });

  const open = async (path: string, scheme: Scheme, size = { width: 1100, height: 800 }): Promise<Page> => {
    const page = await env.session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${env.session.extensionId}/${path}`);
    return page;
  };
  const expectClean = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
  const shoot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(shots, `${name}.png`), fullPage });

  it('opened the welcome page once, on install', async () => {
    const welcome = `chrome-extension://${env.session.extensionId}/welcome.html`;
    await expect.poll(() => env.session.context.pages().filter((page) => page.url() === welcome).length).toBe(1);
  });

  for (const lang of ['en', 'zh'] as const) {
    const w = words[lang];
    for (const scheme of schemes) {
      it(`${lang}, ${scheme}: the popup, the options page, the demo and the welcome page`, async () => {
        if (lang === 'zh' && scheme === 'light') {
          const options = await open('options.html', scheme);
          await options.getByRole('combobox', { name: words.en.language }).selectOption('zh-CN');
          await options.getByRole('heading', { name: w.optionsTitle }).waitFor();
          await options.close();
        }
        const tag = `${lang}-${scheme}`;

        const popup = await open('popup.html?host=weibo.com', scheme, { width: 360, height: 600 });
        if (lang === 'en' && scheme === 'light') {
          const now = Date.now();
          await seedHabits(popup, makeSessions(120, 30, now), now);
          await popup.reload();
        }
        await popup.getByRole('heading', { name: w.popupTitle }).waitFor();
        await expectClean(popup);
        await shoot(popup, `popup-${tag}`, true);
        // The README shows the dark scheme too (npm run screenshots).
        if (scheme === 'dark') await popup.screenshot({ path: join(readmeDir, `popup-dark-${lang}.png`), fullPage: true });
        await popup.close();

        const options = await open('options.html', scheme, { width: 1280, height: 900 });
        await options.getByRole('heading', { name: w.optionsTitle }).waitFor();
        await options.getByRole('table').first().waitFor();
        await expectClean(options);
        await shoot(options, `options-${tag}`);
        if (scheme === 'dark') await options.screenshot({ path: join(readmeDir, `options-dark-${lang}.png`) });
        for (const section of ['allow', 'parent'] as const) {
          await options.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), section);
          await shoot(options, `options-${section}-${tag}`);
        }
        await options.close();

        const demo = await open('demo.html', scheme, { width: 1280, height: 900 });
        await demo.getByRole('heading', { name: w.demoTitle }).waitFor();
        await demo.getByRole('button', { name: w.sampleName }).click();
        await expect.poll(() => highlights(demo).count()).toBe(1);
        const box = (await highlights(demo).first().boundingBox())!;
        await demo.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await demo.locator('sansi-overlay [data-sansi-card]').waitFor();
        await expectClean(demo);
        await shoot(demo, `demo-${tag}`);
        // The card grows by the same factor (it reads --sansi-scale through its closed shadow root).
        const cardSize = () =>
          evaluateBesidePage(demo, () => parseFloat(getComputedStyle(document.querySelector('sansi-overlay')!.shadowRoot!.querySelector('[data-sansi-card]')!).fontSize), null);
        const cardBefore = await cardSize();
        // Presentation mode scales text, headings and controls by one factor.
        const sizes = () =>
          demo.evaluate(() =>
            ['.demo__intro', '.demo h1', '.demo h2', '.demo select', '.demo button', '.demo textarea', '.demo .tag'].map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)),
          );
        const before = await sizes();
        await demo.getByRole('checkbox', { name: lang === 'en' ? 'Presentation mode' : '演示模式' }).check();
        const after = await sizes();
        for (const [index, size] of after.entries()) expect(size / before[index]!).toBeCloseTo(1.5, 1);
        await demo.mouse.move(5, 5);
        await demo.getByRole('button', { name: w.sampleName }).click();
        await expect.poll(() => highlights(demo).count()).toBe(1);
        const big = (await highlights(demo).first().boundingBox())!;
        await demo.mouse.move(big.x + big.width / 2, big.y + big.height / 2);
        await demo.locator('sansi-overlay [data-sansi-card]').waitFor();
        await expectClean(demo);
        expect((await cardSize()) / cardBefore).toBeCloseTo(1.5, 1);
        await shoot(demo, `demo-presentation-${tag}`);
        await demo.close();

        const welcome = await open('welcome.html', scheme);
        await welcome.getByRole('heading', { level: 1 }).waitFor();
        await expectClean(welcome);
        await shoot(welcome, `welcome-${tag}`, true);
        await welcome.close();
      });
    }
  }

  it('zh: locked by a parent, in both schemes', async () => {
    const options = await open('options.html', 'light');
    const parent = options.getByRole('region', { name: '家长模式' });
    await parent.getByLabel(/^PIN/).first().fill('2468');
    await parent.getByLabel(/^再输一次/).fill('2468');
    await parent.getByRole('button', { name: '开启家长模式' }).click();
    await parent.getByRole('button', { name: '立即锁定' }).click();
    await options.getByRole('button', { name: '用 PIN 码解锁' }).waitFor();
    await options.close();
    for (const scheme of schemes) {
      const locked = await open('options.html', scheme, { width: 1280, height: 900 });
      await locked.getByRole('button', { name: '用 PIN 码解锁' }).waitFor();
      await expect.poll(() => locked.getByText('已被家长锁定').count()).toBeGreaterThan(2);
      await expectClean(locked);
      await shoot(locked, `options-locked-zh-${scheme}`);
      await locked.close();
      const popup = await open('popup.html?host=weibo.com', scheme, { width: 360, height: 600 });
      await popup.getByRole('switch').waitFor();
      await expect.poll(() => popup.getByRole('switch').isDisabled()).toBe(true);
      await expectClean(popup);
      await shoot(popup, `popup-locked-zh-${scheme}`, true);
      await popup.close();
    }
  });
});
