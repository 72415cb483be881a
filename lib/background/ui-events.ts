import { browser, type Browser } from 'wxt/browser';
import { handleMessage, type BackgroundDeps } from './handlers';

/** The command in the manifest that switches Sansi on or off for the current site. */
export const SITE_COMMAND = 'toggle-site';

/** What the site command did: switched Sansi on or off there, was refused (a parent's lock), or found no site. */
export type SiteCommandResult = 'on' | 'off' | 'refused' | 'not-a-site';

/** The host of a web page, or null for anything Sansi does not run on (a browser page, a file). */
function siteHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Switches Sansi on or off for the site of `tab`, exactly as the popup's switch does: through
 * the same message, so the lock, the undo history and the open tabs all see it. The keyboard
 * shortcut is the browser's, so the background may speak as Sansi's own page here.
 */
export async function toggleSite(tab: Pick<Browser.tabs.Tab, 'url'> | undefined, deps: BackgroundDeps): Promise<SiteCommandResult> {
  const host = siteHost(tab?.url);
  if (!host) return 'not-a-site';
  const enabled = (await deps.db.siteSettings.get(host))?.enabled ?? true;
  const sender = { id: deps.self.id, url: `${deps.self.pagesOrigin}background` };
  const reply = await handleMessage({ type: 'setSiteEnabled', payload: { host, enabled: !enabled } }, sender, deps);
  if (!reply.ok) return 'refused';
  return enabled ? 'off' : 'on';
}

interface CommandEvent {
  addListener(listener: (command: string, tab?: Browser.tabs.Tab) => void): void;
}

/**
 * The background's answers to the browser itself: the welcome page on a first install (not on
 * an update or a browser update), and the site command. `commands` is passed in for tests:
 * WXT's fake browser has no commands API.
 */
export function listenForBrowserEvents(deps: BackgroundDeps, ready: Promise<unknown>, commands: CommandEvent | undefined = browser.commands?.onCommand): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  commands?.addListener((command, tab) => {
    if (command !== SITE_COMMAND) return;
    void (async () => {
      await ready;
      // Firefox before 86 passes no tab; the active one is the one the shortcut was pressed in.
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await toggleSite(target, deps);
    })().catch((error: unknown) => console.error('Sansi background: site command failed', error));
  });
}
