import type { Browser } from 'wxt/browser';

export type Sender = Browser.runtime.MessageSender;

/** Who the background is: its id and the origin of its own pages (`chrome-extension://id/`). */
export interface Self {
  id: string;
  pagesOrigin: string;
}

/**
 * The hostname of the web page a content script runs in, or null when the sender is not a
 * content script in a web page (an extension page, another extension, a file: URL …).
 */
export function contentScriptHost(sender: Sender, self: Self): string | null {
  if (sender.id !== self.id || !sender.tab || !sender.url) return null;
  const url = new URL(sender.url);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
}

/**
 * True for the extension's own pages (popup, options, demo). Settings change only from there:
 * a content script shares its page's origin and could be driven by the page (STYLE.md §7).
 */
export function isOwnPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.pagesOrigin);
}
