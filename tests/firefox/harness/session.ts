import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BidiFrame } from 'puppeteer-core/internal/bidi/Frame.js';
import { CONFIG_VERSION_KEY } from '../../../lib/messaging/protocol';
import { recordErrors, takeRecordedErrors } from './extension-page-errors';
import { findFirefox, installHint } from './firefox-path';
import { watchFirefoxLog } from './firefox-log';
import { startGuardProxy, type GuardProxy } from './guard-proxy';

/** The Firefox build (`wxt build -b firefox`), in the same folder the build wrote to. */
export const extensionDir = resolve(process.env.SANSI_OUT_DIR ?? '.output', 'firefox-mv2');

export interface FirefoxSession {
  browser: Browser;
  /** The extension's own origin, `moz-extension://<uuid>`. */
  origin: string;
  /** Requests that tried to leave 127.0.0.1 and [::1]; every test expects none. */
  strayRequests: string[];
  /**
   * Uncaught errors in every page and in the background page, and console errors and warnings
   * Sansi logged; those of extension pages still open arrive on collectErrors().
   */
  errors: string[];
  collectErrors(): Promise<void>;
  /** Switches what `prefers-color-scheme` says in every page, open ones included. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  newPage(): Promise<Page>;
  /** Opens one of the extension's pages (e.g. `popup.html?host=127.0.0.1`) in a tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to install; the Firefox build by default. */
  dir?: string;
}

/**
 * Launches Firefox (headless, over WebDriver BiDi) with the extension installed as a temporary
 * add-on, every request bound for another machine sent to the guard proxy, and every page
 * watched for errors. The extension's internal UUID is chosen here and handed to Firefox in the
 * pref it keeps them in, so its moz-extension:// origin is known.
 */
export async function launchFirefox({ dir = extensionDir }: LaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(installHint);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const uuid = randomUUID();
  const guard: GuardProxy = await startGuardProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets WebDriver BiDi navigate a tab to moz-extension:// pages, and set prefs (setPref).
    args: ['--remote-allow-system-access'],
    // Without it Firefox ignores the remote-settings server pref puppeteer sets, and polls
    // Mozilla's servers (which the guard would then report).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: uuid }),
      // Console calls on standard output too, where the background page's can be read (firefox-log.ts).
      'devtools.console.stdout.content': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': guard.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': guard.port,
      'network.proxy.no_proxies_on': '',
      // Light until a test asks for dark (setColorScheme), whatever the machine's theme.
      [COLOR_SCHEME_PREF]: 1,
    },
  });
  const errors: string[] = [];
  const origin = `moz-extension://${uuid}`;
  // Any uncaught exception in a page (its own world or Sansi's content script's), and any console
  // error or warning Sansi logged (from its content script or its own pages): a page that works
  // only while exceptions fly past it is not working.
  // Puppeteer does not learn the address of extension pages (see openUrlWithoutEvents).
  const extensionPages = new WeakMap<Page, string>();
  const where = (page: Page) => extensionPages.get(page) ?? page.url();
  const watch = (page: Page): void => {
    page.on('pageerror', (error) => errors.push(`uncaught in ${where(page)}: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (!['error', 'warn', 'assert'].includes(message.type())) return;
      const fromSansi = extensionPages.has(page) || message.stackTrace().some((frame) => frame.url?.startsWith(origin));
      if (fromSansi) errors.push(`console.${message.type()} in ${where(page)}: ${message.text()}`);
    });
  };
  // The background page is no page WebDriver BiDi can watch: its errors are read from Firefox's output.
  const firefox = browser.process();
  watchFirefoxLog([firefox?.stdout, firefox?.stderr], origin, (line) => errors.push(`in Firefox's output: ${line}`));
  for (const page of await browser.pages()) watch(page);
  browser.on('targetcreated', (target) => {
    if (target.type() === 'page') void target.page().then((page) => page && watch(page));
  });
  await browser.installExtension(dir);

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    return page;
  };
  const collect = async (page: Page) => {
    for (const error of await takeRecordedErrors(page)) errors.push(`in ${where(page)}: ${error}`);
  };
  const openExtensionPage = async (path: string, viewport = { width: 1280, height: 800 }): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    extensionPages.set(page, `${origin}/${path}`);
    await openUrlWithoutEvents(page, `${origin}/${path}`);
    await recordErrors(page);
    // What the page recorded is read before it closes.
    const close = page.close.bind(page);
    page.close = async (options) => {
      await collect(page);
      await close(options);
    };
    return page;
  };
  await installed(openExtensionPage);
  return {
    browser,
    origin,
    strayRequests: guard.stray,
    errors,
    async collectErrors() {
      for (const page of await browser.pages()) if (extensionPages.has(page)) await collect(page);
    },
    setColorScheme: (scheme) => setPref(browser, COLOR_SCHEME_PREF, scheme === 'dark' ? 0 : 1),
    newPage,
    openExtensionPage,
    async close() {
      await browser.close();
      await guard.close();
    },
  };
}

/** Firefox's own override of `prefers-color-scheme` in pages: 0 dark, 1 light. */
const COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[] } }>;
}

/**
 * Sets a Firefox pref while it runs, from the browser's own window (which
 * --remote-allow-system-access lets WebDriver BiDi script). Puppeteer has no call for it, so
 * this speaks BiDi on Puppeteer's connection.
 */
async function setPref(browser: Browser, name: string, value: number): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts?.[0]?.context;
  if (!window) throw new Error('no browser window to set a pref from');
  await connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value})`,
    target: { context: window },
    awaitPromise: false,
  });
}

/**
 * Firefox's WebDriver BiDi reports no navigation events for extension pages yet, so
 * `page.goto` would wait for ever: navigate without waiting, then wait for the document itself.
 */
export async function openUrlWithoutEvents(page: Page, url: string): Promise<void> {
  await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'none');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s (last seen: ${state || 'no document'})`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Waits until the fresh install has stored the shipped presets (the background announces the
 * config version when done), as a person's browser would have long before they write.
 */
async function installed(openExtensionPage: (path: string) => Promise<Page>): Promise<void> {
  const page = await openExtensionPage('popup.html');
  try {
    await page.evaluate(async (key) => {
      const deadline = Date.now() + 60_000;
      const { storage } = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
      while (Date.now() < deadline) {
        if ((await storage.local.get(key))[key] !== undefined) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the extension did not finish installing its presets within 60 s');
    }, CONFIG_VERSION_KEY);
  } finally {
    await page.close();
  }
}

/** Where the Firefox tests put screenshots for people to look at. */
export const screenshotDir = resolve('tests/e2e/.artifacts/firefox');
