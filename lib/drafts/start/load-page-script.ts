import { browser } from 'wxt/browser';
import { PAGE_SCRIPT_FILE, pageEntry, type PageEntry } from '../page-entry';

/** The page script's entry point, importing the script into this frame first if needed. */
export async function loadPageScript(): Promise<PageEntry> {
  const ready = pageEntry();
  if (ready) return ready;
  // A module import from a content script runs in the content script's world, as it does.
  await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_SCRIPT_FILE));
  const loaded = pageEntry();
  if (!loaded) throw new Error('Sansi’s page script ran but left no entry point');
  return loaded;
}
