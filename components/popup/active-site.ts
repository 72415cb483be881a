import { browser } from 'wxt/browser';

/** The hostname of an http(s) page, or null for anything Sansi does not run on. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * The site of the tab the popup was opened over. The browser shows the tab's URL to the popup
 * through the "activeTab" permission (granted by the click on Sansi's button); without it the URL
 * is missing and the popup offers no site switch.
 *
 * `popup.html?host=example.com` names the site outright. The popup is not web-accessible, so
 * only the extension and the user reach that URL; tests use it, because a popup opened as a tab
 * is its own active tab.
 */
export async function activeHost(search: string = globalThis.location?.search ?? ''): Promise<string | null> {
  const named = new URLSearchParams(search).get('host');
  if (named) return hostOf(`https://${named}/`) === named.toLowerCase() ? named.toLowerCase() : null;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return hostOf(tab?.url);
}
