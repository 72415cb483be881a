import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxSession } from './harness/fixture-session';
import { highlightedNorms, overlay, within } from './harness/queries';
import { screenshotDir } from './harness/session';

/** A number in the popup, read as a person reads it: its label, then the value under it. */
const stat = (popup: Page, label: string) =>
  popup.evaluate((label) => [...document.querySelectorAll('dt')].find((term) => term.textContent === label)?.nextElementSibling?.textContent, label);

describe('Firefox: the popup, the options page, the network guard and the error watch', () => {
  const env = useFirefoxSession();

  it('the guard is not blind: it catches a request from a page and from the extension itself', async () => {
    const page = await env.session.newPage();
    await page.goto(env.server.url('editors/textarea.html'));
    await page.evaluate(() => fetch('http://sansi-guard-check.invalid/page').catch(() => undefined));
    const popup = await env.session.openExtensionPage('popup.html');
    await popup.evaluate(() => fetch('https://sansi-guard-check.invalid/extension').catch(() => undefined));
    await expect.poll(() => [...env.session.strayRequests].sort()).toEqual(['CONNECT sansi-guard-check.invalid:443', 'GET http://sansi-guard-check.invalid/page']);
    // Those two were the test's own; what Firefox said about the failed fetches goes with them.
    env.session.strayRequests.splice(0);
    env.session.errors.splice(0);
    await page.close();
    await popup.close();
  });

  it('the error watch is not blind: it catches errors thrown in a page and in an extension page, and one logged there', async () => {
    const page = await env.session.newPage();
    await page.goto(env.server.url('editors/textarea.html'));
    await page.evaluate(() => setTimeout(() => { throw new Error('thrown by the test'); }));
    const popup = await env.session.openExtensionPage('popup.html');
    await popup.evaluate(() => {
      console.error('logged by the test');
      setTimeout(() => Promise.reject(new Error('rejected by the test')));
    });
    await new Promise((done) => setTimeout(done, 100));
    await env.session.collectErrors();
    const errors = () => env.session.errors.join('\n');
    await expect.poll(errors).toContain(`in ${env.session.origin}/popup.html: unhandled rejection: Error: rejected by the test`);
    expect(errors()).toMatch(/uncaught in http:\/\/127\.0\.0\.1:\d+\/editors\/textarea\.html: .*thrown by the test/);
    expect(errors()).toContain(`in ${env.session.origin}/popup.html: console.error: logged by the test`);
    // Firefox's own output, where the background page's errors are read, names the extension too.
    await expect.poll(errors).toMatch(/in Firefox's output: JavaScript error: moz-extension:\/\/[\w-]+\/popup\.html.*rejected by the test/);
    env.session.errors.splice(0);
    await page.close();
    await popup.close();
  });

  it('a first install opens the welcome page in a tab of its own', async () => {
    const welcome = `${env.session.origin}/welcome.html`;
    const address = (page: Page) => page.evaluate(() => location.href).catch(() => '');
    let tab: Page | undefined;
    await expect
      .poll(async () => {
        for (const page of await env.session.browser.pages()) if ((await address(page)) === welcome) tab = page;
        return Boolean(tab);
      })
      .toBe(true);
    await within(tab!).byRole('heading', { level: 1, name: 'Welcome to Sansi' });
  });

  it('the popup welcomes a new user and switches Sansi for the site', async () => {
    // Opened as a tab, the popup is its own active tab, so it is told the site in ?host=.
    const popup = await env.session.openExtensionPage('popup.html?host=127.0.0.1', { width: 360, height: 600 });
    await within(popup).byRole('heading', { name: 'Think twice, gently' });
    const site = await within(popup).byRole('switch', { name: 'Sansi on 127.0.0.1' });
    expect(await site.evaluate((element) => element.getAttribute('aria-checked'))).toBe('true');
    await popup.close();
  });

  it('the popup counts a draft sent anyway at the pause', async () => {
    const popup = await env.session.openExtensionPage('popup.html?host=127.0.0.1', { width: 360, height: 600 });
    const page = await env.session.newPage();
    await page.goto(env.server.url('editors/textarea.html'));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click('textarea');
    await page.keyboard.type('you idiot');
    await expect.poll(() => highlightedNorms(page)).toEqual(['en.idiot']);
    await (await within(page).byRole('button', { name: '发送 Send' })).click();
    await (await within(page, async () => overlay(page).byRole('dialog')).byRole('button', { name: 'Post anyway' })).click();
    await expect.poll(() => page.evaluate(() => window.fixture.sent)).toEqual(['you idiot']);
    // The popup, open all along, shows it.
    await expect.poll(() => stat(popup, 'Sent anyway')).toBe('1');
    expect(await stat(popup, 'Flagged')).toBe('1');
    await popup.screenshot({ path: join(screenshotDir, 'popup-with-data-light.png') });
    await page.close();
    await popup.close();
  });

  it('a norms list imported in the options page flags its words in a tab already open', async () => {
    const page = await env.session.newPage();
    await page.goto(env.server.url('editors/textarea.html'));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.click('textarea');
    await page.keyboard.type('what a ninnyhammer, 真是个大呆瓜');
    // Nothing shipped knows these words: give the content script time to have checked.
    await new Promise((done) => setTimeout(done, 300));
    expect(await highlightedNorms(page)).toEqual([]);

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
    const file = join(mkdtempSync(join(tmpdir(), 'sansi-firefox-')), 'class-7b.json');
    writeFileSync(file, JSON.stringify(classList, null, 2));

    const options = await env.session.openExtensionPage('options.html');
    const screen = within(options);
    const input = (await screen.byLabelText(/Import a list/)) as ElementHandle<HTMLInputElement>;
    expect(await input.evaluate((element) => element.type)).toBe('file');
    // The file goes straight into the labelled input, as if chosen in the file chooser: Firefox's
    // WebDriver BiDi reports no file dialogs opened from extension pages.
    await input.uploadFile(file);
    await screen.byText(/Imported 2 terms/);
    await options.screenshot({ path: join(screenshotDir, 'options-after-import-light.png'), fullPage: true });

    // Back in the open tab, untouched since: both words are flagged now.
    await page.bringToFront();
    await expect.poll(async () => (await highlightedNorms(page)).sort(), { timeout: 10_000 }).toEqual(['c.daigua', 'c.ninny']);
    expect(await page.evaluate(() => window.fixture.modelText())).toBe('what a ninnyhammer, 真是个大呆瓜');
    await page.close();
    await options.close();
  });
});
