import type { Browser } from 'wxt/browser';

export type Sender = Browser.runtime.MessageSender;

/**
 * The hostname of the web page a content script runs in, or null when the sender is not a
 * content script in a web page (an extension page, another extension, a file: URL …).
 */
export function contentScriptHost(sender: Sender, ownId: string): string | null {
  if (sender.id !== ownId || !sender.tab || !sender.url) return null;
  const url = new URL(sender.url);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
}

/** True when the sender is this extension itself (a content script or one of its pages). */
export function isOwnExtension(sender: Sender, ownId: string): boolean {
  return sender.id === ownId;
}
