// The hand-off between the content script and the page script. The content script that every
// matched page loads is only the loader (entrypoints/content): it waits for someone to start
// writing, then imports the page script (entrypoints/sansi-page.ts: the matcher, overlay, card,
// pause and send watchers), which runs in the same frame and content-script world and leaves
// its entry point under this key. A page nobody writes in never loads it.
import type { WritingSoFar } from './start/wake';

/** Where the build puts the page script (an unlisted WXT script, web-accessible to matched pages). */
export const PAGE_SCRIPT_FILE = '/sansi-page.js';

/** What the page script offers the loader. */
export interface PageEntry {
  /** Starts Sansi in this frame, taking over the fields written in so far. */
  start(signal: AbortSignal, stillValid: () => boolean, soFar: WritingSoFar): void;
}

const KEY = Symbol.for('sansi.pageEntry');

/** Called by the page script when it has run. */
export function offerPageEntry(entry: PageEntry): void {
  (globalThis as { [KEY]?: PageEntry })[KEY] = entry;
}

/** The page script's entry point, once it has run in this frame. */
export function pageEntry(): PageEntry | undefined {
  return (globalThis as { [KEY]?: PageEntry })[KEY];
}
