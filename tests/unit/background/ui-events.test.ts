import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForBrowserEvents, SITE_COMMAND, toggleSite } from '@/lib/background/ui-events';
import type { SansiDb } from '@/lib/db/schema';
import { getConfigVersion } from '@/lib/db/settings';
import { pageSender } from '../../support/background';
import { freshDb } from '../../support/db';

/** A stand-in for browser.commands.onCommand, which WXT's fake browser lacks. */
function fakeCommands() {
  type Listener = (command: string, tab?: Browser.tabs.Tab) => void;
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    press: (command: string, tab?: { url: string }) => listeners.forEach((listener) => listener(command, tab as Browser.tabs.Tab | undefined)),
  };
}

describe('the background and the browser', () => {
  let db: SansiDb;
  beforeEach(() => {
    db = freshDb('ui-events');
  });
  afterEach(async () => {
    await db.delete();
  });

  it('opens the welcome page on a first install only', async () => {
    listenForBrowserEvents(pageSender(db).deps, Promise.resolve(), fakeCommands());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update', temporary: false } as never);
    const welcome = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === fakeBrowser.runtime.getURL('/welcome.html'));
    expect(await welcome()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await welcome()).toHaveLength(1));
  });

  it('switches Sansi off and on again for the site of the tab the shortcut was pressed in', async () => {
    const { deps } = pageSender(db);
    const commands = fakeCommands();
    listenForBrowserEvents(deps, Promise.resolve(), commands);
    const tab = { url: 'https://weibo.com/u/123?from=feed' };
    commands.press(SITE_COMMAND, tab);
    await vi.waitFor(async () => expect((await db.siteSettings.get('weibo.com'))?.enabled).toBe(false));
    // Open tabs hear of it, as they do of the popup's switch.
    expect(await getConfigVersion(db)).toBeGreaterThan(0);
    commands.press(SITE_COMMAND, tab);
    await vi.waitFor(async () => expect((await db.siteSettings.get('weibo.com'))?.enabled).toBe(true));
    // Like the popup's switch, each press is one undoable change.
    expect(await db.undo.count()).toBe(2);
    commands.press('some-other-command', tab);
    expect(await db.undo.count()).toBe(2);
  });

  it('does nothing on a page Sansi does not run on', async () => {
    const { deps } = pageSender(db);
    expect(await toggleSite({ url: 'chrome://settings/' }, deps)).toBe('not-a-site');
    expect(await toggleSite(undefined, deps)).toBe('not-a-site');
    expect(await db.siteSettings.count()).toBe(0);
  });

  it('cannot switch Sansi off under a parent’s lock, but can switch it back on', async () => {
    await pageSender(db).send('setParentPin', { pin: '2468' });
    // A fresh background: the parent's unlock does not carry over, so it is locked.
    const { deps } = pageSender(db);
    expect(await toggleSite({ url: 'https://weibo.com/' }, deps)).toBe('refused');
    expect(await db.siteSettings.get('weibo.com')).toBeUndefined();
    await db.siteSettings.put({ host: 'zhihu.com', enabled: false });
    expect(await toggleSite({ url: 'https://zhihu.com/question/1' }, deps)).toBe('on');
    expect((await db.siteSettings.get('zhihu.com'))?.enabled).toBe(true);
  });
});
