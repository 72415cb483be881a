import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../lib/sites/matches';
import { launchWithExtension, type ExtensionSession } from './harness/extension';
import { unzip, zipEntries } from './harness/unzip';

// What `npm run zip` hands to the stores. WXT's own zip() with the project's config, written to
// a temporary folder so the build in .output that other tests load stays as it is.
function zipInto(outDir: string): string[] {
  const script = `import { zip } from 'wxt';
    const out = process.argv[1];
    const files = [...(await zip({ outDir: out })), ...(await zip({ outDir: out, browser: 'firefox' }))];
    console.log(JSON.stringify(files));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, outDir], { encoding: 'utf8', timeout: 110_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(output.trim().split('\n').pop()!) as string[];
}

describe('store archives', () => {
  let out: string;
  let archives: string[];
  let session: ExtensionSession | undefined;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sansi-zip-'));
    archives = zipInto(out);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(out, { recursive: true, force: true });
  });
  afterEach(() => {
    if (session) expect(session.strayRequests).toEqual([]);
  });

  const archive = (suffix: string): Buffer => {
    const path = archives.find((each) => each.endsWith(suffix));
    expect(path, `an archive ending in ${suffix}`).toBeDefined();
    return readFileSync(path!);
  };

  it('are one for Chrome and Edge, one for Firefox, and the sources Firefox reviewers build from', () => {
    const names = (suffix: string) => zipEntries(archive(suffix)).map((entry) => entry.name);
    for (const suffix of ['-chrome.zip', '-firefox.zip']) {
      expect(names(suffix)).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'options.html', 'demo.html', '_locales/en/messages.json', '_locales/zh_CN/messages.json']));
    }
    const sources = names('-sources.zip');
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'public/_locales/en/messages.json']));
    expect(sources.some((name) => name.startsWith('entrypoints/') || name.startsWith('lib/matcher/'))).toBe(true);
    // Nothing a reviewer doesn't need, nothing built, nothing private.
    expect(sources.filter((name) => /(^|\/)(node_modules|tests|\.output|\.wxt|\.git)\//.test(name) || name.startsWith('.'))).toEqual([]);
  });

  // Each is explained in the README's "Permissions": storage for the config version and the
  // language, activeTab for the popup's per-site switch, and the content script's sites.
  it('asks for the fewest permissions', () => {
    for (const suffix of ['-chrome.zip', '-firefox.zip']) {
      const dir = join(out, `manifest${suffix}`);
      unzip(archives.find((each) => each.endsWith(suffix))!, dir);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.permissions).toEqual(['storage', 'activeTab']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      // Only the page script is exposed, and in Chrome only to the content script's sites, at
      // a per-session address (Firefox's addresses are per install already).
      if (suffix === '-chrome.zip') {
        expect(manifest.web_accessible_resources).toEqual([{ resources: ['sansi-page.js'], matches: contentScriptMatches, use_dynamic_url: true }]);
      } else expect(manifest.web_accessible_resources).toEqual(['sansi-page.js']);
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.default_locale).toBe('en');
      // The stores and the browsers want these sizes (public/icon, drawn from sansi.svg).
      expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
      if (suffix === '-firefox.zip') expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  it('the Chrome archive loads in Chromium, in the browser’s language, with a working popup and options page', async () => {
    const dir = join(out, 'chrome-unzipped');
    unzip(archives.find((each) => each.endsWith('-chrome.zip'))!, dir);
    session = await launchWithExtension({ dir, locale: 'zh-CN' });

    const popup = await session.openPopup();
    // A fresh install: the popup greets the user, in Chinese since the browser speaks it.
    await popup.getByRole('heading', { name: '三思而后行', exact: true }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The name in the extension list, from public/_locales in the browser's language.
    expect(await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome.i18n.getMessage('extName'))).toBe('三思 Sansi');

    const options = await session.openOptions();
    await options.getByRole('heading', { name: '三思设置' }).waitFor();
    // The shipped presets are there: the background set up the database on install.
    await options.getByRole('checkbox', { name: '启用“中文通用”' }).waitFor();
    expect(await options.title()).toBe('三思设置');
    await popup.close();
    await options.close();
  });
});
