import { browser } from 'wxt/browser';
import { pageConfigSource } from '../db/page-config';
import { syncPresets } from '../db/preset-sync';
import { pruneIfDue } from '../db/retention';
import { systemClock } from '../db/rollups';
import type { SansiDb } from '../db/schema';
import { bumpConfigVersion, getConfigVersion } from '../db/settings';
import { CONFIG_VERSION_KEY } from '../core/page-config';
import type { NormsList } from '../norms/format';
import { ParentLock } from '../lock/parent-lock';
import { handleMessage, type BackgroundDeps } from './handlers';
import { listenForBrowserEvents } from './ui-events';

async function announce(version: number): Promise<void> {
  await browser.storage.local.set({ [CONFIG_VERSION_KEY]: version });
}

/**
 * Wires the background: brings shipped presets up to date, then answers messages. Messages
 * that arrive while presets sync wait for it, so no tab ever gets a half-synced list.
 */
export function startBackground(db: SansiDb, shipped: readonly NormsList[], activeByDefault: readonly string[]): void {
  const ready = syncPresets(db, shipped, activeByDefault).then(async (changed) => {
    await announce(changed ? await bumpConfigVersion(db) : await getConfigVersion(db));
  });
  // Habits: records past the retention period go when the background starts; writes
  // prune at most hourly after that (recordSession). A failure here must not stop messages.
  void pruneIfDue(db, systemClock()).catch((error: unknown) => console.error('Sansi background: pruning failed', error));
  const deps: BackgroundDeps = {
    db,
    self: { id: browser.runtime.id, pagesOrigin: browser.runtime.getURL('/') },
    pageConfig: pageConfigSource(db),
    announce,
    lock: new ParentLock(db, {
      generalLists: activeByDefault,
      defaultsRestored: async () => announce(await bumpConfigVersion(db)),
    }),
  };
  // The welcome page on install, and the keyboard command that switches Sansi for a site.
  listenForBrowserEvents(deps, ready);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void ready.then(() => handleMessage(message, sender, deps)).then(sendResponse, (error: unknown) => {
      console.error('Sansi background: message failed', error);
      sendResponse({ ok: false, error: 'Internal error' });
    });
    return true; // keeps the channel open for the async reply
  });
}
