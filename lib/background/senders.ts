import type { Browser } from 'wxt/browser';

export type Sender = Browser.runtime.MessageSender;

/** Who the background is: its id and the origin of its own pages (`chrome-extension://id/`). */
export interface Self {
  id: string;
  pagesOrigin: string;
}

function webHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * The hostname of the web page a content script runs in, or null when the sender is not a
 * content script in a web page (an extension page, another extension, a file: URL …).
 *
 * Frames at `about:blank` or `about:srcdoc` (editors and comment widgets often live in one)
 * belong to the page that made them and share its origin, which is where they are checked
 * for: the frame's origin says which (Chrome's `sender.origin`), else the tab's page (Firefox
 * gives no origin). Any other URL that is not http(s) is refused.
 */
export function contentScriptHost(sender: Sender, self: Self): string | null {
  if (sender.id !== self.id || !sender.tab || !sender.url) return null;
  if (!sender.url.startsWith('about:')) return webHost(sender.url);
  if (sender.url !== 'about:blank' && sender.url !== 'about:srcdoc') return null;
  const origin = (sender as { origin?: string }).origin;
  if (origin !== undefined) return origin === 'null' ? null : webHost(origin);
  return webHost(sender.tab.url);
}

/**
 * True for the extension's own pages (popup, options, demo). Settings change only from there:
 * a content script shares its page's origin and could be driven by the page (STYLE.md §7).
 */
export function isOwnPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.pagesOrigin);
}
