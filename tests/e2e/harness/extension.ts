import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PAGE_SCRIPT_FILE } from '../../../lib/drafts/page-entry';
import { CONFIG_VERSION_KEY } from '../../../lib/messaging/protocol';
import { findChromium, installHint } from './chromium-path';
import { watchPageErrors } from './page-errors';

export const extensionDir = resolve(process.env.SANSI_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Requests that tried to leave 127.0.0.1 and the extension; every test expects none. */
  strayRequests: string[];
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

function isLocal(url: string, extensionHosts: readonly string[]): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  if (protocol === 'chrome-extension:') return extensionHosts.includes(hostname);
  // [::1] serves the same fixtures where the content script does not run (it matches 127.0.0.1
  // and localhost only), for "with and without Sansi" comparisons; it is the same machine.
  return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:') && (hostname === '127.0.0.1' || hostname === '[::1]');
}

/**
 * A fresh install opens the welcome page in a tab of its own. Waiting for it means every page a
 * test opens comes after it, in front: a page left behind another runs its timers late.
 */
async function welcomed(context: BrowserContext, extensionId: string): Promise<void> {
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + 10_000;
  while (!context.pages().some((page) => page.url() === welcome) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface LaunchOptions {
  /** The unpacked extension to load; the Chrome build in .output by default. */
  dir?: string;
  /** The browser's language (navigator.language, chrome.i18n), e.g. 'zh-CN'; en-US by default. */
  locale?: string;
}

/**
 * Launches Debian's Chromium with the built extension loaded (the flags that work on this
 * machine: see the developers' guide), and watches every request of every page and of the
 * extension's service worker. Requests that would leave the machine are aborted and recorded.
 */
export async function launchWithExtension({ dir = extensionDir, locale }: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  // Lets Playwright see the service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'sansi-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    ...(locale ? { locale } : {}),
    // Chromium on Linux takes its UI language (chrome.i18n, the extension's _locales) from here.
    ...(locale ? { env: { ...process.env, LANGUAGE: locale.replace('-', '_') } } : {}),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(locale ? [`--lang=${locale}`] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  watchPageErrors(context, extensionId);
  await installed(worker);
  await welcomed(context, extensionId);
  // Pages load Sansi's page script from its session's dynamic URL (use_dynamic_url), whose
  // host is not the extension id.
  const pageScriptUrl = await worker.evaluate(
    (file) => (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome.runtime.getURL(file),
    PAGE_SCRIPT_FILE,
  );
  const extensionHosts = [extensionId, new URL(pageScriptUrl).host];
  const strayRequests: string[] = [];
  await context.route(
    (url) => !isLocal(url.href, extensionHosts),
    (route) => {
      strayRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    if (!isLocal(request.url(), extensionHosts) && !strayRequests.includes(request.url())) strayRequests.push(request.url());
  });
  const openPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    extensionId,
    strayRequests,
    openPopup: () => openPage('popup.html'),
    openOptions: () => openPage('options.html'),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the fresh install has stored the shipped presets (the background announces the
 * config version when done; ~1–4 s for ~10k rows, once per install), as a person's browser
 * would have long before they write. Tests then time what they mean to: Sansi on a page.
 */
async function installed(worker: Worker): Promise<void> {
  await worker.evaluate(async (key) => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      if ((await storage.local.get(key))[key] !== undefined) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the extension did not finish installing its presets within 60 s');
  }, CONFIG_VERSION_KEY);
}

/** Where e2e tests put screenshots for people to look at. */
export const screenshotDir = resolve('tests/e2e/.artifacts');
